"""The human page of a credential speaks the visitor's language, the achievement's texts
included where the achievement has them; the signed credential stays exactly as issued."""

import json
from html import escape

from django.test import Client

import pytest


@pytest.fixture
def client(db):
    return Client(HTTP_HOST="localhost")


NOTE = {
    "it": "Questa credenziale è stata rilasciata in",
    "fr": "Cette attestation a été délivrée en",
}


@pytest.mark.parametrize("language", ["it", "fr"])
def test_credential_page_shows_the_achievement_in_the_visitors_language(
    client, credential, language
):
    achievement = credential.achievement
    signed = credential.document
    assert credential.language == "en" and language in achievement.texts
    html = client.get(f"/{language}/credentials/{credential.pk}/").content.decode()
    assert f"<h1>{escape(achievement.text('name', language))}</h1>" in html
    assert escape(achievement.text("description", language)) in html
    for outcome in achievement.text("outcomes", language):
        assert escape(outcome) in html
    assert escape(achievement.text("name", "en")) not in html
    assert NOTE[language] in html.replace("&#x27;", "'")
    # ECTS credits with the language's decimal comma (0.09 in the signed JSON).
    assert str(achievement.ects).replace(".", ",") in html
    credential.refresh_from_db()
    assert credential.document == signed
    downloaded = client.get(f"/credentials/{credential.pk}/credential.json")
    assert downloaded.json() == json.loads(signed)
    assert downloaded.json()["credentialSubject"]["achievement"]["name"] == achievement.text(
        "name", "en"
    )


def test_credential_page_in_the_issued_language_shows_the_signed_texts(client, credential):
    html = client.get(f"/en/credentials/{credential.pk}/").content.decode()
    signed = credential.as_json()["credentialSubject"]["achievement"]
    assert f"<h1>{escape(signed['name'])}</h1>" in html
    assert "was issued in" not in html
    assert f"{credential.achievement.ects} ECTS" in html


def test_texts_missing_in_the_visitors_language_stay_as_issued_and_say_so(client, credential):
    achievement = credential.achievement
    del achievement.texts["ro"]
    achievement.save()
    html = client.get(f"/ro/credentials/{credential.pk}/").content.decode()
    assert '<html lang="ro">' in html
    assert f'<h1 lang="en">{escape(achievement.text("name", "en"))}</h1>' in html
