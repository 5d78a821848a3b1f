"""JSON-LD canonicalisation with the contexts shipped in `contexts/`, never fetched.

Verifiers in "safe mode" reject a term or type that no context defines, while PyLD silently
drops it (and so would sign less than the document says). `undefined_terms` finds such terms
before anything is signed or accepted.
"""

import copy
import json
from pathlib import Path

from pyld import jsonld

CONTEXTS_DIR = Path(__file__).resolve().parent / "contexts"
CREDENTIALS_V2 = "https://www.w3.org/ns/credentials/v2"
OB_V3 = "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"
# Defines the credentialSchema type 1EdTechJsonSchemaValidator2019.
OB_V3_EXTENSIONS = "https://purl.imsglobal.org/spec/ob/v3p0/extensions.json"
DID_V1 = "https://www.w3.org/ns/did/v1"
MULTIKEY_V1 = "https://w3id.org/security/multikey/v1"
UNDEFINED_TERMS = "https://www.w3.org/ns/credentials/undefined-terms/v2"
# VC 2.0's own @vocab: terms it maps there are not defined by any shipped context either.
_UNDEFINED_PREFIXES = (
    "https://www.w3.org/ns/credentials/undefined-term#",
    "https://www.w3.org/ns/credentials/issuer-dependent#",
)


class ContextNotAvailable(Exception):
    """A document names a context the platform does not ship."""


# Each context URL and the file holding the publisher's document (a copy of the npm
# registry's file; see the README's section on credentials).
CONTEXT_FILES = {
    CREDENTIALS_V2: "www.w3.org_ns_credentials_v2.json",
    OB_V3: "purl.imsglobal.org_spec_ob_v3p0_context-3.0.3.json.json",
    OB_V3_EXTENSIONS: "purl.imsglobal.org_spec_ob_v3p0_extensions.json.json",
    "https://w3id.org/security/data-integrity/v2": "w3id.org_security_data-integrity_v2.json",
    MULTIKEY_V1: "w3id.org_security_multikey_v1.json",
    DID_V1: "www.w3.org_ns_did_v1.json",
    UNDEFINED_TERMS: "www.w3.org_ns_credentials_undefined-terms_v2.json",
}


def _load_contexts():
    return {
        url: json.loads((CONTEXTS_DIR / name).read_text(encoding="utf-8"))
        for url, name in CONTEXT_FILES.items()
    }


_CONTEXTS = _load_contexts()


def document_loader(url, options=None):
    """PyLD document loader that serves the shipped contexts and refuses any other URL."""
    if url not in _CONTEXTS:
        raise ContextNotAvailable(url)
    return {
        "contextUrl": None,
        "documentUrl": url,
        "document": copy.deepcopy(_CONTEXTS[url]),
    }


def _options(**extra):
    # base None: relative IRIs must not be resolved against a default base (they would then
    # differ between signer and verifier).
    return {"documentLoader": document_loader, "base": None, **extra}


def canonicalize(document):
    """The RDF Dataset Canonicalization (URDNA2015 = RDFC-1.0) of `document` as N-Quads."""
    return jsonld.normalize(document, _options(algorithm="URDNA2015", format="application/n-quads"))


def undefined_terms(document):
    """Terms and types of `document` that its contexts do not define (sorted, may be empty)."""
    probe = copy.deepcopy(document)
    context = probe.get("@context", [])
    probe["@context"] = [*(context if isinstance(context, list) else [context]), UNDEFINED_TERMS]
    found = set()
    _collect_undefined(jsonld.expand(probe, _options()), found)
    return sorted(found)


def _collect_undefined(node, found):
    if isinstance(node, list):
        for item in node:
            _collect_undefined(item, found)
    elif isinstance(node, dict):
        for key, value in node.items():
            if key.startswith(_UNDEFINED_PREFIXES):
                found.add(key.split("#", 1)[1])
            if key == "@type":
                for type_iri in value if isinstance(value, list) else [value]:
                    if isinstance(type_iri, str) and type_iri.startswith(_UNDEFINED_PREFIXES):
                        found.add(type_iri.split("#", 1)[1])
            _collect_undefined(value, found)
