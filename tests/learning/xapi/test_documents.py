"""The State, Activity Profile and Agent Profile resources, Agents and Activities
(xAPI 1.0.3 Part Three 2.3–2.6): storage, JSON merge, ETag concurrency and bad input."""

import json
import uuid

import pytest

from learning.xapi.models import Document

pytestmark = pytest.mark.django_db

AGENT = {"mbox": "mailto:ana@example.eu"}
ACTIVITY = "http://example.eu/activities/a"
REGISTRATION = str(uuid.uuid4())

KINDS = {
    "state": ("activities/state", {"activityId": ACTIVITY, "agent": AGENT}, "stateId"),
    "activity-profile": ("activities/profile", {"activityId": ACTIVITY}, "profileId"),
    "agent-profile": ("agents/profile", {"agent": AGENT}, "profileId"),
}
PROFILES = ["activity-profile", "agent-profile"]


def address(kind, document_id=None, **extra):
    resource, params, id_name = KINDS[kind]
    params = {**params, **extra}
    if document_id is not None:
        params[id_name] = document_id
    return resource, params


@pytest.mark.parametrize("kind", KINDS)
def test_documents_put_then_get_returns_content_type_etag_and_last_modified(lrs, kind):
    resource, params = address(kind, "doc")
    assert lrs.put(resource, b"plain bytes", params, content_type="text/plain").status_code == 204
    response = lrs.get(resource, params)
    assert response.status_code == 200
    assert response.content == b"plain bytes"
    assert response["Content-Type"] == "text/plain"
    assert response["ETag"].startswith('"') and response["Last-Modified"]


@pytest.mark.parametrize("kind", KINDS)
def test_documents_get_unknown_is_a_404(lrs, kind):
    resource, params = address(kind, "missing")
    assert lrs.get(resource, params).status_code == 404


@pytest.mark.parametrize("kind", KINDS)
def test_documents_post_merges_json_objects(lrs, kind):
    resource, params = address(kind, "doc")
    lrs.post(resource, {"a": 1, "b": 1}, params)
    assert lrs.post(resource, {"b": 2, "c": 3}, params).status_code == 204
    assert lrs.get(resource, params).json() == {"a": 1, "b": 2, "c": 3}


@pytest.mark.parametrize("kind", KINDS)
def test_documents_post_into_a_non_json_document_is_a_400(lrs, kind):
    resource, params = address(kind, "doc")
    lrs.put(resource, b"text", params, content_type="text/plain")
    assert lrs.post(resource, {"a": 1}, params).status_code == 400
    assert lrs.get(resource, params).content == b"text"


@pytest.mark.parametrize("kind", KINDS)
def test_documents_post_a_json_list_is_a_400(lrs, kind):
    resource, params = address(kind, "doc")
    lrs.post(resource, {"a": 1}, params)
    assert lrs.post(resource, [1, 2], params).status_code == 400


@pytest.mark.parametrize("kind", KINDS)
def test_documents_post_malformed_json_is_a_400(lrs, kind):
    resource, params = address(kind, "doc")
    lrs.post(resource, {"a": 1}, params)
    assert lrs.post(resource, b"{nope", params).status_code == 400


@pytest.mark.parametrize("kind", KINDS)
def test_documents_without_an_id_list_ids_and_filter_by_since(lrs, kind):
    first, params = address(kind, "one")
    lrs.put(first, {"n": 1}, params, headers={"If-None-Match": "*"})
    _resource, params_two = address(kind, "two")
    lrs.put(first, {"n": 2}, params_two, headers={"If-None-Match": "*"})
    resource, listing = address(kind)
    assert lrs.get(resource, listing).json() == ["one", "two"]
    assert lrs.get(resource, {**listing, "since": "2999-01-01T00:00:00Z"}).json() == []


@pytest.mark.parametrize("kind", KINDS)
def test_documents_since_must_be_a_timestamp(lrs, kind):
    resource, params = address(kind, since="yesterday")
    assert lrs.get(resource, params).status_code == 400


@pytest.mark.parametrize("kind", KINDS)
def test_documents_delete_one(lrs, kind):
    resource, params = address(kind, "doc")
    lrs.post(resource, {"a": 1}, params)
    assert lrs.delete(resource, params).status_code == 204
    assert lrs.get(resource, params).status_code == 404


