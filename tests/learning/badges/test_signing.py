"""The issued credential: OB 3.0 schema, eddsa-rdfc-2022 proof, tamper detection."""

import copy
import json
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from jsonschema import Draft201909Validator

from learning.badges import addresses, jsonld, proofs
from learning.badges.keys import (
    IssuerKey,
    load_issuer_key,
    private_key_from_multibase,
    public_key_from_multibase,
    secret_multibase,
)
from learning.badges.verification import FOREIGN, MALFORMED, TAMPERED, VALID, verify_document
from learning.progress.vocabulary import Verb

SCHEMA = json.loads(
    (
        Path(__file__).parents[2] / "fixtures" / "ob_v3p0_achievementcredential_schema.json"
    ).read_text()
)


def test_credential_validates_against_the_ob3_schema(document):
    errors = [error.message for error in Draft201909Validator(SCHEMA).iter_errors(document)]
    assert errors == []


def test_credential_proof_verifies(document):
    assert verify_document(document).outcome == VALID
    proof = document["proof"][0]
    assert proof["cryptosuite"] == "eddsa-rdfc-2022"
    assert proof["verificationMethod"] == addresses.verification_method_id()
    assert proof["proofValue"].startswith("z")


def test_credential_carries_the_eu_micro_credential_elements(credential, document):
    achievement = document["credentialSubject"]["achievement"]
    narrative = achievement["criteria"]["narrative"]
    for label in (
        "Learning outcomes",
        "Notional workload",
        "EQF level",
        "Type of assessment",
        "Form of participation",
        "Type of quality assurance",
        "Prerequisites",
        "Language",
    ):
        assert label in narrative
    assert achievement["creditsAvailable"] == float(credential.achievement.ects)
    assert document["issuer"]["address"]["addressCountryCode"] == "IT"
    assert document["credentialSubject"]["identifier"][0]["identityHash"] == "Demo Learner"
    codes = {a.get("targetCode") for a in achievement["alignment"]}
    assert {code for code, _level in credential.achievement.competences} <= codes


def test_credential_holds_no_email_address(credential, document):
    assert credential.learner.email not in credential.document
    assert "@" not in json.dumps(document).replace("@context", "").replace("@id", "")


def test_evidence_is_the_platforms_own_statements(credential, document):
    events = credential.enrolment.events.filter(verb__in=[Verb.COMPLETED, Verb.PASSED])
    statement_urls = {addresses.statement(event.id) for event in events}
    evidence = [item["id"] for item in document["evidence"]]
    assert evidence and set(evidence) <= statement_urls
    completed_course = events.get(activity_iri=credential.achievement.course_iri)
    assert addresses.statement(completed_course.id) in evidence
    assert len(evidence) == 1 + len(credential.achievement.required_modules) + len(
        credential.achievement.required_quizzes
    )


@pytest.mark.parametrize(
    "path, value",
    [
        (["name"], "Another badge"),
        (["validFrom"], "2020-01-01T00:00:00Z"),
        (["issuer", "name"], "Someone else"),
        (["credentialSubject", "identifier", 0, "identityHash"], "Mallory"),
        (["credentialSubject", "achievement", "name"], "Advanced everything"),
        (["credentialSubject", "achievement", "creditsAvailable"], 60.0),
        (["evidence", 0, "id"], "http://testserver/xapi/statements?statementId=0"),
        (["credentialStatus", "statusListIndex"], "7"),
    ],
)
def test_changing_any_field_fails_verification(document, path, value):
    target = document
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = value
    assert verify_document(document).outcome == TAMPERED


def test_changing_the_proof_value_fails(document):
    proof = document["proof"][0]
    signature = bytearray(proofs.base58.b58decode(proof["proofValue"][1:]))
    signature[0] ^= 1
    proof["proofValue"] = "z" + proofs.base58.b58encode(bytes(signature)).decode()
    assert verify_document(document).outcome == TAMPERED


