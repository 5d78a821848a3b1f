"""Verifying a credential as any verifier would: proof, issuer key, then the status list.

The outcome is one of a few plain answers with a message in the active language; no input,
however broken, raises.
"""

import json
import logging
from dataclasses import dataclass

from django.utils.translation import gettext_lazy as _

from pyld.jsonld import JsonLdError

from . import addresses, jsonld, proofs, status_list
from .keys import load_issuer_key
from .models import Credential
from .vc_jwt import InvalidJwtSignature, JwtError, decode_vc_jwt, jwt_header, looks_like_jwt

logger = logging.getLogger(__name__)

VALID = "valid"
REVOKED = "revoked"
TAMPERED = "tampered"
FOREIGN = "foreign"
MALFORMED = "malformed"

MESSAGES = {
    VALID: _("Valid: issued by this platform, unchanged since it was signed, and not revoked."),
    REVOKED: _("Revoked: the issuer has withdrawn this credential."),
    TAMPERED: _("Not valid: the credential was changed after it was signed."),
    FOREIGN: _("Not valid here: the credential is not signed with this platform's key."),
    MALFORMED: _("Not a credential: the text is not a complete Open Badges credential in JSON."),
}


@dataclass
class Verification:
    """The answer a verifier gets.

    Attributes:
        outcome: One of VALID, REVOKED, TAMPERED, FOREIGN, MALFORMED.
        document: The credential that was checked, when it could be read.
        revocation_reason: Why the issuer revoked it, for a revoked credential.
    """

    outcome: str
    document: dict | None = None
    revocation_reason: str = ""

    @property
    def message(self):
        """The outcome in words, in the active language."""
        return MESSAGES[self.outcome]

    @property
    def is_valid(self):
        """Whether the credential can be trusted."""
        return self.outcome == VALID


def _resolve_public_key(verification_method):
    if verification_method != addresses.verification_method_id():
        return None
    return load_issuer_key().public_key


def _is_credential(document):
    types = document.get("type") if isinstance(document, dict) else None
    return (
        isinstance(types, list)
        and "VerifiableCredential" in types
        and isinstance(document.get("@context"), list)
        and isinstance(document.get("credentialSubject"), dict)
    )


def verify_document(document):
    """Verify a credential given as a dict."""
    if not _is_credential(document):
        return Verification(MALFORMED)
    try:
        proofs.verify(document, _resolve_public_key)
    except proofs.MissingProof:
        return Verification(MALFORMED, document)
    except proofs.UnknownKey:
        return Verification(FOREIGN, document)
    except proofs.ProofError:
        return Verification(TAMPERED, document)
    except (JsonLdError, jsonld.ContextNotAvailable, TypeError, ValueError, RecursionError):
        return Verification(MALFORMED, document)
    except Exception:  # a verifier answers any input; it logs what surprised it
        logger.exception("Unexpected error while verifying a credential")
        return Verification(MALFORMED, document)
    return _with_status(document)


def _with_status(document):
    entry = document.get("credentialStatus")
    if not isinstance(entry, dict) or entry.get("statusListCredential") != (
        addresses.status_list_url()
    ):
        # A signed credential of this issuer always names this issuer's list.
        return Verification(TAMPERED, document)
    revoked = Credential.objects.filter(revoked_at__isnull=False)
    encoded = status_list.encode(revoked.values_list("status_index", flat=True))
    try:
        index = int(entry.get("statusListIndex", ""))
        is_revoked = status_list.is_set(encoded, index)
    except (TypeError, ValueError):
        return Verification(MALFORMED, document)
    if is_revoked:
        credential = revoked.filter(status_index=index).first()
        return Verification(REVOKED, document, credential.revocation_reason if credential else "")
    return Verification(VALID, document)


def _verify_jwt(token):
    """A VC-JWT: its JWS signature is the proof, then the same status check."""
    try:
        header = jwt_header(token)
        document = decode_vc_jwt(token, load_issuer_key().public_key)
    except JwtError:
        return Verification(MALFORMED)
    except InvalidJwtSignature:
        ours = header.get("kid") == addresses.verification_method_id()
        return Verification(TAMPERED if ours else FOREIGN)
    if not _is_credential(document):
        return Verification(MALFORMED)
    return _with_status(document)


def verify_text(text):
    """Verify a credential pasted as JSON text or as a VC-JWT."""
    text = (text or "").strip()
    if looks_like_jwt(text):
        return _verify_jwt(text)
    try:
        document = json.loads(text)
    except (json.JSONDecodeError, RecursionError):
        return Verification(MALFORMED)
    return verify_document(document)