@pytest.mark.parametrize("kind", KINDS)
def test_documents_write_without_an_id_is_a_400(lrs, kind):
    resource, params = address(kind)
    assert lrs.put(resource, {"a": 1}, params).status_code == 400
    assert lrs.post(resource, {"a": 1}, params).status_code == 400


@pytest.mark.parametrize("kind", KINDS)
def test_documents_unknown_parameter_is_a_400(lrs, kind):
    resource, params = address(kind, "doc", colour="red")
    assert lrs.get(resource, params).status_code == 400


@pytest.mark.parametrize("kind", ["state", "agent-profile"])
@pytest.mark.parametrize(
    "agent",
    [
        pytest.param("not json", id="agent not JSON"),
        pytest.param({"name": "Ana"}, id="agent without identifier"),
        pytest.param({"mbox": "ana@example.eu"}, id="agent with a bad mbox"),
        pytest.param({"objectType": "Group", "member": [AGENT]}, id="anonymous group"),
        pytest.param(None, id="agent missing"),
    ],
)
def test_documents_bad_agent_is_a_400(lrs, kind, agent):
    resource, params = address(kind, "doc")
    if agent is None:
        params.pop("agent")
    else:
        params["agent"] = agent if isinstance(agent, str) else json.dumps(agent)
    assert lrs.get(resource, params).status_code == 400
    assert lrs.put(resource, {"a": 1}, params).status_code == 400


@pytest.mark.parametrize("kind", ["state", "activity-profile"])
@pytest.mark.parametrize("activity", ["not an iri", "", None])
def test_documents_bad_activity_id_is_a_400(lrs, kind, activity):
    resource, params = address(kind, "doc")
    if activity is None:
        params.pop("activityId")
    else:
        params["activityId"] = activity
    assert lrs.get(resource, params).status_code == 400


def test_state_registration_separates_documents(lrs):
    resource, params = address("state", "doc")
    lrs.put(resource, {"r": "none"}, params)
    lrs.put(resource, {"r": "one"}, {**params, "registration": REGISTRATION})
    assert lrs.get(resource, params).json() == {"r": "none"}
    assert lrs.get(resource, {**params, "registration": REGISTRATION}).json() == {"r": "one"}


def test_state_registration_must_be_a_uuid(lrs):
    resource, params = address("state", "doc", registration="r1")
    assert lrs.get(resource, params).status_code == 400


def test_state_delete_without_id_clears_the_agents_state_for_the_activity(lrs):
    resource, params = address("state", "one")
    lrs.put(resource, {"a": 1}, params)
    lrs.put(resource, {"a": 2}, address("state", "two")[1])
    other = address("state", "three", agent={"mbox": "mailto:bo@example.eu"})[1]
    lrs.put(resource, {"a": 3}, other)
    assert lrs.delete(resource, address("state")[1]).status_code == 204
    assert lrs.get(resource, address("state")[1]).json() == []
    assert lrs.get(resource, other).status_code == 200


def test_state_agent_is_matched_by_identifier_not_name(lrs):
    resource, params = address("state", "doc")
    lrs.put(resource, {"a": 1}, params)
    named = {**params, "agent": {**AGENT, "name": "Ana"}}
    assert lrs.get(resource, named).json() == {"a": 1}


@pytest.mark.parametrize("kind", PROFILES)
def test_profiles_put_over_existing_without_precondition_is_a_409(lrs, kind):
    resource, params = address(kind, "doc")
    lrs.put(resource, {"a": 1}, params)
    response = lrs.put(resource, {"a": 2}, params)
    assert response.status_code == 409
    assert lrs.get(resource, params).json() == {"a": 1}


@pytest.mark.parametrize("kind", PROFILES)
def test_profiles_put_with_matching_etag_replaces(lrs, kind):
    resource, params = address(kind, "doc")
    lrs.put(resource, {"a": 1}, params)
    etag = lrs.get(resource, params)["ETag"]
    assert lrs.put(resource, {"a": 2}, params, headers={"If-Match": etag}).status_code == 204
    assert lrs.get(resource, params).json() == {"a": 2}


