"""The status list is signed when it changes and served with caching headers (item 14); the
issuer Profile lists its key under assertionMethod, the key's controller (item 15)."""

from django.test import Client

import pytest
from pyld import jsonld as pyld

from learning.badges import jsonld, proofs
from learning.badges.keys import public_key_from_multibase
from learning.badges.models import PublishedStatusList
from learning.badges.services import revoke


@pytest.fixture
def client(db):
    return Client(HTTP_HOST="localhost")


def test_status_list_is_signed_once_and_then_served_stored(client, monkeypatch):
    signings = []
    original = proofs.sign

    def counting(*args, **kwargs):
        signings.append(1)
        return original(*args, **kwargs)

    monkeypatch.setattr(proofs, "sign", counting)
    first = client.get("/credentials/status/1")
    second = client.get("/credentials/status/1")
    assert first.status_code == second.status_code == 200
    assert len(signings) == 1
    assert first.json() == second.json()
    assert PublishedStatusList.objects.count() == 1


def test_status_list_has_caching_headers_and_answers_304(client, settings):
    response = client.get("/credentials/status/1")
    assert response["Cache-Control"] == (
        f"public, max-age={settings.LEARNING_BADGES_STATUS_LIST_MAX_AGE}"
    )
    assert response["ETag"] and response["Last-Modified"]
    again = client.get("/credentials/status/1", HTTP_IF_NONE_MATCH=response["ETag"])
    assert again.status_code == 304 and not again.content


def test_status_list_is_signed_again_when_a_credential_is_revoked(client, credential):
    before = client.get("/credentials/status/1")
    revoke(credential, "Awarded in error")
    after = client.get("/credentials/status/1")
    assert after["ETag"] != before["ETag"]
    assert (
        after.json()["credentialSubject"]["encodedList"]
        != (before.json()["credentialSubject"]["encodedList"])
    )
    key = client.get("/credentials/issuer/key").json()
    public_key = public_key_from_multibase(key["publicKeyMultibase"])
    assert proofs.verify(after.json(), lambda method: public_key)


def test_issuer_profile_lists_its_key_under_assertion_method(client):
    profile = client.get("/credentials/issuer").json()
    key = client.get("/credentials/issuer/key").json()
    assert key["controller"] == profile["id"]
    assert profile["assertionMethod"] == [key["id"]]
    # As a JSON-LD processor reads it: the security vocabulary's assertionMethod, no
    # undefined terms.
    expanded = pyld.expand(profile, jsonld._options())[0]
    assert expanded["https://w3id.org/security#assertionMethod"] == [{"@id": key["id"]}]
    assert jsonld.undefined_terms(profile) == []
