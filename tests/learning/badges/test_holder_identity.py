"""New credentials name the holder by the name they chose and by their e-mail address hashed
with a salt of its own (Open Badges 3.0 IdentityObject), and still sign, validate and verify."""

import hashlib
import json
from pathlib import Path
from types import SimpleNamespace

from django.contrib.auth import get_user_model

import pytest
from jsonschema import Draft201909Validator

from learning.badges.identity import email_hash, holder_name, matches_email
from learning.badges.issuance import holder_name as name_for
from learning.badges.models import Achievement, Credential
from learning.badges.services import issue_for_enrolment
from learning.badges.verification import TAMPERED, VALID, verify_document
from learning.progress import services
from learning.progress.vocabulary import ActivityType, Verb

pytestmark = pytest.mark.django_db

SCHEMA = json.loads(
    (
        Path(__file__).parents[2] / "fixtures" / "ob_v3p0_achievementcredential_schema.json"
    ).read_text()
)


def issue(learner, achievement):
    enrolment, _created = services.enrol(learner, achievement.course_iri, "en")
    for iri in achievement.required_modules:
        services.record_event(enrolment, Verb.COMPLETED, iri, ActivityType.MODULE, once=True)
    for iri in achievement.required_quizzes:
        services.record_event(
            enrolment, Verb.PASSED, iri, ActivityType.ASSESSMENT, result={"success": True}
        )
    services.record_event(
        enrolment, Verb.COMPLETED, achievement.course_iri, ActivityType.COURSE, once=True
    )
    return issue_for_enrolment(enrolment)


@pytest.fixture
def learner(db):
    return get_user_model().objects.create_user(
        "katherine", email="Katherine.Johnson@example.eu", first_name="Katherine", last_name="J"
    )


def test_new_credential_carries_a_salted_hash_of_the_email(learner):
    achievement = Achievement.objects.order_by("pk").first()
    document = issue(learner, achievement).as_json()

    name, email = document["credentialSubject"]["identifier"]
    assert name == {
        "type": "IdentityObject",
        "identityType": "name",
        "hashed": False,
        "identityHash": "Katherine J",
    }
    assert email["type"] == "IdentityObject" and email["identityType"] == "emailAddress"
    assert email["hashed"] is True and len(email["salt"]) == 32
    expected = hashlib.sha256(("katherine.johnson@example.eu" + email["salt"]).encode())
    assert email["identityHash"] == "sha256$" + expected.hexdigest()
    assert "katherine.johnson@example.eu" not in json.dumps(document).lower()

    assert matches_email(document, "Katherine.Johnson@example.eu")
    assert not matches_email(document, "someone.else@example.eu")
    assert holder_name(document) == "Katherine J"
    assert [error.message for error in Draft201909Validator(SCHEMA).iter_errors(document)] == []
    assert verify_document(document).outcome == VALID


def test_the_hash_is_signed(learner):
    document = issue(learner, Achievement.objects.order_by("pk").first()).as_json()
    document["credentialSubject"]["identifier"][1]["salt"] = "0" * 32
    assert verify_document(document).outcome == TAMPERED


def test_each_credential_has_its_own_salt(learner):
    first, second = Achievement.objects.order_by("pk")[:2]
    salts = {
        issue(learner, achievement).as_json()["credentialSubject"]["identifier"][1]["salt"]
        for achievement in (first, second)
    }
    assert len(salts) == 2
    assert Credential.objects.filter(learner=learner).count() == 2


def test_the_specifications_example_hash():
    # OB 3.0, IdentityHash: 'a@example.com' salted with 'Kosher'.
    assert email_hash("a@example.com", "Kosher") == (
        "sha256$b5809d8a92f8858436d7e6b87c12ebc0ae1eac4baecc2c0b913aee2c922ef399"
    )


def test_the_name_on_credentials_is_the_one_the_learner_chose():
    chosen = SimpleNamespace(
        credential_name=" Dr Ada King ", get_full_name=lambda: "Ada Lovelace", username="ada"
    )
    assert name_for(chosen) == "Dr Ada King"
    unnamed = SimpleNamespace(get_full_name=lambda: "", username="ada")
    assert name_for(unnamed) == "ada"


def test_no_email_no_email_identifier(db):
    learner = get_user_model().objects.create_user("no-address", first_name="N", last_name="A")
    document = issue(learner, Achievement.objects.order_by("pk").first()).as_json()
    assert [item["identityType"] for item in document["credentialSubject"]["identifier"]] == [
        "name"
    ]
