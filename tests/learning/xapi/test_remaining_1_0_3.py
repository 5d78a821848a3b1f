"""The last xAPI 1.0.3 behaviours: each test names the requirement it checks.

Consistent-Through on every answer of the Statement resource, context activities as arrays,
Group authorities, the 409 of document concurrency, the formats inside SubStatements, versions
and durations, cryptographic JWS signatures and canonical activity definitions.
"""

import base64
import copy
import datetime
import hashlib
import importlib
import json
import time
import uuid
from urllib.parse import urlencode

from django.apps import apps
from django.utils import timezone

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa
from cryptography.x509.oid import NameOID

from learning.xapi.models import Activity, Statement
from learning.xapi.primitives import parse_timestamp

pytestmark = pytest.mark.django_db
migration = importlib.import_module("learning.xapi.migrations.0002_activities_and_versions")

ACTIVITY = "http://example.eu/activities/a"
SIGNATURE = "http://adlnet.gov/expapi/attachments/signature"


def post(lrs, body, **kwargs):
    response = lrs.post("statements", body, **kwargs)
    assert response.status_code == 200, response.content
    return response.json()


def get_one(lrs, statement_id, **params):
    response = lrs.get("statements", {"statementId": statement_id, **params})
    assert response.status_code == 200, response.content
    return response.json()


# --- Part Three 2.1.3: X-Experience-API-Consistent-Through on every answer ----------------


CONSISTENT_CASES = [
    pytest.param("GET", {}, None, 200, id="GET many 200"),
    pytest.param("GET", {"statementId": str(uuid.uuid4())}, None, 404, id="GET one 404"),
    pytest.param("GET", {"limit": "ten"}, None, 400, id="GET 400"),
    pytest.param("POST", {}, {"actor": "x"}, 400, id="POST 400"),
    pytest.param("PUT", {}, {"actor": "x"}, 400, id="PUT 400"),
    pytest.param("DELETE", {}, None, 405, id="DELETE 405"),
]


@pytest.mark.parametrize(("method", "params", "body", "status"), CONSISTENT_CASES)
def test_consistent_through_is_on_every_statement_resource_answer(
    lrs, method, params, body, status
):
    response = lrs.request(method, "statements", params, body)
    assert response.status_code == status
    assert parse_timestamp(response["X-Experience-API-Consistent-Through"]) is not None


def test_consistent_through_is_on_a_401_of_the_statement_resource(lrs_as):
    response = lrs_as("nobody").get("statements")
    assert response.status_code == 401
    assert "X-Experience-API-Consistent-Through" in response


def test_consistent_through_is_on_a_stored_statement_answer(lrs, statement):
    response = lrs.post("statements", statement)
    assert parse_timestamp(response["X-Experience-API-Consistent-Through"]) is not None


def test_consistent_through_is_on_an_invalid_more_link(lrs):
    response = lrs.get("statements/more/not-a-token")
    assert response.status_code == 404
    assert "X-Experience-API-Consistent-Through" in response


def test_consistent_through_is_not_on_other_resources(lrs):
    assert "X-Experience-API-Consistent-Through" not in lrs.get("about")


# --- Part Two 2.4.6.2: a single context Activity is an array of one ----------------------


@pytest.mark.parametrize("kind", ["parent", "grouping", "category", "other"])
@pytest.mark.parametrize("fmt", ["exact", "ids", "canonical"])
def test_context_activities_single_object_is_returned_as_an_array_of_one(lrs, statement, kind, fmt):
    statement["context"] = {"contextActivities": {kind: {"id": ACTIVITY + "/" + kind}}}
    [statement_id] = post(lrs, statement)
    stored = get_one(lrs, statement_id, format=fmt)
    assert stored["context"]["contextActivities"][kind] == [{"id": ACTIVITY + "/" + kind}]
    listed = lrs.get("statements", {"format": fmt}).json()["statements"][0]
    assert listed["context"]["contextActivities"][kind] == [{"id": ACTIVITY + "/" + kind}]


def test_context_activities_single_object_in_a_substatement_is_an_array_of_one(lrs, statement):
    sub = {key: copy.deepcopy(statement[key]) for key in ("actor", "verb", "object")}
    sub["objectType"] = "SubStatement"
    sub["context"] = {"contextActivities": {"parent": {"id": ACTIVITY}}}
    statement["object"] = sub
    [statement_id] = post(lrs, statement)
    stored = get_one(lrs, statement_id)
    assert stored["object"]["context"]["contextActivities"]["parent"] == [{"id": ACTIVITY}]


