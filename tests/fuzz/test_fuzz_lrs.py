"""Generated and mutated requests against every /xapi/ resource: never a 5xx, and a refused
write stores nothing."""

import base64
from urllib.parse import urlencode

import pytest
from hypothesis import given
from hypothesis import strategies as st

from learning.xapi.models import Document, LRSClient, Statement
from tests.fuzz.strategies import (
    BATCH,
    CONTENT_TYPE,
    DOCUMENT_PARAMS,
    JSON_VALUE,
    PARAM_VALUE,
    RAW_BODY,
    STATEMENT,
    STATEMENT_PARAMS,
    UUID,
    VERSION,
    params,
    to_json,
)

pytestmark = pytest.mark.django_db

RESOURCES = [
    "statements",
    "activities/state",
    "activities/profile",
    "activities",
    "agents/profile",
    "agents",
    "about",
]


@pytest.fixture
def lrs(fuzz_client, empty_learning_records):
    client = LRSClient(name="fuzz", key="fuzz", scopes="all")
    client.set_secret("fuzz-secret-0123456789")
    client.save()
    token = base64.b64encode(b"fuzz:fuzz-secret-0123456789").decode()
    fuzz_client.defaults.update(
        HTTP_AUTHORIZATION=f"Basic {token}", HTTP_X_EXPERIENCE_API_VERSION="1.0.3"
    )
    return fuzz_client


def _post(lrs, body, content_type="application/json"):
    return lrs.generic("POST", "/xapi/statements", body, content_type=content_type)


@given(batch=BATCH)
def test_statement_batches(lrs, batch):
    before = Statement.objects.count()
    response = _post(lrs, to_json(batch))
    stored = Statement.objects.count() - before
    if response.status_code == 200:
        assert stored <= len(batch)
    else:
        assert stored == 0, "a refused batch stored statements"


@given(statement=STATEMENT, statement_id=UUID)
def test_statement_put(lrs, statement, statement_id):
    before = Statement.objects.count()
    response = lrs.put(
        f"/xapi/statements?statementId={statement_id}",
        to_json(statement),
        content_type="application/json",
    )
    if response.status_code != 204:
        assert Statement.objects.count() == before


@given(body=RAW_BODY, content_type=CONTENT_TYPE)
def test_raw_statement_bodies(lrs, body, content_type):
    before = Statement.objects.count()
    response = _post(lrs, body, content_type=content_type)
    if response.status_code != 200:
        assert Statement.objects.count() == before


@given(query=params(STATEMENT_PARAMS))
def test_statement_queries(lrs, query):
    lrs.get("/xapi/statements", query)


@given(
    resource=st.sampled_from(RESOURCES),
    method=st.sampled_from(["GET", "PUT", "POST", "DELETE", "HEAD", "OPTIONS", "PATCH"]),
    query=params(DOCUMENT_PARAMS + STATEMENT_PARAMS),
    body=st.one_of(RAW_BODY, JSON_VALUE.map(lambda value: to_json(value).encode())),
    content_type=CONTENT_TYPE,
    version=VERSION,
    authorization=st.one_of(
        st.none(),
        st.sampled_from(["Basic", "Basic !!!", "Bearer x", "Basic " + "A" * 30]),
    ),
    if_match=st.one_of(st.none(), PARAM_VALUE.filter(lambda v: not {"\n", "\r", "\x00"} & set(v))),
)
def test_every_resource_with_any_method_headers_and_body(
    lrs, resource, method, query, body, content_type, version, authorization, if_match
):
    headers = {"HTTP_X_EXPERIENCE_API_VERSION": version}
    if authorization is not None:
        headers["HTTP_AUTHORIZATION"] = authorization
    if if_match is not None:
        headers["HTTP_IF_MATCH"] = if_match
    documents_before = Document.objects.count()
    statements_before = Statement.objects.count()
    response = lrs.generic(
        method,
        f"/xapi/{resource}",
        body,
        content_type=content_type,
        QUERY_STRING=urlencode(query),
        **headers,
    )
    if response.status_code >= 300:  # refused: nothing added
        assert Document.objects.count() <= documents_before
        assert Statement.objects.count() == statements_before


@given(
    kind=st.sampled_from(["activities/state", "activities/profile", "agents/profile"]),
    first=JSON_VALUE,
    second=st.one_of(JSON_VALUE.map(to_json), RAW_BODY.map(lambda b: b.decode("latin-1"))),
)
def test_document_merges(lrs, kind, first, second):
    query = {
        "activityId": "http://example.eu/a",
        "agent": '{"mbox": "mailto:ana@example.eu"}',
        "stateId": "s",
        "profileId": "p",
    }
    wanted = {"activities/state": ["activityId", "agent", "stateId"]}.get(
        kind,
        ["activityId", "profileId"] if kind == "activities/profile" else ["agent", "profileId"],
    )
    query = {name: query[name] for name in wanted}
    path = f"/xapi/{kind}?" + urlencode(query)
    lrs.delete(path)
    lrs.post(path, to_json(first), content_type="application/json")
    lrs.post(path, second, content_type="application/json")
    lrs.get(path)