@pytest.mark.parametrize("kind", KINDS)
def test_documents_put_with_a_stale_etag_is_a_412(lrs, kind):
    resource, params = address(kind, "doc")
    lrs.put(resource, {"a": 1}, params)
    response = lrs.put(resource, {"a": 2}, params, headers={"If-Match": '"0000"'})
    assert response.status_code == 412
    assert lrs.get(resource, params).json() == {"a": 1}


@pytest.mark.parametrize("kind", KINDS)
def test_documents_if_none_match_star_on_existing_is_a_412(lrs, kind):
    resource, params = address(kind, "doc")
    lrs.put(resource, {"a": 1}, params, headers={"If-None-Match": "*"})
    response = lrs.put(resource, {"a": 2}, params, headers={"If-None-Match": "*"})
    assert response.status_code == 412


@pytest.mark.parametrize("kind", KINDS)
def test_documents_if_match_on_a_missing_document_is_a_412(lrs, kind):
    resource, params = address(kind, "doc")
    assert lrs.put(resource, {"a": 1}, params, headers={"If-Match": '"abc"'}).status_code == 412
    assert not Document.objects.exists()


@pytest.mark.parametrize("kind", KINDS)
def test_documents_post_with_a_stale_etag_is_a_412(lrs, kind):
    resource, params = address(kind, "doc")
    lrs.post(resource, {"a": 1}, params)
    assert lrs.post(resource, {"b": 1}, params, headers={"If-Match": '"x"'}).status_code == 412


@pytest.mark.parametrize("kind", KINDS)
def test_documents_delete_with_a_stale_etag_is_a_412(lrs, kind):
    resource, params = address(kind, "doc")
    lrs.post(resource, {"a": 1}, params)
    assert lrs.delete(resource, params, headers={"If-Match": '"x"'}).status_code == 412
    assert lrs.get(resource, params).status_code == 200


@pytest.mark.parametrize("kind", KINDS)
def test_documents_etag_changes_with_the_content(lrs, kind):
    resource, params = address(kind, "doc")
    lrs.post(resource, {"a": 1}, params)
    first = lrs.get(resource, params)["ETag"]
    lrs.post(resource, {"b": 1}, params, headers={"If-Match": first})
    assert lrs.get(resource, params)["ETag"] != first


# --- Agents and Activities --------------------------------------------------------------


def test_agents_returns_a_person_with_names_seen(lrs, statement):
    lrs.post("statements", statement)
    person = lrs.get("agents", {"agent": AGENT}).json()
    assert person == {"objectType": "Person", "name": ["Ana"], "mbox": [AGENT["mbox"]]}


@pytest.mark.parametrize(
    "params",
    [
        pytest.param({}, id="agent missing"),
        pytest.param({"agent": "x"}, id="agent not JSON"),
        pytest.param({"agent": {"name": "x"}}, id="agent without identifier"),
        pytest.param(
            {"agent": {"objectType": "Group", "mbox": "mailto:g@example.eu"}},
            id="a group is not a person",
        ),
        pytest.param({"agent": AGENT, "x": "1"}, id="unknown parameter"),
    ],
)
def test_agents_bad_input_is_a_400(lrs, params):
    assert lrs.get("agents", params).status_code == 400


def test_activities_returns_the_definition_from_statements(lrs, statement):
    lrs.post("statements", statement)
    later = {
        **statement,
        "object": {**statement["object"], "definition": {"name": {"fr": "Cours un"}}},
    }
    lrs.post("statements", later)
    activity = lrs.get("activities", {"activityId": statement["object"]["id"]}).json()
    assert activity["id"] == statement["object"]["id"]
    assert activity["definition"]["name"] == {
        "en-US": "Course one",
        "it": "Corso uno",
        "fr": "Cours un",
    }
    assert activity["definition"]["type"] == statement["object"]["definition"]["type"]


def test_activities_unknown_is_still_an_activity_object(lrs):
    response = lrs.get("activities", {"activityId": "http://example.eu/none"})
    assert response.status_code == 200
    assert response.json() == {"objectType": "Activity", "id": "http://example.eu/none"}


@pytest.mark.parametrize("params", [{}, {"activityId": "x y"}, {"activityId": ACTIVITY, "a": "b"}])
def test_activities_bad_input_is_a_400(lrs, params):
    assert lrs.get("activities", params).status_code == 400
