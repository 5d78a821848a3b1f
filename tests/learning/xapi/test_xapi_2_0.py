"""xAPI 2.0 (IEEE 9274.1.1-2023) beside 1.0.3: each test names the requirement it checks.

Version negotiation per request, statements stored once and read in the client's version,
contextAgents and contextGroups, time zones on timestamps, Last-Modified on documents, the
platform's own version and forwarding in the version each external LRS declares.
"""

import copy
import uuid

from django.core.exceptions import ImproperlyConfigured
from django.test import override_settings
from django.utils import timezone

import pytest

from learning.xapi import forwarding
from learning.xapi.models import ExternalLRS, OutboxEntry, Statement
from learning.xapi.services import store_statements
from learning.xapi.statements import build_statement, platform_version

pytestmark = pytest.mark.django_db

V2 = {"X-Experience-API-Version": "2.0.0"}
ACTIVITY = "http://example.eu/activities/a"
ROLE = "http://example.eu/roles/tutor"
CONTEXT_AGENT = {
    "objectType": "contextAgent",
    "agent": {"objectType": "Agent", "mbox": "mailto:tutor@example.eu"},
    "relevantTypes": [ROLE],
}
CONTEXT_GROUP = {
    "objectType": "contextGroup",
    "group": {"objectType": "Group", "member": [{"mbox": "mailto:peer@example.eu"}]},
    "relevantTypes": ["http://example.eu/roles/class"],
}


def post(lrs, body, headers=V2):
    response = lrs.post("statements", body, headers=headers)
    assert response.status_code == 200, response.content
    return response.json()


def with_context_agents(statement):
    return {
        **statement,
        "context": {"contextAgents": [CONTEXT_AGENT], "contextGroups": [CONTEXT_GROUP]},
    }


# --- 4.1.3 Version negotiation --------------------------------------------------------


@pytest.mark.parametrize(
    ("header", "answered"),
    [
        ("2.0.0", "2.0.0"),
        ("2.0", "2.0.0"),
        ("2.0.1", "2.0.0"),
        ("1.0.3", "1.0.3"),
        ("1.0", "1.0.3"),
    ],
)
def test_version_negotiation_answers_in_the_version_asked_for(lrs, header, answered):
    response = lrs.get("statements", headers={"X-Experience-API-Version": header})
    assert response.status_code == 200
    assert response["X-Experience-API-Version"] == answered


def test_version_negotiation_errors_answer_in_the_version_asked_for(lrs):
    response = lrs.get("statements", {"limit": "x"}, headers=V2)
    assert response.status_code == 400
    assert response["X-Experience-API-Version"] == "2.0.0"


@pytest.mark.parametrize("header", ["3.0.0", "2.1.0", "2", "2.0.0.1"])
def test_version_negotiation_unknown_version_is_a_400(lrs, header):
    response = lrs.get("statements", headers={"X-Experience-API-Version": header})
    assert response.status_code == 400
    assert header in response.json()["error"]


def test_about_lists_both_versions(client):
    versions = client.get("/xapi/about").json()["version"]
    assert "1.0.3" in versions and "2.0.0" in versions


def test_about_answers_in_the_version_asked_for(client):
    assert client.get("/xapi/about", headers=V2)["X-Experience-API-Version"] == "2.0.0"


# --- Statements stored once, read in the client's version ------------------------------


def test_statement_stored_in_2_0_without_version_gets_2_0_0(lrs, statement):
    [statement_id] = post(lrs, statement)
    stored = lrs.get("statements", {"statementId": statement_id}, headers=V2).json()
    assert stored["version"] == "2.0.0"
    assert Statement.objects.get(statement_id=statement_id).version == "2.0.0"


def test_statement_stored_in_1_0_3_without_version_gets_1_0_0(lrs, statement):
    [statement_id] = post(lrs, statement, headers=None)
    assert lrs.get("statements", {"statementId": statement_id}).json()["version"] == "1.0.0"


def test_statement_version_2_0_0_is_accepted_in_2_0_and_a_400_in_1_0_3(lrs, statement):
    assert lrs.post("statements", {**statement, "version": "2.0.0"}).status_code == 400
    post(lrs, {**statement, "version": "2.0.0"})


def test_statement_1_0_x_is_accepted_in_2_0_and_keeps_its_version(lrs, statement):
    [statement_id] = post(lrs, {**statement, "version": "1.0.3"})
    stored = lrs.get("statements", {"statementId": statement_id}, headers=V2).json()
    assert stored["version"] == "1.0.3"


