"""The revocation list as a W3C Bitstring Status List credential.

Section 4.1 of "Bitstring Status List v1.0": the list is a GZIP-compressed bitstring,
base64url-encoded (no padding) with the multibase prefix `u`; index 0 is the leftmost bit.
"""

import base64
import gzip
from datetime import UTC

from django.db import transaction
from django.utils import timezone

from . import addresses, jsonld, proofs
from .keys import load_issuer_key
from .models import STATUS_LIST_LENGTH, Credential, PublishedStatusList


def encode(revoked_indexes, length=STATUS_LIST_LENGTH):
    """The `encodedList` value with the bits of `revoked_indexes` set."""
    bits = bytearray(length // 8)
    for index in revoked_indexes:
        bits[index // 8] |= 0x80 >> (index % 8)
    compressed = gzip.compress(bytes(bits), mtime=0)
    return "u" + base64.urlsafe_b64encode(compressed).decode().rstrip("=")


def is_set(encoded_list, index):
    """Whether bit `index` of an `encodedList` value is set."""
    if not encoded_list.startswith("u"):
        raise ValueError("The encoded list is not base64url multibase.")
    data = encoded_list[1:]
    bits = gzip.decompress(base64.urlsafe_b64decode(data + "=" * (-len(data) % 4)))
    if not 0 <= index < len(bits) * 8:
        raise ValueError("The status index is outside the list.")
    return bool(bits[index // 8] & (0x80 >> (index % 8)))


def published():
    """The published status list, signed again only if revocations changed since.

    Signing costs 10–20 ms (RDF canonicalisation); a GET costs one query and a comparison.
    """
    revoked = Credential.objects.filter(revoked_at__isnull=False).values_list(
        "status_index", flat=True
    )
    encoded = encode(revoked)
    current = PublishedStatusList.objects.order_by("-signed_at").first()
    if current is not None and current.encoded_list == encoded:
        return current
    now = timezone.now().replace(microsecond=0)
    document = status_list_credential(encoded, now)
    with transaction.atomic():
        PublishedStatusList.objects.all().delete()
        return PublishedStatusList.objects.create(
            encoded_list=encoded, document=document, signed_at=now
        )


def status_list_credential(encoded, valid_from):
    """The signed status list credential carrying `encoded`, valid from `valid_from`."""
    url = addresses.status_list_url()
    document = {
        "@context": [jsonld.CREDENTIALS_V2],
        "id": url,
        "type": ["VerifiableCredential", "BitstringStatusListCredential"],
        "issuer": addresses.issuer_id(),
        "validFrom": valid_from.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "credentialSubject": {
            "id": f"{url}#list",
            "type": "BitstringStatusList",
            "statusPurpose": "revocation",
            "encodedList": encoded,
        },
    }
    return proofs.sign(document, load_issuer_key(), addresses.verification_method_id())


def status_entry(index):
    """The `credentialStatus` of the credential at `index` of the list."""
    url = addresses.status_list_url()
    return {
        "id": f"{url}#{index}",
        "type": "BitstringStatusListEntry",
        "statusPurpose": "revocation",
        "statusListIndex": str(index),
        "statusListCredential": url,
    }
