"""The Statement resource (xAPI 1.0.3 Part Three 2.1): PUT, POST, GET, voiding, paging, formats.

Each case names the requirement it checks.
"""

import copy
import uuid

import pytest

from learning.xapi.models import Statement

pytestmark = pytest.mark.django_db

VOIDED = "http://adlnet.gov/expapi/verbs/voided"


def ids_of(response):
    return [item["id"] for item in response.json()["statements"]]


def post(lrs, statement, **changes):
    body = {**copy.deepcopy(statement), **changes}
    response = lrs.post("statements", body)
    assert response.status_code == 200, response.content
    return response.json()[0]


# --- PUT -------------------------------------------------------------------------------


def test_put_stores_with_the_given_id_and_answers_204(lrs, statement):
    statement_id = str(uuid.uuid4())
    response = lrs.put("statements", statement, {"statementId": statement_id})
    assert response.status_code == 204
    assert lrs.get("statements", {"statementId": statement_id}).json()["id"] == statement_id


def test_put_without_statement_id_is_a_400(lrs, statement):
    assert lrs.put("statements", statement).status_code == 400


def test_put_with_a_malformed_statement_id_is_a_400(lrs, statement):
    assert lrs.put("statements", statement, {"statementId": "x"}).status_code == 400


def test_put_with_a_different_id_in_the_body_is_a_400(lrs, statement):
    body = {**statement, "id": str(uuid.uuid4())}
    assert lrs.put("statements", body, {"statementId": str(uuid.uuid4())}).status_code == 400


def test_put_identical_statement_again_is_accepted_and_stored_once(lrs, statement):
    statement_id = str(uuid.uuid4())
    assert lrs.put("statements", statement, {"statementId": statement_id}).status_code == 204
    assert lrs.put("statements", statement, {"statementId": statement_id}).status_code == 204
    assert Statement.objects.filter(statement_id=statement_id).count() == 1


def test_put_conflicting_statement_is_a_409_and_changes_nothing(lrs, statement):
    statement_id = str(uuid.uuid4())
    lrs.put("statements", statement, {"statementId": statement_id})
    changed = {**statement, "verb": {"id": "http://example.eu/verbs/other"}}
    response = lrs.put("statements", changed, {"statementId": statement_id})
    assert response.status_code == 409
    assert response.json()["error"]
    stored = lrs.get("statements", {"statementId": statement_id}).json()
    assert stored["verb"] == statement["verb"]


def test_put_with_an_unknown_parameter_is_a_400(lrs, statement):
    params = {"statementId": str(uuid.uuid4()), "foo": "bar"}
    assert lrs.put("statements", statement, params).status_code == 400


def test_put_with_a_json_list_is_a_400(lrs, statement):
    response = lrs.put("statements", [statement], {"statementId": str(uuid.uuid4())})
    assert response.status_code == 400


# --- POST ------------------------------------------------------------------------------


def test_post_single_statement_returns_a_list_with_its_new_id(lrs, statement):
    response = lrs.post("statements", statement)
    assert response.status_code == 200
    [statement_id] = response.json()
    uuid.UUID(statement_id)


def test_post_batch_returns_ids_in_order(lrs, statement):
    given = str(uuid.uuid4())
    response = lrs.post("statements", [statement, {**statement, "id": given}, statement])
    ids = response.json()
    assert len(ids) == 3 and ids[1] == given and len(set(ids)) == 3


def test_post_batch_with_a_repeated_id_is_a_400(lrs, statement):
    given = str(uuid.uuid4())
    response = lrs.post("statements", [{**statement, "id": given}, {**statement, "id": given}])
    assert response.status_code == 400
    assert not Statement.objects.filter(client__isnull=False).exists()