def test_context_activities_single_object_and_its_array_are_the_same_statement(lrs, statement):
    statement_id = str(uuid.uuid4())
    single = {**statement, "context": {"contextActivities": {"parent": {"id": ACTIVITY}}}}
    listed = {**statement, "context": {"contextActivities": {"parent": [{"id": ACTIVITY}]}}}
    assert lrs.put("statements", single, {"statementId": statement_id}).status_code == 204
    assert lrs.put("statements", listed, {"statementId": statement_id}).status_code == 204
    assert Statement.objects.filter(statement_id=statement_id).count() == 1


def test_context_activities_stored_as_single_objects_migrate_to_arrays(lrs, statement):
    [statement_id] = post(lrs, statement)
    row = Statement.objects.get(statement_id=statement_id)
    # A statement stored before this rule, as received, with version 1.0.3.
    row.body = {
        **row.body,
        "version": "1.0.3",
        "context": {"contextActivities": {"grouping": {"id": ACTIVITY + "/g"}}},
    }
    row.save()
    Activity.objects.all().delete()
    migration.migrate_statements(apps, None)
    row.refresh_from_db()
    assert row.body["context"]["contextActivities"]["grouping"] == [{"id": ACTIVITY + "/g"}]
    assert row.version == "1.0.3"
    assert (
        Activity.objects.get(iri=statement["object"]["id"]).definition
        == (statement["object"]["definition"])
    )


# --- Part Two 2.4.9: a Group authority is only the OAuth three-legged pair ---------------

APPLICATION = {"objectType": "Agent", "account": {"homePage": "http://example.eu", "name": "app"}}
USER = {"objectType": "Agent", "mbox": "mailto:user@example.eu"}


def test_authority_group_of_the_application_and_a_user_is_accepted(lrs, statement):
    statement["authority"] = {"objectType": "Group", "member": [APPLICATION, USER]}
    post(lrs, statement)


@pytest.mark.parametrize(
    "authority",
    [
        pytest.param({"objectType": "Group", "member": [APPLICATION]}, id="one member"),
        pytest.param(
            {"objectType": "Group", "member": [APPLICATION, USER, {"mbox": "mailto:c@x.eu"}]},
            id="three members",
        ),
        pytest.param(
            {"objectType": "Group", "member": [USER, {"mbox": "mailto:c@example.eu"}]},
            id="no application account",
        ),
        pytest.param(
            {"objectType": "Group", "mbox": "mailto:g@example.eu", "member": [APPLICATION, USER]},
            id="identified group",
        ),
    ],
)
def test_authority_any_other_group_is_a_400(lrs, statement, authority):
    statement["authority"] = authority
    response = lrs.post("statements", statement)
    assert response.status_code == 400
    assert "authority" in response.json()["error"]
    assert not Statement.objects.exists()


# --- Communication 3.1 (concurrency): PUT over a document without a precondition ----------

PROFILES = {
    "activity-profile": ("activities/profile", {"activityId": ACTIVITY, "profileId": "p"}),
    "agent-profile": (
        "agents/profile",
        {"agent": {"mbox": "mailto:a@example.eu"}, "profileId": "p"},
    ),
}


@pytest.mark.parametrize("kind", PROFILES)
def test_concurrency_put_over_an_existing_profile_without_headers_is_a_409_that_explains(lrs, kind):
    resource, params = PROFILES[kind]
    assert lrs.put(resource, {"a": 1}, params).status_code == 204
    response = lrs.put(resource, {"a": 2}, params)
    assert response.status_code == 409
    assert "If-Match" in response.json()["error"] and "ETag" in response.json()["error"]
    assert lrs.get(resource, params).json() == {"a": 1}


@pytest.mark.parametrize("kind", PROFILES)
def test_concurrency_put_over_an_existing_profile_in_the_alternate_syntax_is_a_409(lrs, kind):
    resource, params = PROFILES[kind]
    assert lrs.put(resource, {"a": 1}, params).status_code == 204
    form = {
        **{k: json.dumps(v) if isinstance(v, dict) else v for k, v in params.items()},
        "Authorization": lrs.headers["Authorization"],
        "X-Experience-API-Version": "1.0.3",
        "Content-Type": "application/json",
        "content": json.dumps({"a": 2}),
    }
    response = lrs.django.post(
        f"/xapi/{resource}?method=PUT",
        urlencode(form),
        content_type="application/x-www-form-urlencoded",
    )
    assert response.status_code == 409
    assert lrs.get(resource, params).json() == {"a": 1}