def test_statement_2_0_is_read_by_a_1_0_3_client_without_2_0_properties(lrs, statement):
    [statement_id] = post(lrs, with_context_agents(statement))
    one = lrs.get("statements", {"statementId": statement_id}).json()
    listed = lrs.get("statements").json()["statements"][0]
    for read in (one, listed):
        assert "contextAgents" not in read["context"]
        assert "contextGroups" not in read["context"]
        assert read["version"] == "1.0.3"
    again = lrs.get("statements", headers=V2).json()["statements"][0]
    assert again["context"]["contextAgents"] == [CONTEXT_AGENT]
    assert again["version"] == "2.0.0"


def test_statement_2_0_in_a_substatement_is_read_by_a_1_0_3_client_without_2_0_context(
    lrs, statement
):
    sub = {key: copy.deepcopy(statement[key]) for key in ("actor", "verb", "object")}
    sub.update(objectType="SubStatement", context={"contextAgents": [CONTEXT_AGENT]})
    [statement_id] = post(lrs, {**statement, "object": sub})
    read = lrs.get("statements", {"statementId": statement_id}).json()
    assert read["object"]["context"] == {}


# --- 9274.1.1 Context: contextAgents and contextGroups ----------------------------------


def test_context_agents_and_groups_are_stored_and_returned_in_2_0(lrs, statement):
    [statement_id] = post(lrs, with_context_agents(statement))
    stored = lrs.get("statements", {"statementId": statement_id}, headers=V2).json()
    assert stored["context"]["contextAgents"] == [CONTEXT_AGENT]
    assert stored["context"]["contextGroups"] == [CONTEXT_GROUP]


def test_context_agents_are_a_400_in_1_0_3(lrs, statement):
    response = lrs.post("statements", with_context_agents(statement))
    assert response.status_code == 400
    assert "contextAgents" in response.json()["error"]


def test_context_agents_count_as_related_agents(lrs, statement):
    post(lrs, with_context_agents(statement))
    agent = CONTEXT_AGENT["agent"]
    related = lrs.get("statements", {"agent": agent, "related_agents": "true"}, headers=V2)
    assert len(related.json()["statements"]) == 1
    assert lrs.get("statements", {"agent": agent}, headers=V2).json()["statements"] == []


INVALID_CONTEXT = [
    ("contextAgents not a list", "contextAgents", CONTEXT_AGENT),
    ("contextAgent needs objectType", "contextAgents", [{"agent": CONTEXT_AGENT["agent"]}]),
    ("contextAgent objectType", "contextAgents", [{**CONTEXT_AGENT, "objectType": "Agent"}]),
    ("contextAgent needs agent", "contextAgents", [{"objectType": "contextAgent"}]),
    (
        "contextAgent agent is an Agent",
        "contextAgents",
        [{**CONTEXT_AGENT, "agent": CONTEXT_GROUP["group"]}],
    ),
    ("relevantTypes not empty", "contextAgents", [{**CONTEXT_AGENT, "relevantTypes": []}]),
    ("relevantTypes are IRIs", "contextAgents", [{**CONTEXT_AGENT, "relevantTypes": ["tutor"]}]),
    ("relevantTypes is a list", "contextAgents", [{**CONTEXT_AGENT, "relevantTypes": ROLE}]),
    ("contextAgent unknown property", "contextAgents", [{**CONTEXT_AGENT, "role": "tutor"}]),
    ("contextGroup objectType", "contextGroups", [{**CONTEXT_GROUP, "objectType": "Group"}]),
    ("contextGroup needs group", "contextGroups", [{"objectType": "contextGroup"}]),
    (
        "contextGroup group is a Group",
        "contextGroups",
        [{**CONTEXT_GROUP, "group": CONTEXT_AGENT["agent"]}],
    ),
]


@pytest.mark.parametrize(
    ("key", "value"), [pytest.param(key, value, id=name) for name, key, value in INVALID_CONTEXT]
)
def test_context_agents_and_groups_invalid_is_a_400_and_stores_nothing(lrs, statement, key, value):
    response = lrs.post("statements", {**statement, "context": {key: value}}, headers=V2)
    assert response.status_code == 400
    assert key in response.json()["error"]
    assert not Statement.objects.exists()


# --- Timestamps: RFC 3339 with a time zone in 2.0 ----------------------------------------