def test_changing_the_proof_options_fails(document):
    document["proof"][0]["created"] = "2001-01-01T00:00:00Z"
    assert verify_document(document).outcome == TAMPERED


def test_another_key_claiming_the_issuers_key_fails(document):
    unsigned = {key: value for key, value in document.items() if key != "proof"}
    forged = proofs.sign(
        unsigned, IssuerKey(Ed25519PrivateKey.generate()), addresses.verification_method_id()
    )
    assert verify_document(forged).outcome == TAMPERED


def test_a_credential_signed_by_another_key_is_not_ours(document):
    unsigned = {key: value for key, value in document.items() if key != "proof"}
    foreign = proofs.sign(
        unsigned, IssuerKey(Ed25519PrivateKey.generate()), "https://elsewhere.example/key"
    )
    assert verify_document(foreign).outcome == FOREIGN


def test_an_undefined_term_is_refused_before_signing(document):
    unsigned = {key: value for key, value in document.items() if key != "proof"}
    unsigned["favouriteColour"] = "blue"
    with pytest.raises(proofs.ProofError, match="favouriteColour"):
        proofs.sign(unsigned, load_issuer_key(), addresses.verification_method_id())


def test_an_added_undefined_term_fails_verification(document):
    document["favouriteColour"] = "blue"
    assert verify_document(document).outcome == TAMPERED


@pytest.mark.parametrize("broken", [None, [], "text", {"type": ["VerifiableCredential"]}])
def test_documents_that_are_not_credentials_are_malformed(broken):
    assert verify_document(copy.deepcopy(broken)).outcome == MALFORMED


def test_a_context_that_is_not_shipped_is_malformed(document):
    document["@context"] = [*document["@context"], "https://example.org/context.json"]
    assert verify_document(document).outcome == MALFORMED


def test_multikey_encoding_round_trips():
    key = Ed25519PrivateKey.generate()
    secret = secret_multibase(key)
    assert secret.startswith("z3u2")
    issuer_key = IssuerKey(private_key_from_multibase(secret))
    public = issuer_key.public_multibase
    assert public.startswith("z6Mk")
    assert (
        public_key_from_multibase(public).public_bytes_raw() == key.public_key().public_bytes_raw()
    )


def test_canonical_form_ignores_key_order(document):
    reordered = dict(reversed(list(document.items())))
    assert jsonld.canonicalize(reordered) == jsonld.canonicalize(document)


def test_a_proposed_level_and_workload_are_labelled_in_the_signed_credential(document):
    """The seeded courses' EQF level, workload and delivery mode are the platform's proposal
    (course metadata_provenance), and the credential says so where it states them."""
    achievement = document["credentialSubject"]["achievement"]
    label = "Proposed by the platform — to be confirmed by the partners"
    lines = achievement["criteria"]["narrative"].splitlines()
    for element in ("**Notional workload**", "**Level**", "**Form of participation**"):
        (line,) = [line for line in lines if line.startswith(element)]
        assert line.endswith(f"({label})"), line
    (eqf,) = [a for a in achievement["alignment"] if a["targetType"] == "ext:EQFLevel"]
    assert eqf["targetDescription"] == label
    assert verify_document(document).outcome == VALID


@pytest.mark.django_db
def test_confirmed_course_metadata_carry_no_label(credential):
    from courses.achievements import sync_achievement
    from courses.models import CoursePage
    from learning.badges import documents
    from website.core.vocabularies import Provenance

    course = CoursePage.objects.get(
        locale__language_code="en", title=credential.achievement.text("name", "en")
    )
    CoursePage.objects.filter(translation_key=course.translation_key).update(
        metadata_provenance=Provenance.SEED
    )
    course.refresh_from_db()
    achievement = sync_achievement(course)
    narrative = documents.criteria_narrative(achievement, "en")
    assert "(Proposed by the platform" not in narrative
    elements = dict(documents.micro_credential_elements(achievement, "en"))
    assert "Proposed" not in elements["Level"]