# --- Part Three 2.1.3: format=ids and format=canonical inside SubStatements -------------


def _with_substatement(statement):
    sub = {key: copy.deepcopy(statement[key]) for key in ("actor", "verb", "object")}
    sub["objectType"] = "SubStatement"
    sub["object"]["definition"]["description"] = {"en-US": "One", "fr": "Un", "it-IT": "Uno"}
    sub["context"] = {"contextActivities": {"parent": [{"id": ACTIVITY, "definition": {}}]}}
    return {**statement, "verb": {"id": "http://example.eu/verbs/planned"}, "object": sub}


def test_format_ids_reduces_the_substatement_too(lrs, statement):
    [statement_id] = post(lrs, _with_substatement(statement))
    sub = get_one(lrs, statement_id, format="ids")["object"]
    assert sub["actor"] == {"objectType": "Agent", "mbox": "mailto:ana@example.eu"}
    assert sub["object"] == {"objectType": "Activity", "id": statement["object"]["id"]}
    assert sub["context"]["contextActivities"]["parent"] == [{"id": ACTIVITY}]


@pytest.mark.parametrize(
    ("accept", "expected"),
    [
        pytest.param("fr-CA", {"fr": "Un"}, id="region falls back to its language"),
        pytest.param("it", {"it-IT": "Uno"}, id="language matches a region of it"),
        pytest.param("en-US", {"en-US": "One"}, id="exact tag"),
        pytest.param("de, it;q=0.5, fr;q=0.8", {"fr": "Un"}, id="quality order"),
        pytest.param("ja", {"en-US": "One"}, id="no match keeps one entry"),
    ],
)
def test_format_canonical_picks_the_best_language_inside_the_substatement(
    lrs, statement, accept, expected
):
    [statement_id] = post(lrs, _with_substatement(statement))
    response = lrs.get(
        "statements",
        {"statementId": statement_id, "format": "canonical"},
        headers={"Accept-Language": accept},
    )
    assert response.json()["object"]["object"]["definition"]["description"] == expected


def test_format_canonical_prefers_the_exact_region_to_another_region(lrs, statement):
    statement["object"]["definition"]["name"] = {"en-US": "Color", "en-GB": "Colour"}
    [statement_id] = post(lrs, statement)
    response = lrs.get(
        "statements",
        {"statementId": statement_id, "format": "canonical"},
        headers={"Accept-Language": "en-GB"},
    )
    assert response.json()["object"]["definition"]["name"] == {"en-GB": "Colour"}


def test_format_canonical_uses_the_canonical_definition_of_the_activity(lrs, statement):
    first = copy.deepcopy(statement)
    first["object"]["definition"] = {"name": {"en-US": "Course one"}}
    [statement_id] = post(lrs, first)
    later = copy.deepcopy(statement)
    later["object"]["definition"] = {"name": {"it": "Corso uno"}}
    post(lrs, later)
    response = lrs.get(
        "statements",
        {"statementId": statement_id, "format": "canonical"},
        headers={"Accept-Language": "it"},
    )
    assert response.json()["object"]["definition"]["name"] == {"it": "Corso uno"}


# --- Part Two 2.4.10 and 4.6: versions 1.0 and 1.0.x, exact ISO 8601 durations ----------


@pytest.mark.parametrize("version", ["1.0", "1.0.0", "1.0.3", "1.0.9"])
def test_version_property_1_0_and_any_1_0_x_is_accepted(lrs, statement, version):
    [statement_id] = post(lrs, {**statement, "version": version})
    assert get_one(lrs, statement_id)["version"] == version


@pytest.mark.parametrize("version", ["1", "1.1.0", "1.0.x", "1.0.", "01.0.0"])
def test_version_property_other_than_1_0_x_is_a_400(lrs, statement, version):
    assert lrs.post("statements", {**statement, "version": version}).status_code == 400


