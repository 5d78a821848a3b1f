"""The issuer's Ed25519 key: loaded from the environment or a key file, never the database.

Keys are written as Multikey multibase strings: a public key is `z` + base58btc(0xed01 +
32 bytes) (it starts `z6Mk`), a secret key `z` + base58btc(0x8026 + 32-byte seed).
"""

import os
from dataclasses import dataclass
from pathlib import Path

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured

import base58
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

ED25519_PUBLIC_PREFIX = b"\xed\x01"
ED25519_SECRET_PREFIX = b"\x80\x26"


class InvalidKey(ValueError):
    """A multibase string that is not an Ed25519 Multikey."""


def _decode(multibase, prefix):
    if not isinstance(multibase, str) or not multibase.startswith("z"):
        raise InvalidKey("A Multikey is a base58btc multibase string starting with 'z'.")
    try:
        raw = base58.b58decode(multibase[1:])
    except ValueError as error:
        raise InvalidKey(str(error)) from error
    if not raw.startswith(prefix) or len(raw) != len(prefix) + 32:
        raise InvalidKey("Not an Ed25519 Multikey.")
    return raw[len(prefix) :]


def public_multibase(public_key):
    """The Multikey `publicKeyMultibase` of an Ed25519 public key."""
    raw = public_key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    return "z" + base58.b58encode(ED25519_PUBLIC_PREFIX + raw).decode()


def public_key_from_multibase(multibase):
    """The Ed25519 public key of a `publicKeyMultibase` value."""
    return Ed25519PublicKey.from_public_bytes(_decode(multibase, ED25519_PUBLIC_PREFIX))


def secret_multibase(private_key):
    """The Multikey `secretKeyMultibase` of an Ed25519 private key (its seed)."""
    seed = private_key.private_bytes(
        serialization.Encoding.Raw, serialization.PrivateFormat.Raw, serialization.NoEncryption()
    )
    return "z" + base58.b58encode(ED25519_SECRET_PREFIX + seed).decode()


def private_key_from_multibase(multibase):
    """The Ed25519 private key of a `secretKeyMultibase` value."""
    return Ed25519PrivateKey.from_private_bytes(_decode(multibase.strip(), ED25519_SECRET_PREFIX))


def generate_secret():
    """A new secret key, as a `secretKeyMultibase` string."""
    return secret_multibase(Ed25519PrivateKey.generate())


@dataclass(frozen=True)
class IssuerKey:
    """The key the platform signs credentials with.

    Attributes:
        private_key: The Ed25519 private key.
    """

    private_key: Ed25519PrivateKey

    @property
    def public_key(self):
        """The matching public key."""
        return self.private_key.public_key()

    @property
    def public_multibase(self):
        """The public key as published in the key document."""
        return public_multibase(self.public_key)

    def sign(self, data):
        """An Ed25519 signature of `data` (64 bytes)."""
        return self.private_key.sign(data)


def verify_signature(public_key, signature, data):
    """Whether `signature` is `public_key`'s Ed25519 signature of `data`."""
    try:
        public_key.verify(signature, data)
    except InvalidSignature:
        return False
    return True


def key_file_path():
    """Where `create_issuer_key` writes the key and the platform reads it."""
    return Path(settings.LEARNING_BADGES_ISSUER_KEY_FILE)


def load_issuer_key():
    """The issuer's key: `LEARNING_BADGES_ISSUER_KEY` if set, else the key file."""
    secret = settings.LEARNING_BADGES_ISSUER_KEY
    if not secret:
        path = key_file_path()
        if not path.exists():
            raise ImproperlyConfigured(
                f"No issuer key: set LEARNING_BADGES_ISSUER_KEY or run "
                f"`python manage.py create_issuer_key` (writes {path})."
            )
        secret = path.read_text(encoding="utf-8")
    try:
        return IssuerKey(private_key_from_multibase(secret))
    except InvalidKey as error:
        raise ImproperlyConfigured(f"The issuer key is not an Ed25519 Multikey: {error}") from error


def write_key_file(path, secret):
    """Write `secret` to `path`, readable by its owner only."""
    path.parent.mkdir(parents=True, exist_ok=True)
    descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(descriptor, "w", encoding="utf-8") as key_file:
        key_file.write(secret + "\n")
