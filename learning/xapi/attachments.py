"""Attachment rules of xAPI 1.0.3 (Part Two 2.4.11, Part Three 1.5.2), signatures included.

Every attachment without a fileUrl must arrive as a part whose SHA-2 matches; no part may
arrive that no statement names; a signature attachment must be a JWS (RS256/384/512) whose
payload is the statement it signs and, when its header carries the signer's certificate chain
(x5c), whose signature that certificate's key verifies, each certificate issued by the next.
"""

import base64
import binascii
import json

from django.utils.translation import gettext as _

from cryptography import x509
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import padding, rsa

from .validation import StatementError
from .vocabulary import SIGNATURE_USAGE

SIGNATURE_ALGORITHMS = {"RS256": hashes.SHA256, "RS384": hashes.SHA384, "RS512": hashes.SHA512}
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
        encoded_header, encoded_payload, encoded_signature = (
            content.decode("ascii").strip().split(".")
        )
        header = json.loads(_decode(encoded_header))
        payload = json.loads(_decode(encoded_payload))
        signature = _decode(encoded_signature)
    except (ValueError, UnicodeDecodeError, binascii.Error):
        raise invalid from None
    if not isinstance(header, dict) or header.get("alg") not in SIGNATURE_ALGORITHMS:
        raise invalid
    if not isinstance(payload, dict) or _signed_part(payload) != _signed_part(statement):
        raise invalid
    if "x5c" in header:
        signed = f"{encoded_header}.{encoded_payload}".encode("ascii")
        if not _verified(header, signed, signature):
            raise StatementError(
                _("Statement %(number)s: its signature does not verify with its certificate.")
                % {"number": number}
            )


def _verified(header, signed, signature):
    """Whether the x5c chain is sound and its first certificate's RSA key signed `signed`."""
    chain = header["x5c"]
    if not isinstance(chain, list) or not chain or not all(isinstance(c, str) for c in chain):
        return False
    try:
        # RFC 7515 4.1.6: standard (not URL-safe) base64 of each DER certificate.
        certificates = [x509.load_der_x509_certificate(base64.b64decode(c)) for c in chain]
        for certificate, issuer in zip(certificates, certificates[1:], strict=False):
            certificate.verify_directly_issued_by(issuer)
        key = certificates[0].public_key()
        if not isinstance(key, rsa.RSAPublicKey):
            return False
        key.verify(signature, signed, padding.PKCS1v15(), SIGNATURE_ALGORITHMS[header["alg"]]())
    except (ValueError, TypeError, InvalidSignature, binascii.Error):
        return False
    return True


def _signed_part(statement):
    return {key: value for key, value in statement.items() if key not in IGNORED_IN_SIGNATURE}