def test_post_batch_with_a_conflict_is_a_409_and_stores_nothing(lrs, statement):
    given = str(uuid.uuid4())
    post(lrs, statement, id=given)
    other = {**statement, "id": given, "verb": {"id": "http://example.eu/verbs/x"}}
    response = lrs.post("statements", [statement, other])
    assert response.status_code == 409
    assert Statement.objects.filter(client__isnull=False).count() == 1


def test_post_empty_batch_is_a_400(lrs):
    assert lrs.post("statements", []).status_code == 400


def test_post_malformed_json_is_a_400(lrs):
    response = lrs.post("statements", b'{"actor": ')
    assert response.status_code == 400
    assert response.json()["error"]


def test_post_wrong_content_type_is_a_400(lrs, statement):
    response = lrs.post("statements", statement, content_type="text/plain")
    assert response.status_code == 400


def test_post_with_a_parameter_is_a_400(lrs, statement):
    assert lrs.post("statements", statement, {"statementId": str(uuid.uuid4())}).status_code == 400


def test_post_json_scalar_is_a_400(lrs):
    assert lrs.post("statements", b"42").status_code == 400


def test_post_sets_stored_authority_version_and_timestamp(lrs, statement):
    stored = lrs.get("statements", {"statementId": post(lrs, statement)}).json()
    assert stored["authority"]["account"]["name"] == "full"
    assert stored["version"] == "1.0.0"
    assert stored["timestamp"] == stored["stored"]


def test_post_keeps_a_given_timestamp_and_version(lrs, statement):
    statement_id = post(lrs, statement, timestamp="2020-05-01T10:00:00+02:00", version="1.0.3")
    stored = lrs.get("statements", {"statementId": statement_id}).json()
    assert stored["timestamp"] == "2020-05-01T10:00:00+02:00"
    assert stored["version"] == "1.0.3"


def test_post_overrides_a_given_authority_with_the_client(lrs, statement):
    statement_id = post(lrs, statement, authority={"mbox": "mailto:boss@example.eu"})
    stored = lrs.get("statements", {"statementId": statement_id}).json()
    assert stored["authority"]["account"]["name"] == "full"


# --- Voiding ---------------------------------------------------------------------------


def void(lrs, statement, target):
    return post(
        lrs,
        statement,
        verb={"id": VOIDED},
        object={"objectType": "StatementRef", "id": target},
    )


def test_voiding_hides_the_target_from_statement_id(lrs, statement):
    target = post(lrs, statement)
    void(lrs, statement, target)
    assert lrs.get("statements", {"statementId": target}).status_code == 404


def test_voided_statement_is_found_by_voided_statement_id(lrs, statement):
    target = post(lrs, statement)
    void(lrs, statement, target)
    response = lrs.get("statements", {"voidedStatementId": target})
    assert response.status_code == 200 and response.json()["id"] == target


def test_voided_statement_id_of_a_live_statement_is_a_404(lrs, statement):
    target = post(lrs, statement)
    assert lrs.get("statements", {"voidedStatementId": target}).status_code == 404


def test_voided_statements_are_left_out_of_queries_but_the_voiding_one_is_in(lrs, statement):
    target = post(lrs, statement)
    voiding = void(lrs, statement, target)
    assert ids_of(lrs.get("statements")) == [voiding]


def test_voiding_statement_matches_the_filters_of_its_target(lrs, statement):
    target = post(lrs, statement)
    voiding = void(lrs, statement, target)
    response = lrs.get("statements", {"activity": statement["object"]["id"]})
    assert ids_of(response) == [voiding]


def test_a_voiding_statement_cannot_be_voided(lrs, statement):
    voiding = void(lrs, statement, post(lrs, statement))
    response = lrs.post(
        "statements",
        {
            **statement,
            "verb": {"id": VOIDED},
            "object": {"objectType": "StatementRef", "id": voiding},
        },
    )
    assert response.status_code == 400


def test_voiding_an_unknown_statement_is_accepted(lrs, statement):
    void(lrs, statement, str(uuid.uuid4()))


# --- GET single ------------------------------------------------------------------------


