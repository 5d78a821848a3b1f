"""What every LRS resource does (xAPI 1.0.3 Part Three 1.x and 3.x): versions, auth and scopes,
CORS, HEAD, the alternate request syntax, body limits, attachments, About."""

import base64
import hashlib
import json
import uuid
from urllib.parse import urlencode

from django.core.management import call_command
from django.test import override_settings

import pytest

from learning.xapi.models import Attachment, LRSClient, Statement


def credentials(key, secret=None):
    token = base64.b64encode(f"{key}:{secret or key + '-secret'}".encode()).decode()
    return f"Basic {token}"


pytestmark = pytest.mark.django_db

RESOURCES = [
    ("statements", {}),
    (
        "activities/state",
        {"activityId": "http://example.eu/a", "agent": json.dumps({"mbox": "mailto:a@example.eu"})},
    ),
    ("activities/profile", {"activityId": "http://example.eu/a"}),
    ("agents/profile", {"agent": json.dumps({"mbox": "mailto:a@example.eu"})}),
    ("agents", {"agent": json.dumps({"mbox": "mailto:a@example.eu"})}),
    ("activities", {"activityId": "http://example.eu/a"}),
]
RESOURCE_IDS = [name for name, _params in RESOURCES]


def url(resource, params):
    return f"/xapi/{resource}" + ("?" + urlencode(params) if params else "")


# --- Version header ---------------------------------------------------------------------


@pytest.mark.parametrize(("resource", "params"), RESOURCES, ids=RESOURCE_IDS)
def test_version_header_is_on_every_response(lrs, resource, params):
    response = lrs.django.get(url(resource, params), headers=lrs.headers)
    assert response["X-Experience-API-Version"] == "1.0.3"


@pytest.mark.parametrize(("resource", "params"), RESOURCES, ids=RESOURCE_IDS)
def test_version_header_missing_is_a_400(lrs, resource, params):
    headers = {"Authorization": lrs.headers["Authorization"]}
    response = lrs.django.get(url(resource, params), headers=headers)
    assert response.status_code == 400
    assert "X-Experience-API-Version" in response.json()["error"]


@pytest.mark.parametrize("version", ["0.95", "3.0.0", "2.1.0", "1.1.0", "abc", "1.0.3.1"])
@pytest.mark.parametrize(("resource", "params"), RESOURCES, ids=RESOURCE_IDS)
def test_version_header_wrong_is_a_400(lrs, resource, params, version):
    headers = {**lrs.headers, "X-Experience-API-Version": version}
    assert lrs.django.get(url(resource, params), headers=headers).status_code == 400


@pytest.mark.parametrize("version", ["1.0", "1.0.0", "1.0.1", "1.0.2", "1.0.3", "1.0.9"])
def test_version_header_any_1_0_x_is_accepted(lrs, version):
    headers = {**lrs.headers, "X-Experience-API-Version": version}
    assert lrs.django.get("/xapi/statements", headers=headers).status_code == 200


def test_about_lists_versions_without_credentials(client, db):
    response = client.get("/xapi/about")
    assert response.status_code == 200
    assert "1.0.3" in response.json()["version"]
    assert response["X-Experience-API-Version"] == "1.0.3"


# --- Authentication and scopes ----------------------------------------------------------


@pytest.mark.parametrize(("resource", "params"), RESOURCES, ids=RESOURCE_IDS)
def test_auth_missing_credentials_is_a_401_with_a_challenge(lrs, resource, params):
    headers = {"X-Experience-API-Version": "1.0.3"}
    response = lrs.django.get(url(resource, params), headers=headers)
    assert response.status_code == 401
    assert response["WWW-Authenticate"].startswith("Basic")


@pytest.mark.parametrize(
    "authorization",
    [
        pytest.param(credentials("full", "wrong"), id="3-4 wrong secret"),
        pytest.param(credentials("nobody"), id="3-4 unknown key"),
        pytest.param("Basic !!!", id="3-4 malformed base64"),
        pytest.param("Bearer abc", id="3-4 not basic"),
        pytest.param("Basic " + base64.b64encode(b"\xff\xfe").decode(), id="3-4 not utf-8"),
    ],
)
def test_auth_wrong_credentials_are_a_401(lrs, authorization):
    headers = {**lrs.headers, "Authorization": authorization}
    response = lrs.django.get("/xapi/statements", headers=headers)
    assert response.status_code == 401
    assert response.json()["error"]


def test_auth_inactive_client_is_a_401(lrs, clients):
    LRSClient.objects.filter(key="full").update(is_active=False)
    assert lrs.get("statements").status_code == 401


