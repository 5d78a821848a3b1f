"""Public credential pages and documents, the verification form, the backpack, revocation."""

import io
import json
from html import escape

from django.contrib.auth import get_user_model
from django.test import Client

import jwt
import pytest
from PIL import Image

from learning.badges import addresses, status_list
from learning.badges.baking import unbake
from learning.badges.keys import load_issuer_key, public_key_from_multibase
from learning.badges.proofs import verify as verify_proof
from learning.badges.services import revoke


@pytest.fixture
def client(db):
    return Client(HTTP_HOST="localhost")


def test_credential_page_says_valid_to_anyone(client, credential):
    response = client.get(f"/en/credentials/{credential.pk}/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "Valid: issued by this platform" in html
    assert escape(str(credential.achievement)) in html
    assert "Demo Learner" in html
    assert "Type of quality assurance" in html
    assert "demo-learner@example.org" not in html


def test_credential_page_speaks_the_visitors_language(client, credential):
    response = client.get(f"/it/credentials/{credential.pk}/")
    assert "Valida:" in response.content.decode()


def test_credential_id_redirects_to_the_page_in_the_visitors_language(client, credential):
    response = client.get(f"/credentials/{credential.pk}/", HTTP_ACCEPT_LANGUAGE="it")
    assert response.status_code == 302
    assert response["Location"] == f"/it/credentials/{credential.pk}/"


def test_unknown_credential_is_a_clear_not_found(client):
    response = client.get("/en/credentials/00000000-0000-4000-8000-000000000000/")
    assert response.status_code == 404
    assert (
        client.get("/credentials/00000000-0000-4000-8000-000000000000/credential.json").status_code
        == 404
    )


def test_revocation_flips_the_status_for_every_verifier(client, credential):
    before = client.get(addresses.status_list_url()).json()
    index = int(credential.as_json()["credentialStatus"]["statusListIndex"])
    assert not status_list.is_set(before["credentialSubject"]["encodedList"], index)

    revoke(credential, "Awarded by mistake")

    after = client.get("/credentials/status/1").json()
    assert status_list.is_set(after["credentialSubject"]["encodedList"], index)
    html = client.get(f"/en/credentials/{credential.pk}/").content.decode()
    assert "Revoked: the issuer has withdrawn this credential." in html
    assert "Awarded by mistake" in html


def test_status_list_credential_is_signed_by_the_issuer(client):
    document = client.get("/credentials/status/1").json()
    key = load_issuer_key().public_key
    assert verify_proof(document, lambda method: key) == addresses.verification_method_id()
    assert document["credentialSubject"]["statusPurpose"] == "revocation"


def test_issuer_profile_and_key_document_are_published(client, credential):
    profile = client.get("/credentials/issuer").json()
    assert profile["id"] == addresses.issuer_id() == credential.as_json()["issuer"]["id"]
    key_document = client.get("/credentials/issuer/key").json()
    assert key_document["type"] == "Multikey"
    assert key_document["controller"] == profile["id"]
    assert key_document["publicKeyMultibase"].startswith("z6Mk")
    published = public_key_from_multibase(key_document["publicKeyMultibase"])
    assert verify_proof(credential.as_json(), lambda method: published)


def test_json_download_is_the_signed_credential(client, credential):
    response = client.get(f"/credentials/{credential.pk}/credential.json")
    assert response["Content-Type"] == "application/ld+json"
    assert response.json() == credential.as_json()


def test_vc_jwt_verifies_with_an_independent_library(client, credential):
    token = client.get(f"/credentials/{credential.pk}/credential.jwt").content.decode()
    key_document = client.get("/credentials/issuer/key").json()
    public_key = public_key_from_multibase(key_document["publicKeyMultibase"])
    header = jwt.get_unverified_header(token)
    assert header["alg"] == "EdDSA" and header["kid"] == key_document["id"]
    payload = jwt.decode(token, public_key, algorithms=["EdDSA"])
    assert payload["jti"] == credential.as_json()["id"]
    assert payload["iss"] == addresses.issuer_id()
    assert payload["credentialSubject"] == credential.as_json()["credentialSubject"]


def test_baked_png_carries_the_credential(client, credential):
    png = client.get(f"/credentials/{credential.pk}/badge.png").content
    Image.open(io.BytesIO(png)).verify()
    assert json.loads(unbake(png)) == credential.as_json()


def _verify(client, **data):
    return client.post("/en/credentials/verify/", data)


def test_verify_form_accepts_pasted_json(client, credential):
    response = _verify(client, credential=credential.document)
    assert response.status_code == 200
    assert "Valid: issued by this platform" in response.content.decode()


def test_verify_form_accepts_a_vc_jwt(client, credential):
    token = client.get(f"/credentials/{credential.pk}/credential.jwt").content.decode()
    assert "Valid:" in _verify(client, credential=token).content.decode()


def test_verify_form_accepts_a_baked_badge(client, credential):
    png = client.get(f"/credentials/{credential.pk}/badge.png").content
    upload = io.BytesIO(png)
    upload.name = "badge.png"
    assert "Valid:" in _verify(client, badge=upload).content.decode()


@pytest.mark.parametrize(
    "text",
    ["{", '{"@context": ', "not json at all", "[]", '"a string"', "a.b.c"],
)
def test_verify_form_answers_malformed_input_clearly(client, text):
    response = client.post("/it/credentials/verify/", {"credential": text})
    assert response.status_code in (200, 400)
    html = response.content.decode()
    assert "Non è una credenziale" in html or "Non valida" in html


def test_verify_form_answers_a_truncated_credential(client, credential):
    response = _verify(client, credential=credential.document[: len(credential.document) // 2])
    assert response.status_code == 400
    assert "Not a credential" in response.content.decode()


def test_verify_form_detects_tampering(client, credential):
    document = credential.as_json()
    document["credentialSubject"]["identifier"][0]["identityHash"] = "Mallory"
    response = _verify(client, credential=json.dumps(document))
    assert "changed after it was signed" in response.content.decode()


def test_verify_form_without_input_asks_for_one(client):
    response = _verify(client, credential="")
    assert response.status_code == 400
    assert "Paste a credential" in response.content.decode()


def test_backpack_lists_the_learners_own_credentials(client, credential):
    client.force_login(credential.learner)
    html = client.get("/en/learning/backpack/").content.decode()
    assert f"/en/credentials/{credential.pk}/" in html
    assert "Competences covered" in html
    assert "/en/learning/backpack/" in client.get("/en/learning/").content.decode()


def test_backpack_shows_nobody_elses_credentials(client, credential):
    other = get_user_model().objects.create_user("other", password="a-long-learner-password")
    client.force_login(other)
    html = client.get("/en/learning/backpack/").content.decode()
    assert str(credential.pk) not in html


def test_backpack_needs_sign_in(client):
    response = client.get("/en/learning/backpack/")
    assert response.status_code == 302


def test_admin_revokes_with_a_reason(client, credential):
    admin = get_user_model().objects.create_superuser("boss", password="a-long-admin-password")
    client.force_login(admin)
    assert escape(str(credential.achievement)) in client.get("/admin/credentials/").content.decode()
    url = f"/admin/credentials/{credential.pk}/revoke/"
    assert client.post(url, {"reason": ""}).status_code == 400
    credential.refresh_from_db()
    assert not credential.is_revoked
    response = client.post(url, {"reason": "Identity could not be confirmed"})
    assert response.status_code == 302
    credential.refresh_from_db()
    assert credential.revocation_reason == "Identity could not be confirmed"
    assert credential.is_revoked


def test_learners_cannot_revoke(client, credential):
    client.force_login(credential.learner)
    response = client.post(f"/admin/credentials/{credential.pk}/revoke/", {"reason": "mine"})
    assert response.status_code in (302, 403)
    credential.refresh_from_db()
    assert not credential.is_revoked


def test_verify_form_detects_a_tampered_vc_jwt(client, credential):
    token = client.get(f"/credentials/{credential.pk}/credential.jwt").content.decode()
    header, payload, signature = token.split(".")
    claims = json.loads(jwt.utils.base64url_decode(payload))
    claims["name"] = "Something else"
    forged_payload = jwt.utils.base64url_encode(json.dumps(claims).encode()).decode()
    html = _verify(client, credential=f"{header}.{forged_payload}.{signature}").content.decode()
    assert "changed after it was signed" in html


def test_verify_form_reports_a_vc_jwt_of_a_revoked_credential(client, credential):
    token = client.get(f"/credentials/{credential.pk}/credential.jwt").content.decode()
    revoke(credential, "Plagiarised answers")
    html = _verify(client, credential=token).content.decode()
    assert "Revoked:" in html and "Plagiarised answers" in html


@pytest.mark.parametrize(
    "content",
    [b"not an image", b"\x89PNG\r\n\x1a\n\x00\x00", b"\x89PNG\r\n\x1a\n" + b"\x00" * 40],
)
def test_verify_form_answers_a_broken_image_clearly(client, content):
    upload = io.BytesIO(content)
    upload.name = "badge.png"
    response = _verify(client, badge=upload)
    assert response.status_code == 400
    assert "Not a credential" in response.content.decode()


def test_an_unsigned_credential_is_not_complete(client, document):
    del document["proof"]
    response = _verify(client, credential=json.dumps(document))
    assert response.status_code == 400
    assert "Not a credential" in response.content.decode()
