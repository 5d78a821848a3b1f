"""The primitive value types of xAPI (1.0.3 Part Two section 4, 2.0): IRIs, UUIDs, times, tags.

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
# ISO 8601 durations: weeks stand alone (PnW); otherwise years to seconds, at least one, a time
# part only after T and never empty. Only the last (smallest) component may have a fraction.
_DURATION_WEEKS = re.compile(r"^P\d+(?:[.,]\d+)?W$")
_DURATION = re.compile(
    r"^P(?:(?P<Y>\d+(?:[.,]\d+)?)Y)?(?:(?P<M>\d+(?:[.,]\d+)?)M)?(?:(?P<D>\d+(?:[.,]\d+)?)D)?"
    r"(?:T(?:(?P<H>\d+(?:[.,]\d+)?)H)?(?:(?P<N>\d+(?:[.,]\d+)?)M)?(?:(?P<S>\d+(?:[.,]\d+)?)S)?)?$"
)
# RFC 3339, the profile of ISO 8601 that xAPI 2.0 requires, with the time zone mandatory.
_RFC3339_ZONE = re.compile(r"(Z|[+-]\d{2}:\d{2})$")
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


def duration_seconds(value):
    """The seconds an ISO 8601 duration lasts (years as 365 days, months as 30), or None.

    Years and months have no fixed length; the approximation is good enough for the
    durations learning records carry (minutes to hours).
    """
    if not is_duration(value):
        return None
    weeks = _DURATION_WEEKS.match(value)
    if weeks:
        return float(value[1:-1].replace(",", ".")) * 7 * 86400
    sizes = {"Y": 365 * 86400, "M": 30 * 86400, "D": 86400, "H": 3600, "N": 60, "S": 1}
    parts = _DURATION.match(value).groupdict()
    return sum(float(part.replace(",", ".")) * sizes[name] for name, part in parts.items() if part)


def is_sha2(value):
    """A hex-encoded SHA-2 digest (SHA-224, -256, -384 or -512) of an attachment."""
    return isinstance(value, str) and bool(_SHA2.match(value))


def is_duration(value):
    """An ISO 8601 duration such as PT1H30M, P2DT0.5S or P3W (weeks never mixed with others)."""
    if not isinstance(value, str):
        return False
    if _DURATION_WEEKS.match(value):
        return True
    match = _DURATION.match(value)
    if match is None or value.endswith("T"):
        return False
    present = [part for part in match.groups() if part is not None]
    # At least one component, and a decimal fraction only on the smallest one given.
    return bool(present) and not any("." in part or "," in part for part in present[:-1])


def parse_timestamp(value, *, require_zone=False):
    """The datetime of an ISO 8601 timestamp, or None if it is not one xAPI accepts.

    Times without an offset are read as UTC; the negative zero offset (-00:00) is refused,
    as xAPI 1.0.3 section 4.5 requires. With `require_zone` (xAPI 2.0) the timestamp must end
    in an RFC 3339 time zone, Z or ±hh:mm.
    """
    if not isinstance(value, str) or not _TIMESTAMP.match(value):
        return None
    if require_zone and not _RFC3339_ZONE.search(value):
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