SCOPE_CASES = [
    ("writer", "POST", "statements", 200),
    ("writer", "GET", "statements", 403),
    ("reader", "POST", "statements", 403),
    ("reader", "GET", "statements", 200),
    ("mine", "GET", "statements", 200),
    ("stater", "POST", "statements", 403),
    ("stater", "GET", "statements", 403),
    ("profiler", "GET", "statements", 403),
    ("writer", "PUT", "activities/state", 403),
    ("stater", "PUT", "activities/state", 204),
    ("reader", "GET", "activities/state", 404),
    ("reader", "PUT", "activities/state", 403),
    ("profiler", "PUT", "activities/state", 403),
    ("profiler", "PUT", "activities/profile", 204),
    ("profiler", "PUT", "agents/profile", 204),
    ("stater", "PUT", "agents/profile", 403),
    ("writer", "PUT", "activities/profile", 403),
    ("reader", "GET", "agents/profile", 404),
    ("writer", "GET", "agents", 403),
    ("reader", "GET", "agents", 200),
    ("writer", "GET", "activities", 403),
]


@pytest.mark.parametrize(
    ("key", "method", "resource", "status"),
    SCOPE_CASES,
    ids=[f"3-4 {key} {method} {res}" for key, method, res, _s in SCOPE_CASES],
)
def test_scopes_allow_only_what_they_name(
    clients, lrs_as, statement, key, method, resource, status
):
    lrs = lrs_as(key)
    agent = {"mbox": "mailto:ana@example.eu"}
    params = {
        "statements": {},
        "activities/state": {"activityId": "http://example.eu/a", "agent": agent, "stateId": "s"},
        "activities/profile": {"activityId": "http://example.eu/a", "profileId": "p"},
        "agents/profile": {"agent": agent, "profileId": "p"},
        "agents": {"agent": agent},
        "activities": {"activityId": statement["object"]["id"]},
    }[resource]
    lrs_as("full").post("statements", statement)
    body = statement if resource == "statements" else {"x": 1}
    if method == "GET":
        response = lrs.get(resource, params)
    else:
        response = lrs.request(method, resource, params, body)
    assert response.status_code == status, response.content


def test_scope_read_mine_sees_only_its_own_statements(clients, lrs_as, statement):
    mine = lrs_as("mine")
    own = mine.post("statements", statement).json()[0]
    other = lrs_as("full").post("statements", statement).json()[0]
    found = [item["id"] for item in mine.get("statements").json()["statements"]]
    assert found == [own]
    assert mine.get("statements", {"statementId": other}).status_code == 404


def test_scope_read_mine_cannot_use_another_clients_more_link(clients, lrs_as, statement):
    mine = lrs_as("mine")
    mine.post("statements", [statement, statement])
    more = mine.get("statements", {"limit": "1"}).json()["more"]
    other = LRSClient(name="other", key="other", scopes="statements/read/mine")
    other.set_secret("other-secret")
    other.save()
    other = lrs_as("other")
    assert other.django.get(more, headers=other.headers).status_code == 403


def test_create_lrs_client_command_prints_working_credentials(db, capsys, statement):
    call_command(
        "create_lrs_client",
        "Moodle",
        "--key",
        "moodle",
        "--scope",
        "statements/write",
        "--scope",
        "all/read",
    )
    output = capsys.readouterr().out
    secret = output.split("secret: ")[1].split()[0]
    client = LRSClient.objects.get(key="moodle")
    assert client.check_secret(secret) and client.scope_set == {"statements/write", "all/read"}
    assert secret not in client.secret_digest


def test_create_lrs_client_command_refuses_a_taken_key(db):
    call_command("create_lrs_client", "A", "--key", "taken")
    with pytest.raises(Exception, match="exists"):
        call_command("create_lrs_client", "B", "--key", "taken")


# --- CORS, HEAD, methods ----------------------------------------------------------------


@pytest.mark.parametrize(("resource", "params"), RESOURCES, ids=RESOURCE_IDS)
def test_cors_preflight_answers_without_credentials(client, db, resource, params):
    response = client.options(url(resource, params), headers={"Origin": "http://lms.example.eu"})
    assert response.status_code == 200
    assert response["Access-Control-Allow-Origin"] == "*"
    assert "X-Experience-API-Version" in response["Access-Control-Allow-Headers"]
    assert "Authorization" in response["Access-Control-Allow-Headers"]


def test_cors_headers_on_answers_expose_consistent_through(lrs):
    response = lrs.get("statements")
    assert "X-Experience-API-Consistent-Through" in response["Access-Control-Expose-Headers"]