def test_get_unknown_statement_is_a_404(lrs):
    assert lrs.get("statements", {"statementId": str(uuid.uuid4())}).status_code == 404


def test_get_both_ids_is_a_400(lrs):
    params = {"statementId": str(uuid.uuid4()), "voidedStatementId": str(uuid.uuid4())}
    assert lrs.get("statements", params).status_code == 400


@pytest.mark.parametrize(
    "extra",
    [
        pytest.param({"agent": {"mbox": "mailto:a@example.eu"}}, id="3-2.1.3 id with agent"),
        pytest.param({"verb": "http://example.eu/v"}, id="3-2.1.3 id with verb"),
        pytest.param({"limit": "1"}, id="3-2.1.3 id with limit"),
        pytest.param({"ascending": "true"}, id="3-2.1.3 id with ascending"),
        pytest.param({"since": "2020-01-01T00:00:00Z"}, id="3-2.1.3 id with since"),
    ],
)
def test_get_statement_id_with_query_parameters_is_a_400(lrs, statement, extra):
    statement_id = post(lrs, statement)
    assert lrs.get("statements", {"statementId": statement_id, **extra}).status_code == 400


def test_get_single_has_last_modified_and_consistent_through(lrs, statement):
    response = lrs.get("statements", {"statementId": post(lrs, statement)})
    assert response["Last-Modified"]
    assert response["X-Experience-API-Consistent-Through"]


# --- GET queries -----------------------------------------------------------------------


@pytest.fixture
def stored(lrs, statement):
    """Four statements differing in actor, verb, activity and registration."""
    registration = str(uuid.uuid4())
    other_agent = {"mbox": "mailto:bo@example.eu"}
    return {
        "plain": post(lrs, statement),
        "other_agent": post(lrs, statement, actor=other_agent),
        "registered": post(lrs, statement, context={"registration": registration}),
        "other_verb": post(lrs, statement, verb={"id": "http://example.eu/verbs/x"}),
        "other_activity": post(lrs, statement, object={"id": "http://example.eu/other"}),
        "parented": post(
            lrs,
            statement,
            object={"id": "http://example.eu/child"},
            context={
                "contextActivities": {"parent": [{"id": statement["object"]["id"]}]},
                "instructor": {"mbox": "mailto:teacher@example.eu"},
            },
        ),
        "agent_object": post(
            lrs,
            statement,
            actor=other_agent,
            object={"objectType": "Agent", "mbox": "mailto:ana@example.eu"},
        ),
        "registration": registration,
    }


def test_get_by_agent_matches_actor_or_object(lrs, statement, stored):
    found = set(ids_of(lrs.get("statements", {"agent": statement["actor"]})))
    assert stored["other_agent"] not in found
    assert {stored["plain"], stored["agent_object"]} <= found


def test_get_by_agent_ignores_name_and_object_type(lrs, stored):
    agent = {"mbox": "mailto:ana@example.eu", "name": "Someone else"}
    assert stored["plain"] in ids_of(lrs.get("statements", {"agent": agent}))


def test_get_by_agent_without_related_agents_ignores_instructor(lrs, stored):
    teacher = {"mbox": "mailto:teacher@example.eu"}
    assert ids_of(lrs.get("statements", {"agent": teacher})) == []


def test_get_by_agent_with_related_agents_finds_instructor_and_authority(lrs, stored):
    teacher = {"mbox": "mailto:teacher@example.eu"}
    found = ids_of(lrs.get("statements", {"agent": teacher, "related_agents": "true"}))
    assert found == [stored["parented"]]
    authority = {"account": {"homePage": "http://testserver", "name": "full"}}
    found = ids_of(lrs.get("statements", {"agent": authority, "related_agents": "true"}))
    assert len(found) == 7


def test_get_by_verb(lrs, stored):
    found = ids_of(lrs.get("statements", {"verb": "http://example.eu/verbs/x"}))
    assert found == [stored["other_verb"]]


