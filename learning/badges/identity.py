"""How a credential names its holder: the name they chose, and a salted hash of their e-mail.

Open Badges 3.0 (AchievementSubject.identifier, IdentityObject): an `identityHash` is an
algorithm name, `$`, and the hex digest of the identifier followed by the salt, both UTF-8
("sha256$…" over "a@example.com" + "Kosher" in the specification's example). Each credential
gets its own random salt, so two credentials of the same person cannot be linked by their
hashes, while the holder can show that the credential is theirs by giving the address: anyone
can recompute the hash. Addresses are hashed in lower case.
"""

import hashlib
import hmac
import secrets

SALT_BYTES = 16


def new_salt():
    """A random salt for one credential (hex text)."""
    return secrets.token_hex(SALT_BYTES)


def normalised_email(address):
    """The form of an address that is hashed: trimmed, in lower case."""
    return (address or "").strip().lower()


def email_hash(address, salt):
    """The IdentityHash of an e-mail address with `salt`: "sha256$" and the hex digest."""
    digest = hashlib.sha256((normalised_email(address) + salt).encode()).hexdigest()
    return f"sha256${digest}"


def name_identity(name):
    """The IdentityObject with the name the holder chose, in plain text."""
    return {"type": "IdentityObject", "identityType": "name", "hashed": False, "identityHash": name}


def email_identity(address, salt):
    """The IdentityObject with the salted hash of the holder's e-mail address."""
    return {
        "type": "IdentityObject",
        "identityType": "emailAddress",
        "hashed": True,
        "identityHash": email_hash(address, salt),
        "salt": salt,
    }


def subject_identifiers(name, address, salt):
    """The credentialSubject's identifiers: the name, then the hashed address if there is one."""
    identifiers = [name_identity(name)]
    if normalised_email(address):
        identifiers.append(email_identity(address, salt))
    return identifiers


def holder_name(document):
    """The name a credential document shows for its holder ("" if it has none)."""
    for identifier in _identifiers(document):
        if identifier.get("identityType") == "name" and not identifier.get("hashed"):
            return identifier.get("identityHash", "")
    return ""


def matches_email(document, address):
    """Whether `address` is the e-mail address hashed into the credential document."""
    for identifier in _identifiers(document):
        if identifier.get("identityType") != "emailAddress" or not identifier.get("hashed"):
            continue
        expected = identifier.get("identityHash", "")
        algorithm = expected.split("$", 1)[0].lower()
        if algorithm != "sha256":
            continue
        actual = email_hash(address, identifier.get("salt", ""))
        if hmac.compare_digest(actual.lower(), expected.lower()):
            return True
    return False


def _identifiers(document):
    subject = (document or {}).get("credentialSubject") or {}
    identifiers = subject.get("identifier") or []
    return [item for item in identifiers if isinstance(item, dict)]
