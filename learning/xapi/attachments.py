"""Attachment rules of xAPI 1.0.3 (Part Two 2.4.11, Part Three 1.5.2), signatures included.

Every attachment without a fileUrl must arrive as a part whose SHA-2 matches; no part may
arrive that no statement names; a signature attachment must be a JWS (RS256/384/512) whose
payload is the statement it signs.
"""

import base64
import binascii
import json

from django.utils.translation import gettext as _

from .validation import StatementError
from .vocabulary import SIGNATURE_USAGE

SIGNATURE_ALGORITHMS = {"RS256", "RS384", "RS512"}
IGNORED_IN_SIGNATURE = ("id", "stored", "authority", "version", "attachments")


def check(statements, parts):
    """Raise `StatementError` unless the parts and the statements' attachments match."""
    named = set()
    for number, statement in enumerate(statements, start=1):
        for item in statement.get("attachments", []):
            named.add(item["sha2"])
            if "fileUrl" not in item and item["sha2"] not in parts:
                raise StatementError(
                    _("Statement %(number)s names an attachment that was not sent (%(sha2)s).")
                    % {"number": number, "sha2": item["sha2"]}
                )
            if item["usageType"] == SIGNATURE_USAGE and item["sha2"] in parts:
                _check_signature(statement, item, parts[item["sha2"]], number)
    extra = set(parts) - named
    if extra:
        raise StatementError(
            _("An attachment part is not named by any statement (%(sha2)s).")
            % {"sha2": sorted(extra)[0]}
        )


def _decode(segment):
    return base64.urlsafe_b64decode(segment + "=" * (-len(segment) % 4))


def _check_signature(statement, item, part, number):
    content_type, content = part
    invalid = StatementError(
        _("Statement %(number)s: its signature is not a JWS of the statement.") % {"number": number}
    )
    if item["contentType"] != "application/octet-stream":
        raise invalid
    try:
        header, payload, _signature = content.decode("ascii").strip().split(".")
        header = json.loads(_decode(header))
        payload = json.loads(_decode(payload))
    except (ValueError, UnicodeDecodeError, binascii.Error):
        raise invalid from None
    if not isinstance(header, dict) or header.get("alg") not in SIGNATURE_ALGORITHMS:
        raise invalid
    if not isinstance(payload, dict) or _signed_part(payload) != _signed_part(statement):
        raise invalid


def _signed_part(statement):
    return {key: value for key, value in statement.items() if key not in IGNORED_IN_SIGNATURE}