def test_get_by_activity_matches_the_object_only(lrs, statement, stored):
    found = set(ids_of(lrs.get("statements", {"activity": statement["object"]["id"]})))
    assert stored["parented"] not in found and stored["other_activity"] not in found
    assert stored["plain"] in found


def test_get_by_activity_with_related_activities_finds_context_activities(lrs, statement, stored):
    params = {"activity": statement["object"]["id"], "related_activities": "true"}
    assert stored["parented"] in ids_of(lrs.get("statements", params))


def test_get_by_registration(lrs, stored):
    found = ids_of(lrs.get("statements", {"registration": stored["registration"]}))
    assert found == [stored["registered"]]


def test_get_by_registration_in_upper_case(lrs, stored):
    found = ids_of(lrs.get("statements", {"registration": stored["registration"].upper()}))
    assert found == [stored["registered"]]


def test_get_filters_combine(lrs, statement, stored):
    params = {
        "agent": {"mbox": "mailto:bo@example.eu"},
        "verb": statement["verb"]["id"],
        "activity": statement["object"]["id"],
    }
    assert ids_of(lrs.get("statements", params)) == [stored["other_agent"]]


def test_get_newest_first_by_default_and_oldest_first_when_ascending(lrs, stored):
    newest = ids_of(lrs.get("statements"))
    oldest = ids_of(lrs.get("statements", {"ascending": "true"}))
    assert newest == list(reversed(oldest))
    assert oldest[0] == stored["plain"]


def test_get_since_and_until_bound_stored(lrs, statement):
    first = post(lrs, statement)
    stored_first = lrs.get("statements", {"statementId": first}).json()["stored"]
    second = post(lrs, statement)
    assert ids_of(lrs.get("statements", {"since": stored_first})) == [second]
    assert first in ids_of(lrs.get("statements", {"until": stored_first}))
    assert second not in ids_of(lrs.get("statements", {"until": stored_first}))


def test_get_limit_and_more_pages_through_everything_once(lrs, stored):
    seen = []
    response = lrs.get("statements", {"limit": "2"})
    while True:
        body = response.json()
        assert len(body["statements"]) <= 2
        seen += [item["id"] for item in body["statements"]]
        if not body["more"]:
            break
        assert body["more"].startswith("/xapi/statements/more/")
        response = lrs.django.get(body["more"], headers=lrs.headers)
        assert response.status_code == 200
    assert len(seen) == len(set(seen)) == 7


def test_get_more_link_tampered_is_a_404(lrs, stored):
    more = lrs.get("statements", {"limit": "1"}).json()["more"]
    assert lrs.django.get(more + "x", headers=lrs.headers).status_code == 404


def test_get_limit_zero_means_the_server_page_size(lrs, stored):
    assert len(ids_of(lrs.get("statements", {"limit": "0"}))) == 7


def test_get_last_page_has_an_empty_more(lrs, stored):
    assert lrs.get("statements").json()["more"] == ""


def test_get_returns_consistent_through(lrs, stored):
    assert lrs.get("statements")["X-Experience-API-Consistent-Through"].endswith("Z")