@pytest.mark.parametrize(("resource", "params"), RESOURCES, ids=RESOURCE_IDS)
def test_head_answers_like_get_without_a_body(lrs, statement, resource, params):
    lrs.post("statements", statement)
    get = lrs.django.get(url(resource, params), headers=lrs.headers)
    head = lrs.django.head(url(resource, params), headers=lrs.headers)
    assert head.status_code == get.status_code
    assert head.content == b""


@pytest.mark.parametrize("method", ["PATCH"])
def test_unknown_method_is_a_405(lrs, method):
    assert lrs.request(method, "statements").status_code == 405


def test_delete_on_statements_is_a_405(lrs):
    assert lrs.delete("statements").status_code == 405


# --- Body size --------------------------------------------------------------------------


@override_settings(LEARNING_XAPI_MAX_BODY_BYTES=1000)
def test_oversized_body_is_a_413_and_stores_nothing(lrs, statement):
    batch = [statement] * 20
    response = lrs.post("statements", batch)
    assert response.status_code == 413
    assert response.json()["error"]
    assert not Statement.objects.exists()


# --- Alternate request syntax ----------------------------------------------------------


def alternate(lrs, method, params, content=None, **headers):
    form = {
        "Authorization": lrs.headers["Authorization"],
        "X-Experience-API-Version": "1.0.3",
        **params,
        **headers,
    }
    if content is not None:
        form["content"] = json.dumps(content)
        form.setdefault("Content-Type", "application/json")
    return lrs.django.post(
        f"/xapi/statements?method={method}",
        urlencode(form),
        content_type="application/x-www-form-urlencoded",
    )


def test_alternate_syntax_put(lrs, statement):
    statement_id = str(uuid.uuid4())
    response = alternate(lrs, "PUT", {"statementId": statement_id}, statement)
    assert response.status_code == 204
    assert Statement.objects.filter(statement_id=statement_id).exists()


def test_alternate_syntax_get_with_query_parameters(lrs, statement):
    statement_id = lrs.post("statements", statement).json()[0]
    response = alternate(lrs, "GET", {"statementId": statement_id})
    assert response.status_code == 200 and response.json()["id"] == statement_id


def test_alternate_syntax_without_auth_in_the_form_is_a_401(lrs):
    response = lrs.django.post(
        "/xapi/statements?method=GET",
        urlencode({"X-Experience-API-Version": "1.0.3"}),
        content_type="application/x-www-form-urlencoded",
    )
    assert response.status_code == 401


def test_alternate_syntax_with_other_url_parameters_is_a_400(lrs):
    response = lrs.django.post(
        "/xapi/statements?method=GET&limit=1",
        urlencode(
            {"Authorization": lrs.headers["Authorization"], "X-Experience-API-Version": "1.0.3"}
        ),
        content_type="application/x-www-form-urlencoded",
    )
    assert response.status_code == 400


def test_alternate_syntax_needs_a_form_body(lrs):
    response = lrs.django.post(
        "/xapi/statements?method=GET", "{}", content_type="application/json", headers=lrs.headers
    )
    assert response.status_code == 400


def test_alternate_syntax_only_with_post(lrs):
    assert lrs.get("statements", {"method": "GET"}).status_code == 400


def test_alternate_syntax_unknown_method_is_a_400(lrs):
    assert alternate(lrs, "TRACE", {}).status_code == 400


# --- Attachments ------------------------------------------------------------------------


def multipart(statement_json, parts, boundary="xapi-boundary"):
    lines = [f"--{boundary}", "Content-Type: application/json", "", statement_json]
    body = "\r\n".join(lines).encode() + b"\r\n"
    for content_type, content, sha2 in parts:
        body += (
            (
                f"--{boundary}\r\nContent-Type: {content_type}\r\n"
                f"Content-Transfer-Encoding: binary\r\nX-Experience-API-Hash: {sha2}\r\n\r\n"
            ).encode()
            + content
            + b"\r\n"
        )
    return body + f"--{boundary}--\r\n".encode()


CERTIFICATE = b"%PDF-1.4 certificate of completion \x00\x01\x02"
SHA2 = hashlib.sha256(CERTIFICATE).hexdigest()


def with_attachment(statement, sha2=SHA2):
    return {
        **statement,
        "attachments": [
            {
                "usageType": "http://id.tincanapi.com/attachment/certificate-of-completion",
                "display": {"en": "Certificate"},
                "contentType": "application/pdf",
                "length": len(CERTIFICATE),
                "sha2": sha2,
            }
        ],
    }


def post_multipart(lrs, body):
    return lrs.django.post(
        "/xapi/statements",
        body,
        content_type='multipart/mixed; boundary="xapi-boundary"',
        headers=lrs.headers,
    )