@pytest.mark.parametrize(
    "duration",
    [
        pytest.param("P1W2D", id="weeks mixed with days"),
        pytest.param("P2WT1H", id="weeks mixed with hours"),
        pytest.param("P1.5DT2H", id="fraction before the smallest unit"),
        pytest.param("PT1.5H30M", id="fraction on hours before minutes"),
        pytest.param("PT", id="empty time part"),
        pytest.param("P1DT", id="time designator without time"),
        pytest.param("P", id="no component"),
        pytest.param("PT1H2H", id="a unit twice"),
        pytest.param("P1M2Y", id="units out of order"),
        pytest.param("PT-1S", id="negative"),
    ],
)
def test_duration_not_exactly_iso_8601_is_a_400(lrs, statement, duration):
    response = lrs.post("statements", {**statement, "result": {"duration": duration}})
    assert response.status_code == 400
    assert "duration" in response.json()["error"]


@pytest.mark.parametrize("duration", ["P3W", "PT0.5S", "P1Y2M3DT4H5M6.5S", "P0D", "PT1,5S"])
def test_duration_exactly_iso_8601_is_accepted(lrs, statement, duration):
    post(lrs, {**statement, "result": {"duration": duration}})


@pytest.mark.parametrize("interaction", [["choice"], {"type": "choice"}, 1, True])
def test_interaction_type_that_is_not_a_string_is_a_400(lrs, statement, interaction):
    statement["object"]["definition"]["interactionType"] = interaction
    response = lrs.post("statements", statement)
    assert response.status_code == 400
    assert "interactionType" in response.json()["error"]


# --- Part Two 2.6: JWS signatures verified with the signer's x5c certificate chain --------


def _b64url(data):
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def _certificate(subject, key, issuer=None, issuer_key=None):
    now = datetime.datetime.now(datetime.UTC)
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, subject)])
    issuer_name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, issuer or subject)])
    return (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(issuer_name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(days=1))
        .not_valid_after(now + datetime.timedelta(days=1))
        .sign(issuer_key or key, hashes.SHA256())
    )


@pytest.fixture(scope="module")
def signer():
    """A CA, a signer it certified, and an unrelated key (keys take a while to generate)."""
    ca_key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    other = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    ca = _certificate("DIG.INT test CA", ca_key)
    leaf = _certificate("DIG.INT test signer", key, "DIG.INT test CA", ca_key)
    return {"key": key, "other": other, "leaf": leaf, "ca": ca, "ca_key": ca_key}


def _der(certificate):
    return base64.b64encode(certificate.public_bytes(serialization.Encoding.DER)).decode()


def _signed_body(statement, key, chain, alg="RS256", corrupt=False):
    header = _b64url(json.dumps({"alg": alg, "x5c": chain}).encode())
    payload = _b64url(json.dumps(statement).encode())
    algorithm = {"RS256": hashes.SHA256(), "RS384": hashes.SHA384(), "RS512": hashes.SHA512()}
    signature = key.sign(f"{header}.{payload}".encode(), padding.PKCS1v15(), algorithm[alg])
    if corrupt:
        signature = bytes([signature[0] ^ 1]) + signature[1:]
    jws = f"{header}.{payload}.{_b64url(signature)}".encode()
    sha2 = hashlib.sha256(jws).hexdigest()
    document = {
        **statement,
        "attachments": [
            {
                "usageType": SIGNATURE,
                "display": {"en": "Signature"},
                "contentType": "application/octet-stream",
                "length": len(jws),
                "sha2": sha2,
            }
        ],
    }
    boundary = "xapi-boundary"
    return (
        (
            f"--{boundary}\r\nContent-Type: application/json\r\n\r\n{json.dumps(document)}\r\n"
            f"--{boundary}\r\nContent-Type: application/octet-stream\r\n"
            f"Content-Transfer-Encoding: binary\r\nX-Experience-API-Hash: {sha2}\r\n\r\n"
        ).encode()
        + jws
        + f"\r\n--{boundary}--\r\n".encode()
    )


def _post_signed(lrs, body):
    return lrs.post("statements", body, content_type='multipart/mixed; boundary="xapi-boundary"')


@pytest.mark.parametrize("alg", ["RS256", "RS384", "RS512"])
def test_signature_made_by_the_x5c_certificate_key_is_accepted(lrs, statement, signer, alg):
    body = _signed_body(statement, signer["key"], [_der(signer["leaf"]), _der(signer["ca"])], alg)
    assert _post_signed(lrs, body).status_code == 200


def test_signature_by_another_key_than_the_certificate_is_a_400(lrs, statement, signer):
    body = _signed_body(statement, signer["other"], [_der(signer["leaf"])])
    response = _post_signed(lrs, body)
    assert response.status_code == 400
    assert "certificate" in response.json()["error"]
    assert not Statement.objects.exists()