@pytest.mark.parametrize(
    "params",
    [
        pytest.param({"agent": "not json"}, id="3-2.1.3 agent must be JSON"),
        pytest.param({"agent": {"name": "x"}}, id="3-2.1.3 agent needs an identifier"),
        pytest.param(
            {"agent": {"objectType": "Group", "member": [{"mbox": "mailto:a@x.eu"}]}},
            id="3-2.1.3 agent cannot be an anonymous group",
        ),
        pytest.param({"agent": {"mbox": "x"}}, id="3-2.1.3 agent with a bad mbox"),
        pytest.param({"verb": "completed"}, id="3-2.1.3 verb must be an IRI"),
        pytest.param({"activity": "course 1"}, id="3-2.1.3 activity must be an IRI"),
        pytest.param({"registration": "r1"}, id="3-2.1.3 registration must be a UUID"),
        pytest.param({"since": "yesterday"}, id="3-2.1.3 since must be a timestamp"),
        pytest.param({"until": "2020-13-01T00:00:00Z"}, id="3-2.1.3 until must be a timestamp"),
        pytest.param({"limit": "ten"}, id="3-2.1.3 limit must be an integer"),
        pytest.param({"limit": "-1"}, id="3-2.1.3 limit must not be negative"),
        pytest.param({"format": "full"}, id="3-2.1.3 format must be ids exact canonical"),
        pytest.param({"ascending": "yes"}, id="3-2.1.3 ascending must be a boolean"),
        pytest.param({"related_agents": "1"}, id="3-2.1.3 related_agents must be a boolean"),
        pytest.param(
            {"related_activities": "no"}, id="3-2.1.3 related_activities must be a boolean"
        ),
        pytest.param({"attachments": "on"}, id="3-2.1.3 attachments must be a boolean"),
        pytest.param({"search": "x"}, id="3-2.1.3 unknown parameter"),
        pytest.param({"statementId": "x"}, id="3-2.1.3 statementId must be a UUID"),
        pytest.param({"voidedStatementId": "x"}, id="3-2.1.3 voidedStatementId must be a UUID"),
    ],
)
def test_get_with_a_malformed_parameter_is_a_400(lrs, params):
    response = lrs.get("statements", params)
    assert response.status_code == 400
    assert response.json()["error"]


# --- Formats ---------------------------------------------------------------------------


def test_format_exact_returns_the_statement_as_stored(lrs, statement):
    statement_id = post(lrs, statement)
    exact = lrs.get("statements", {"statementId": statement_id, "format": "exact"}).json()
    assert exact["object"] == statement["object"] and exact["actor"] == statement["actor"]


def test_format_ids_keeps_only_identifiers(lrs, statement):
    statement_id = post(lrs, statement)
    ids = lrs.get("statements", {"statementId": statement_id, "format": "ids"}).json()
    assert ids["actor"] == {"objectType": "Agent", "mbox": "mailto:ana@example.eu"}
    assert ids["object"] == {"objectType": "Activity", "id": statement["object"]["id"]}
    assert ids["verb"] == statement["verb"]


def test_format_canonical_keeps_the_accepted_language(lrs, statement):
    statement_id = post(lrs, statement)
    response = lrs.get(
        "statements",
        {"statementId": statement_id, "format": "canonical"},
        headers={"Accept-Language": "it, en;q=0.5"},
    )
    assert response.json()["object"]["definition"]["name"] == {"it": "Corso uno"}


def test_format_canonical_falls_back_to_one_language(lrs, statement):
    statement_id = post(lrs, statement)
    response = lrs.get(
        "statements",
        {"statementId": statement_id, "format": "canonical"},
        headers={"Accept-Language": "ro"},
    )
    assert len(response.json()["object"]["definition"]["name"]) == 1


# --- SubStatement ----------------------------------------------------------------------


def test_substatement_is_stored_and_found_by_related_agent(lrs, statement):
    sub = {
        "objectType": "SubStatement",
        "actor": {"mbox": "mailto:planner@example.eu"},
        "verb": {"id": "http://example.eu/verbs/will-visit"},
        "object": {"id": "http://example.eu/places/bologna"},
    }
    statement_id = post(lrs, statement, object=sub)
    assert lrs.get("statements", {"statementId": statement_id}).json()["object"] == sub
    planner = {"mbox": "mailto:planner@example.eu"}
    assert ids_of(lrs.get("statements", {"agent": planner})) == []
    found = ids_of(lrs.get("statements", {"agent": planner, "related_agents": "true"}))
    assert found == [statement_id]
    params = {"activity": "http://example.eu/places/bologna", "related_activities": "true"}
    assert ids_of(lrs.get("statements", params)) == [statement_id]