@pytest.mark.parametrize(
    "timestamp",
    [
        "2024-01-01T10:00:00",
        "2024-01-01T10:00:00.123",
        "2024-01-01T10:00:00+0200",
        "2024-01-01T10:00:00+02",
    ],
)
def test_timestamp_without_an_rfc_3339_time_zone_is_a_400_in_2_0(lrs, statement, timestamp):
    response = lrs.post("statements", {**statement, "timestamp": timestamp}, headers=V2)
    assert response.status_code == 400
    assert "timestamp" in response.json()["error"]
    assert lrs.post("statements", {**statement, "timestamp": timestamp}).status_code == 200


@pytest.mark.parametrize("timestamp", ["2024-01-01T10:00:00Z", "2024-01-01T10:00:00.5+02:00"])
def test_timestamp_with_its_time_zone_is_accepted_in_2_0(lrs, statement, timestamp):
    post(lrs, {**statement, "timestamp": timestamp})


def test_stored_without_a_time_zone_is_a_400_in_2_0(lrs, statement):
    response = lrs.post("statements", {**statement, "stored": "2024-01-01T10:00:00"}, headers=V2)
    assert response.status_code == 400
    assert "stored" in response.json()["error"]


def test_stored_and_timestamp_set_by_the_lrs_are_utc_with_z(lrs, statement):
    [statement_id] = post(lrs, statement)
    stored = lrs.get("statements", {"statementId": statement_id}, headers=V2).json()
    assert stored["stored"].endswith("Z") and stored["timestamp"].endswith("Z")


# --- Documents: Last-Modified ------------------------------------------------------------

DOCUMENTS = [
    (
        "activities/state",
        {"activityId": ACTIVITY, "agent": {"mbox": "mailto:a@example.eu"}},
        "stateId",
    ),
    ("activities/profile", {"activityId": ACTIVITY}, "profileId"),
    ("agents/profile", {"agent": {"mbox": "mailto:a@example.eu"}}, "profileId"),
]


@pytest.mark.parametrize(("resource", "params", "id_name"), DOCUMENTS)
def test_documents_carry_last_modified_in_2_0(lrs, resource, params, id_name):
    assert lrs.put(resource, {"a": 1}, {**params, id_name: "d"}, headers=V2).status_code == 204
    one = lrs.get(resource, {**params, id_name: "d"}, headers=V2)
    listed = lrs.get(resource, params, headers=V2)
    assert one["Last-Modified"] and listed["Last-Modified"]
    assert listed.json() == ["d"]


# --- The platform's own statements and forwarding ---------------------------------------


def _platform_statement():
    return build_statement(
        statement_id=uuid.uuid4(),
        actor={"objectType": "Agent", "account": {"homePage": "http://x.eu", "name": "l"}},
        verb="http://adlnet.gov/expapi/verbs/completed",
        activity_iri=ACTIVITY,
        activity_type="http://adlnet.gov/expapi/activities/lesson",
        registration=uuid.uuid4(),
        timestamp=timezone.now(),
    )


def test_platform_statements_are_1_0_3_by_default():
    assert platform_version() == "1.0.3"
    assert _platform_statement()["version"] == "1.0.0"


@override_settings(LEARNING_XAPI_PLATFORM_VERSION="2.0.0")
def test_platform_statements_are_2_0_when_the_setting_says_so():
    body = _platform_statement()
    assert body["version"] == "2.0.0"
    authority = {"objectType": "Agent", "account": {"homePage": "http://x.eu", "name": "p"}}
    [statement_id] = store_statements([body], authority=authority)
    assert Statement.objects.get(statement_id=statement_id).version == "2.0.0"


@override_settings(LEARNING_XAPI_PLATFORM_VERSION="1.1")
def test_platform_version_setting_must_be_a_version_spoken():
    with pytest.raises(ImproperlyConfigured):
        platform_version()


@pytest.mark.parametrize(("declared", "expected_version"), [("1.0.3", "1.0.3"), ("2.0.0", "2.0.0")])
def test_forwarding_sends_each_target_the_version_it_declares(
    lrs, statement, monkeypatch, declared, expected_version
):
    target = ExternalLRS.objects.create(
        name="Peer",
        endpoint="http://127.0.0.1:9/xapi/",
        username="u",
        password="p",
        version=declared,
    )
    post(lrs, with_context_agents(statement))
    assert OutboxEntry.objects.filter(target=target).count() == 1
    sent = []

    def send(remote, method, bodies, statement_id=None):
        sent.append((remote.version, bodies))
        return 200, b"[]"

    monkeypatch.setattr(forwarding, "_send", send)
    assert forwarding.deliver(target) == 1
    [(version, [body])] = sent
    assert version == expected_version
    assert body["version"] == expected_version
    assert ("contextAgents" in body["context"]) is (declared == "2.0.0")