def test_signature_with_a_broken_certificate_chain_is_a_400(lrs, statement, signer):
    stranger = _certificate("Someone else", signer["other"])
    body = _signed_body(statement, signer["key"], [_der(signer["leaf"]), _der(stranger)])
    assert _post_signed(lrs, body).status_code == 400


def test_signature_with_a_malformed_x5c_is_a_400(lrs, statement, signer):
    body = _signed_body(statement, signer["key"], ["not a certificate"])
    assert _post_signed(lrs, body).status_code == 400


def test_signature_whose_bytes_were_altered_is_a_400(lrs, statement, signer):
    # A well-formed JWS of the same statement: only the cryptographic check can tell.
    body = _signed_body(statement, signer["key"], [_der(signer["leaf"])], corrupt=True)
    assert _post_signed(lrs, body).status_code == 400


# --- Part Three 2.5: the Activities resource returns the canonical definition -----------


def test_activities_definition_is_kept_per_activity_beyond_fifty_statements(lrs, statement):
    first = copy.deepcopy(statement)
    first["object"]["definition"] = {"name": {"en-US": "Course one"}, "moreInfo": "http://x.eu"}
    post(lrs, first)
    bare = copy.deepcopy(statement)
    del bare["object"]["definition"]
    post(lrs, [copy.deepcopy(bare) for _ in range(60)])
    later = copy.deepcopy(statement)
    later["object"]["definition"] = {"name": {"it": "Corso uno"}}
    post(lrs, later)
    activity = lrs.get("activities", {"activityId": statement["object"]["id"]}).json()
    assert activity["definition"] == {
        "name": {"en-US": "Course one", "it": "Corso uno"},
        "moreInfo": "http://x.eu",
    }


def test_activities_definition_merges_context_and_substatement_activities(lrs, statement):
    statement["context"] = {
        "contextActivities": {"parent": [{"id": ACTIVITY, "definition": {"name": {"en": "A"}}}]}
    }
    post(lrs, statement)
    activity = lrs.get("activities", {"activityId": ACTIVITY}).json()
    assert activity == {
        "objectType": "Activity",
        "id": ACTIVITY,
        "definition": {"name": {"en": "A"}},
    }


def test_activities_definition_is_read_in_one_query(lrs, statement, django_assert_num_queries):
    post(lrs, statement)
    # Authentication, then the canonical definition.
    with django_assert_num_queries(2):
        lrs.get("activities", {"activityId": statement["object"]["id"]})


def test_activities_known_definitions_cost_no_query_when_stored_again(
    statement, django_assert_num_queries
):
    from django.core.cache import cache

    from learning.xapi import activities
    from learning.xapi.keys import activity_key

    definition = statement["object"]["definition"]
    cache.set(f"xapi-activity:{activity_key(statement['object']['id'])}", definition)
    with django_assert_num_queries(0):
        activities.remember([statement], timezone.now())
    changed = copy.deepcopy(statement)
    changed["object"]["definition"]["name"]["fr"] = "Cours un"
    with django_assert_num_queries(2):
        activities.remember([changed], timezone.now())
    assert Activity.objects.get(iri=statement["object"]["id"]).definition["name"]["fr"] == (
        "Cours un"
    )


def test_statements_page_is_read_in_two_queries(lrs, statement, django_assert_num_queries):
    post(lrs, [copy.deepcopy(statement) for _ in range(5)])
    # Authentication, then the page; the bodies are sent as stored.
    with django_assert_num_queries(2):
        response = lrs.get("statements", {"limit": 3})
    assert len(response.json()["statements"]) == 3 and response.json()["more"]


def test_statement_ids_the_lrs_assigns_are_version_4_uuids_that_grow_with_time(lrs, statement):
    # Part Two 2.4.1: the LRS sets an RFC 4122 UUID; time-ordered, its unique index grows at
    # its end (bench/README.md).
    first = post(lrs, copy.deepcopy(statement))[0]
    time.sleep(0.002)
    second = post(lrs, copy.deepcopy(statement))[0]
    for statement_id in (first, second):
        assert uuid.UUID(statement_id).version == 4
        assert uuid.UUID(statement_id).variant == uuid.RFC_4122
    assert first.replace("-", "")[:12] < second.replace("-", "")[:12]