def test_attachment_is_stored_and_returned_with_attachments_true(lrs, statement):
    body = multipart(
        json.dumps(with_attachment(statement)), [("application/pdf", CERTIFICATE, SHA2)]
    )
    response = post_multipart(lrs, body)
    assert response.status_code == 200, response.content
    statement_id = response.json()[0]
    assert bytes(Attachment.objects.get(sha2=SHA2).content) == CERTIFICATE
    answer = lrs.get("statements", {"statementId": statement_id, "attachments": "true"})
    assert answer["Content-Type"].startswith("multipart/mixed")
    assert CERTIFICATE in answer.content
    assert f"X-Experience-API-Hash: {SHA2}".encode() in answer.content


def test_attachment_with_a_wrong_hash_is_a_400(lrs, statement):
    wrong = hashlib.sha256(b"other").hexdigest()
    body = multipart(
        json.dumps(with_attachment(statement, sha2=wrong)),
        [("application/pdf", CERTIFICATE, wrong)],
    )
    assert post_multipart(lrs, body).status_code == 400
    assert not Statement.objects.exists()


def test_attachment_part_missing_is_a_400(lrs, statement):
    body = multipart(json.dumps(with_attachment(statement)), [])
    assert post_multipart(lrs, body).status_code == 400


def test_attachment_part_not_named_by_a_statement_is_a_400(lrs, statement):
    body = multipart(json.dumps(statement), [("application/pdf", CERTIFICATE, SHA2)])
    assert post_multipart(lrs, body).status_code == 400


def test_attachment_multipart_without_boundary_is_a_400(lrs, statement):
    response = lrs.django.post(
        "/xapi/statements", b"x", content_type="multipart/mixed", headers=lrs.headers
    )
    assert response.status_code == 400


def test_attachment_multipart_not_closed_is_a_400(lrs, statement):
    body = multipart(json.dumps(statement), [])[:-20]
    assert post_multipart(lrs, body).status_code == 400


def test_attachment_first_part_must_be_json(lrs, statement):
    body = multipart(json.dumps(statement), []).replace(b"application/json", b"text/plain")
    assert post_multipart(lrs, body).status_code == 400


def test_attachment_put_multipart(lrs, statement):
    statement_id = str(uuid.uuid4())
    body = multipart(
        json.dumps(with_attachment(statement)), [("application/pdf", CERTIFICATE, SHA2)]
    )
    response = lrs.django.put(
        f"/xapi/statements?statementId={statement_id}",
        body,
        content_type='multipart/mixed; boundary="xapi-boundary"',
        headers=lrs.headers,
    )
    assert response.status_code == 204


def b64url(data):
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def signed(statement, payload=None, alg="RS256"):
    header = b64url(json.dumps({"alg": alg}).encode())
    body = b64url(json.dumps(payload if payload is not None else statement).encode())
    jws = f"{header}.{body}.{b64url(b'signature-bytes')}".encode()
    sha2 = hashlib.sha256(jws).hexdigest()
    document = {
        **statement,
        "attachments": [
            {
                "usageType": "http://adlnet.gov/expapi/attachments/signature",
                "display": {"en": "Signature"},
                "contentType": "application/octet-stream",
                "length": len(jws),
                "sha2": sha2,
            }
        ],
    }
    return multipart(json.dumps(document), [("application/octet-stream", jws, sha2)])


def test_signed_statement_is_accepted(lrs, statement):
    assert post_multipart(lrs, signed(statement)).status_code == 200


def test_signed_statement_whose_payload_differs_is_a_400(lrs, statement):
    other = {**statement, "verb": {"id": "http://example.eu/verbs/forged"}}
    assert post_multipart(lrs, signed(statement, payload=other)).status_code == 400


def test_signed_statement_with_an_unknown_algorithm_is_a_400(lrs, statement):
    assert post_multipart(lrs, signed(statement, alg="none")).status_code == 400


def test_signed_statement_that_is_not_a_jws_is_a_400(lrs, statement):
    jws = b"not a jws"
    sha2 = hashlib.sha256(jws).hexdigest()
    document = {
        **statement,
        "attachments": [
            {
                "usageType": "http://adlnet.gov/expapi/attachments/signature",
                "display": {"en": "Signature"},
                "contentType": "application/octet-stream",
                "length": len(jws),
                "sha2": sha2,
            }
        ],
    }
    body = multipart(json.dumps(document), [("application/octet-stream", jws, sha2)])
    assert post_multipart(lrs, body).status_code == 400


# --- Messages in the client's language --------------------------------------------------


def test_errors_speak_the_clients_language(lrs):
    response = lrs.get("statements", {"limit": "ten"}, headers={"Accept-Language": "it"})
    assert response.status_code == 400
    english = lrs.get("statements", {"limit": "ten"}).json()["error"]
    assert response.json()["error"] != english
