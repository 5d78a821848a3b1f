"""The primitive value types of xAPI 1.0.3 (Part Two, section 4): IRIs, UUIDs, times, tags.

Each check returns a bool, so that the statement validator can name the property that failed.
"""

import re
from datetime import UTC, datetime

_IRI = re.compile(r"^[A-Za-z][A-Za-z0-9+.\-]*:[^\s<>\"{}|\\^`]+$")
_UUID = re.compile(r"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$")
_LANGUAGE_TAG = re.compile(r"^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$")
_MAILTO = re.compile(r"^mailto:[^@\s:/]+@[^@\s/]+\.[^@\s/]+$")
_SHA1 = re.compile(r"^[0-9a-fA-F]{40}$")
_SHA2 = re.compile(r"^([0-9a-fA-F]{56}|[0-9a-fA-F]{64}|[0-9a-fA-F]{96}|[0-9a-fA-F]{128})$")
_TIMESTAMP = re.compile(
    r"^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(\.\d+)?(Z|[+-]\d{2}(:?\d{2})?)?$"
)
_DURATION = re.compile(
    r"^P(?!$)(\d+(\.\d+)?Y)?(\d+(\.\d+)?M)?(\d+(\.\d+)?W)?(\d+(\.\d+)?D)?"
    r"(T(?=\d)(\d+(\.\d+)?H)?(\d+(\.\d+)?M)?(\d+(\.\d+)?S)?)?$"
)
_NEGATIVE_ZERO_OFFSET = re.compile(r"-00(:?00)?$")


def is_iri(value):
    """An absolute IRI: a scheme, a colon and no spaces (RFC 3987)."""
    return isinstance(value, str) and bool(_IRI.match(value))


def is_uuid(value):
    """A UUID in its canonical 8-4-4-4-12 hexadecimal form (RFC 4122)."""
    return isinstance(value, str) and bool(_UUID.match(value))


def is_language_tag(value):
    """A language tag as RFC 5646 shapes it (language, then subtags)."""
    return isinstance(value, str) and bool(_LANGUAGE_TAG.match(value))


def is_mbox(value):
    """A mailto IRI holding one e-mail address."""
    return isinstance(value, str) and bool(_MAILTO.match(value))


def is_sha1(value):
    """A hex-encoded SHA-1 digest (mbox_sha1sum)."""
    return isinstance(value, str) and bool(_SHA1.match(value))


def is_sha2(value):
    """A hex-encoded SHA-2 digest (SHA-224, -256, -384 or -512) of an attachment."""
    return isinstance(value, str) and bool(_SHA2.match(value))


def is_duration(value):
    """An ISO 8601 duration such as PT1H30M or P2DT0.5S."""
    return isinstance(value, str) and bool(_DURATION.match(value))


def parse_timestamp(value):
    """The datetime of an ISO 8601 timestamp, or None if it is not one xAPI accepts.

    Times without an offset are read as UTC; the negative zero offset (-00:00) is refused,
    as xAPI 1.0.3 section 4.5 requires.
    """
    if not isinstance(value, str) or not _TIMESTAMP.match(value):
        return None
    if _NEGATIVE_ZERO_OFFSET.search(value):
        return None
    text = value[:-1] + "+00:00" if value.endswith("Z") else value
    try:
        parsed = datetime.fromisoformat(text)
    except ValueError:
        return None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


def format_timestamp(moment):
    """A timestamp as the LRS writes it: UTC, millisecond precision, trailing Z."""
    return moment.astimezone(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")
