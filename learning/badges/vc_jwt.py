"""The same credential as a VC-JWT, for wallets that expect JWTs (Open Badges 3.0, 8.2).

The JWT payload is the credential itself, its members at the top level, with the registered
claims `iss` (issuer id), `jti` (credential id) and `nbf` (validFrom). It is signed with the
issuer's Ed25519 key (EdDSA); the header names the key document and carries the public JWK.
"""

import json
from datetime import datetime

import jwt
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from . import addresses


class JwtError(ValueError):
    """A text that is not a well-formed VC-JWT."""


class InvalidJwtSignature(ValueError):
    """A VC-JWT whose signature does not verify with the issuer's key."""


def looks_like_jwt(text):
    """Whether `text` has the shape of a compact JWS (three base64url parts)."""
    parts = text.split(".")
    return len(parts) == 3 and not text.lstrip().startswith("{")


def _public_jwk(public_key):
    return json.loads(jwt.algorithms.OKPAlgorithm.to_jwk(public_key))


def encode_vc_jwt(document, issuer_key):
    """The credential (without its Data Integrity proof) as a compact VC-JWT."""
    payload = {key: value for key, value in document.items() if key != "proof"}
    issuer = payload["issuer"]
    valid_from = datetime.fromisoformat(payload["validFrom"].replace("Z", "+00:00"))
    payload.update(
        iss=issuer["id"] if isinstance(issuer, dict) else issuer,
        jti=payload["id"],
        nbf=int(valid_from.timestamp()),
    )
    headers = {
        "typ": "JWT",
        "kid": addresses.verification_method_id(),
        "jwk": _public_jwk(issuer_key.public_key),
    }
    return jwt.encode(payload, issuer_key.private_key, algorithm="EdDSA", headers=headers)


def jwt_header(token):
    """The unverified JOSE header of `token`; raises JwtError if it cannot be read."""
    try:
        return jwt.get_unverified_header(token)
    except jwt.PyJWTError as error:
        raise JwtError(str(error)) from error


def decode_vc_jwt(token, public_key: Ed25519PublicKey):
    """The credential inside a VC-JWT signed by `public_key`.

    Raises InvalidJwtSignature for a wrong signature, JwtError for anything unreadable.
    """
    try:
        payload = jwt.decode(
            token,
            public_key,
            algorithms=["EdDSA"],
            options={"require": ["iss", "jti", "nbf"], "verify_aud": False},
        )
    except jwt.InvalidSignatureError as error:
        raise InvalidJwtSignature(str(error)) from error
    except jwt.PyJWTError as error:
        raise JwtError(str(error)) from error
    for claim in ("iss", "jti", "nbf"):
        payload.pop(claim, None)
    return payload
