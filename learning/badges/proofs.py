"""Data Integrity proofs with the `eddsa-rdfc-2022` cryptosuite.

See the W3C "Data Integrity EdDSA Cryptosuites v1.0", section 3.2: the signature covers
SHA-256(canonical proof options, which carry the document's @context) followed by
SHA-256(canonical document without its proof). Open Badges 3.0 keeps `proof` as an array.
"""

import copy
import hashlib

from django.utils import timezone

import base58

from . import jsonld
from .keys import verify_signature

PROOF_TYPE = "DataIntegrityProof"
CRYPTOSUITE = "eddsa-rdfc-2022"
PROOF_PURPOSE = "assertionMethod"


class ProofError(ValueError):
    """Why a document cannot be signed, or its proof cannot be checked."""


class MissingProof(ProofError):
    """The document carries no eddsa-rdfc-2022 proof for assertions."""


class UnknownKey(ProofError):
    """The proof names a verification method the verifier does not trust."""


def _hash_data(document, proof_options):
    unsecured = {key: value for key, value in document.items() if key != "proof"}
    options = {key: value for key, value in proof_options.items() if key != "proofValue"}
    options["@context"] = unsecured["@context"]
    return (
        hashlib.sha256(jsonld.canonicalize(options).encode()).digest()
        + hashlib.sha256(jsonld.canonicalize(unsecured).encode()).digest()
    )


def sign(document, issuer_key, verification_method, created=None):
    """A copy of `document` with an `eddsa-rdfc-2022` proof by `issuer_key` appended."""
    unknown = jsonld.undefined_terms(document)
    if unknown:
        raise ProofError(f"Terms no context defines would not be signed: {', '.join(unknown)}")
    created = created or timezone.now()
    proof = {
        "type": PROOF_TYPE,
        "cryptosuite": CRYPTOSUITE,
        "created": created.strftime("%Y-%m-%dT%H:%M:%SZ"),
        "verificationMethod": verification_method,
        "proofPurpose": PROOF_PURPOSE,
    }
    signature = issuer_key.sign(_hash_data(document, proof))
    proof["proofValue"] = "z" + base58.b58encode(signature).decode()
    signed = copy.deepcopy(document)
    signed["proof"] = [*_proofs(document), proof]
    return signed


def _proofs(document):
    proofs = document.get("proof", [])
    return proofs if isinstance(proofs, list) else [proofs]


def verify(document, resolve_public_key):
    """Check the document's `eddsa-rdfc-2022` proof; returns its verification method.

    `resolve_public_key(verification_method)` returns the Ed25519 public key of a verification
    method the verifier trusts, or None. Raises ProofError with the reason when the proof is
    missing, made by an unknown key, or does not match the document.
    """
    proofs = [
        proof
        for proof in _proofs(document)
        if isinstance(proof, dict)
        and proof.get("type") == PROOF_TYPE
        and proof.get("cryptosuite") == CRYPTOSUITE
    ]
    if len(proofs) != 1:
        raise MissingProof("The document has no eddsa-rdfc-2022 proof.")
    proof = proofs[0]
    if proof.get("proofPurpose") != PROOF_PURPOSE:
        raise MissingProof("The proof is not made for assertions.")
    public_key = resolve_public_key(proof.get("verificationMethod"))
    if public_key is None:
        raise UnknownKey("The proof was made with a key this issuer does not publish.")
    proof_value = proof.get("proofValue")
    if not isinstance(proof_value, str) or not proof_value.startswith("z"):
        raise ProofError("The proof value is not a base58btc multibase string.")
    try:
        signature = base58.b58decode(proof_value[1:])
    except ValueError as error:
        raise ProofError("The proof value is not a base58btc multibase string.") from error
    unsecured = {key: value for key, value in document.items() if key != "proof"}
    if jsonld.undefined_terms(unsecured):
        raise ProofError("The document holds terms its contexts do not define.")
    if not verify_signature(public_key, signature, _hash_data(unsecured, proof)):
        raise ProofError("The signature does not match the document.")
    return proof["verificationMethod"]
