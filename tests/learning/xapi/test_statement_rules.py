"""Statement validation through POST /xapi/statements, one case per rule of xAPI 1.0.3 Part Two.

Each case names the section and requirement it checks. Invalid statements are a 400 with a
message and store nothing; valid ones are stored and read back as sent.
"""

import copy

import pytest

from learning.xapi.models import Statement

pytestmark = pytest.mark.django_db

ACTIVITY = "http://example.eu/activities/a"
UUID = "3f1c7f8e-4a5b-4c6d-8e9f-0a1b2c3d4e5f"


def mutate(path, value):
    """A change to the base statement: set `value` at the dotted `path` (DELETE removes)."""

    def apply(statement):
        *parents, last = path.split(".")
        target = statement
        for key in parents:
            target = target.setdefault(key, {}) if not key.isdigit() else target[int(key)]
        if value is DELETE:
            target.pop(last, None)
        elif last.isdigit():
            target[int(last)] = value
        else:
            target[last] = copy.deepcopy(value)
        return statement

    return apply


DELETE = object()
GROUP = {"objectType": "Group", "member": [{"mbox": "mailto:b@example.eu"}]}

INVALID = [
    ("2.2 statement requires actor", "actor", DELETE),
    ("2.2 statement requires verb", "verb", DELETE),
    ("2.2 statement requires object", "object", DELETE),
    ("2.2 unknown top-level property", "foo", "bar"),
    ("2.2 id must be a UUID", "id", "not-a-uuid"),
    ("2.2 id must be a string", "id", 12),
    ("2.2 id UUID with bad characters", "id", "3f1c7f8e-4a5b-4c6d-8e9f-0a1b2c3d4e5z"),
    ("2.2 null property value", "result", None),
    ("2.4.2 actor must be an object", "actor", "ana"),
    ("2.4.2 actor list is not an actor", "actor", [{"mbox": "mailto:a@example.eu"}]),
    ("2.4.2.1 agent needs an identifier", "actor", {"name": "Ana"}),
    ("2.4.2.1 agent with two identifiers", "actor.openid", "http://openid.example.eu/ana"),
    ("2.4.2.1 agent objectType must be Agent", "actor.objectType", "Person"),
    ("2.4.2.1 agent objectType lower case", "actor.objectType", "agent"),
    ("2.4.2.1 agent unknown property", "actor.age", 30),
    ("2.4.2.1 agent name must be a string", "actor.name", 5),
    ("2.4.2.3 mbox must be a mailto IRI", "actor.mbox", "ana@example.eu"),
    ("2.4.2.3 mbox needs an address", "actor.mbox", "mailto:"),
    ("2.4.2.3 mbox with two addresses", "actor.mbox", "mailto:a@x.eu@y.eu"),
    ("2.4.2.3 mbox must be a string", "actor.mbox", ["mailto:a@example.eu"]),
    ("2.4.2.3 mbox http scheme", "actor.mbox", "http://example.eu/ana"),
    ("2.4.2.3 mbox_sha1sum must be hex SHA-1", "actor", {"mbox_sha1sum": "not-a-sha1"}),
    ("2.4.2.3 mbox_sha1sum too short", "actor", {"mbox_sha1sum": "abc123"}),
    ("2.4.2.3 openid must be an IRI", "actor", {"openid": "not an iri"}),
    ("2.4.2.4 account needs homePage", "actor", {"account": {"name": "ana"}}),
    ("2.4.2.4 account needs name", "actor", {"account": {"homePage": "http://x.eu"}}),
    (
        "2.4.2.4 account homePage must be an IRL",
        "actor",
        {"account": {"homePage": "x.eu", "name": "ana"}},
    ),
    (
        "2.4.2.4 account name must be a string",
        "actor",
        {"account": {"homePage": "http://x.eu", "name": 7}},
    ),
    (
        "2.4.2.4 account unknown property",
        "actor",
        {"account": {"homePage": "http://x.eu", "name": "a", "id": 1}},
    ),
    ("2.4.2.2 anonymous group needs members", "actor", {"objectType": "Group"}),
    (
        "2.4.2.2 group members must be a list",
        "actor",
        {"objectType": "Group", "member": {"mbox": "mailto:a@example.eu"}},
    ),
    (
        "2.4.2.2 group member must be an agent",
        "actor",
        {"objectType": "Group", "member": [{"name": "x"}]},
    ),
    ("2.4.2.2 group cannot contain a group", "actor", {"objectType": "Group", "member": [GROUP]}),
    (
        "2.4.2.2 group with two identifiers",
        "actor",
        {
            "objectType": "Group",
            "mbox": "mailto:g@example.eu",
            "openid": "http://g.example.eu",
            "member": [],
        },
    ),
    ("2.4.2.2 group unknown property", "actor", {**GROUP, "size": 1}),
    ("2.4.3 verb must be an object", "verb", "completed"),
    ("2.4.3 verb needs an id", "verb", {"display": {"en": "did"}}),
    ("2.4.3 verb id must be an IRI", "verb.id", "completed"),
    ("2.4.3 verb id with a space", "verb.id", "http://example.eu/my verb"),
    ("2.4.3 verb unknown property", "verb.name", "completed"),
    ("2.4.3 verb display must be a language map", "verb.display", "completed"),
    ("2.4.3 verb display key must be a language tag", "verb.display", {"english!": "x"}),
    ("2.4.3 verb display value must be a string", "verb.display", {"en": 1}),
    ("2.4.3 verb display empty tag", "verb.display", {"": "x"}),
    ("2.4.4 object must be an object", "object", ACTIVITY),
    ("2.4.4 object unknown objectType", "object.objectType", "Thing"),
    ("2.4.4.1 activity needs an id", "object", {"objectType": "Activity"}),
    ("2.4.4.1 activity id must be an IRI", "object.id", "course one"),
    ("2.4.4.1 activity id must be a string", "object.id", 1),
    ("2.4.4.1 activity unknown property", "object.title", "x"),
    ("2.4.4.1 definition must be an object", "object.definition", "x"),
    ("2.4.4.1 definition unknown property", "object.definition.title", "x"),
    ("2.4.4.1 definition name must be a language map", "object.definition.name", "x"),
    (
        "2.4.4.1 definition description language tag",
        "object.definition.description",
        {"not a tag": "x"},
    ),
    ("2.4.4.1 definition type must be an IRI", "object.definition.type", "course"),
    ("2.4.4.1 definition moreInfo must be an IRL", "object.definition.moreInfo", "page"),
    (
        "2.4.4.1 definition extensions keys are IRIs",
        "object.definition.extensions",
        {"color": "red"},
    ),
    ("2.4.4.1 definition extensions must be an object", "object.definition.extensions", ["x"]),
    ("2.4.4.1.1 unknown interactionType", "object.definition.interactionType", "essay"),
    (
        "2.4.4.1.1 correctResponsesPattern needs an interactionType",
        "object.definition.correctResponsesPattern",
        ["a"],
    ),
    (
        "2.4.4.1.1 choices not allowed for true-false",
        "object.definition",
        {"interactionType": "true-false", "choices": [{"id": "a"}]},
    ),
    (
        "2.4.4.1.1 scale not allowed for choice",
        "object.definition",
        {"interactionType": "choice", "scale": [{"id": "a"}]},
    ),
    (
        "2.4.4.1.1 steps only for performance",
        "object.definition",
        {"interactionType": "matching", "steps": [{"id": "a"}]},
    ),
    (
        "2.4.4.1.1 source only for matching",
        "object.definition",
        {"interactionType": "sequencing", "source": [{"id": "a"}]},
    ),
    (
        "2.4.4.1.1 components need an interactionType",
        "object.definition",
        {"choices": [{"id": "a"}]},
    ),
    (
        "2.4.4.1.1 component ids are unique",
        "object.definition",
        {"interactionType": "choice", "choices": [{"id": "a"}, {"id": "a"}]},
    ),
    (
        "2.4.4.1.1 component needs an id",
        "object.definition",
        {"interactionType": "likert", "scale": [{"description": {"en": "x"}}]},
    ),
    (
        "2.4.4.1.1 component id must be a string",
        "object.definition",
        {"interactionType": "likert", "scale": [{"id": 1}]},
    ),
    (
        "2.4.4.1.1 component unknown property",
        "object.definition",
        {"interactionType": "likert", "scale": [{"id": "a", "value": 1}]},
    ),
    (
        "2.4.4.1.1 correctResponsesPattern must be a list",
        "object.definition",
        {"interactionType": "fill-in", "correctResponsesPattern": "a"},
    ),
    (
        "2.4.4.1.1 correctResponsesPattern items are strings",
        "object.definition",
        {"interactionType": "fill-in", "correctResponsesPattern": [1]},
    ),
    ("2.4.4.2 object agent needs an identifier", "object", {"objectType": "Agent"}),
    ("2.4.4.2 object group needs members or identifier", "object", {"objectType": "Group"}),
    ("2.4.4.3 StatementRef needs an id", "object", {"objectType": "StatementRef"}),
    ("2.4.4.3 StatementRef id must be a UUID", "object", {"objectType": "StatementRef", "id": "x"}),
    (
        "2.4.4.3 StatementRef unknown property",
        "object",
        {"objectType": "StatementRef", "id": UUID, "verb": "x"},
    ),
    (
        "2.4.4.3 SubStatement cannot have an id",
        "object",
        {
            "objectType": "SubStatement",
            "id": UUID,
            "actor": {"mbox": "mailto:a@example.eu"},
            "verb": {"id": "http://example.eu/v"},
            "object": {"id": ACTIVITY},
        },
    ),
    (
        "2.4.4.3 SubStatement cannot have stored",
        "object",
        {
            "objectType": "SubStatement",
            "stored": "2024-01-01T00:00:00Z",
            "actor": {"mbox": "mailto:a@example.eu"},
            "verb": {"id": "http://example.eu/v"},
            "object": {"id": ACTIVITY},
        },
    ),
    (
        "2.4.4.3 SubStatement cannot have authority",
        "object",
        {
            "objectType": "SubStatement",
            "authority": {"mbox": "mailto:a@example.eu"},
            "actor": {"mbox": "mailto:a@example.eu"},
            "verb": {"id": "http://example.eu/v"},
            "object": {"id": ACTIVITY},
        },
    ),
    (
        "2.4.4.3 SubStatement cannot have version",
        "object",
        {
            "objectType": "SubStatement",
            "version": "1.0.0",
            "actor": {"mbox": "mailto:a@example.eu"},
            "verb": {"id": "http://example.eu/v"},
            "object": {"id": ACTIVITY},
        },
    ),
    (
        "2.4.4.3 SubStatement cannot nest a SubStatement",
        "object",
        {
            "objectType": "SubStatement",
            "actor": {"mbox": "mailto:a@example.eu"},
            "verb": {"id": "http://example.eu/v"},
            "object": {
                "objectType": "SubStatement",
                "actor": {"mbox": "mailto:a@example.eu"},
                "verb": {"id": "http://example.eu/v"},
                "object": {"id": ACTIVITY},
            },
        },
    ),
    (
        "2.4.4.3 SubStatement needs an actor",
        "object",
        {
            "objectType": "SubStatement",
            "verb": {"id": "http://example.eu/v"},
            "object": {"id": ACTIVITY},
        },
    ),
    (
        "2.4.4.3 SubStatement invalid verb",
        "object",
        {
            "objectType": "SubStatement",
            "actor": {"mbox": "mailto:a@example.eu"},
            "verb": {"id": "v"},
            "object": {"id": ACTIVITY},
        },
    ),
    ("2.4.5 result must be an object", "result", "passed"),
    ("2.4.5 result unknown property", "result.grade", "A"),
    ("2.4.5 success must be a boolean", "result.success", "true"),
    ("2.4.5 completion must be a boolean", "result.completion", 1),
    ("2.4.5 response must be a string", "result.response", 3),
    ("2.4.5 duration must be ISO 8601", "result.duration", "90 minutes"),
    ("2.4.5 duration needs P", "result.duration", "T1H"),
    ("2.4.5 duration empty time part", "result.duration", "PT"),
    ("2.4.5 result extensions keys are IRIs", "result.extensions", {"k": 1}),
    ("2.4.5.1 score must be an object", "result.score", 0.5),
    ("2.4.5.1 score unknown property", "result.score.percent", 50),
    ("2.4.5.1 scaled above 1", "result.score", {"scaled": 1.5}),
    ("2.4.5.1 scaled below -1", "result.score", {"scaled": -1.01}),
    ("2.4.5.1 scaled must be a number", "result.score", {"scaled": "0.5"}),
    ("2.4.5.1 raw must be a number", "result.score", {"raw": "5"}),
    ("2.4.5.1 raw cannot be a boolean", "result.score", {"raw": True}),
    ("2.4.5.1 raw below min", "result.score", {"raw": 1, "min": 2, "max": 5}),
    ("2.4.5.1 raw above max", "result.score", {"raw": 6, "min": 2, "max": 5}),
    ("2.4.5.1 max must exceed min", "result.score", {"min": 5, "max": 5}),
    ("2.4.6 context must be an object", "context", "x"),
    ("2.4.6 context unknown property", "context.course", "x"),
    ("2.4.6 registration must be a UUID", "context.registration", "abc"),
    ("2.4.6 instructor must be an agent or group", "context.instructor", {"name": "x"}),
    ("2.4.6 team must be a group", "context.team", {"mbox": "mailto:a@example.eu"}),
    ("2.4.6 revision must be a string", "context.revision", 2),
    ("2.4.6 platform must be a string", "context.platform", ["x"]),
    ("2.4.6 language must be a language tag", "context.language", "english!"),
    ("2.4.6 statement must be a StatementRef", "context.statement", {"id": UUID}),
    ("2.4.6 context extensions keys are IRIs", "context.extensions", {"k": 1}),
    (
        "2.4.6.2 contextActivities unknown kind",
        "context.contextActivities",
        {"siblings": [{"id": ACTIVITY}]},
    ),
    (
        "2.4.6.2 contextActivities item must be an activity",
        "context.contextActivities",
        {"parent": [{"objectType": "Agent", "mbox": "mailto:a@example.eu"}]},
    ),
    (
        "2.4.6.2 contextActivities activity id must be an IRI",
        "context.contextActivities",
        {"grouping": {"id": "x"}},
    ),
    ("2.4.7 timestamp must be ISO 8601", "timestamp", "yesterday"),
    ("2.4.7 timestamp without time", "timestamp", "2024-01-01"),
    ("2.4.7 timestamp invalid month", "timestamp", "2024-13-01T00:00:00Z"),
    ("2.4.7 timestamp negative zero offset", "timestamp", "2024-01-01T00:00:00-00:00"),
    ("2.4.7 timestamp must be a string", "timestamp", 1704067200),
    ("2.4.8 stored must be a timestamp", "stored", "soon"),
    ("2.4.9 authority must be an agent or group", "authority", {"name": "x"}),
    ("2.4.9 group authority has exactly two members", "authority", GROUP),
    ("2.4.10 version must be 1.0.x", "version", "2.0.0"),
    ("2.4.10 version must be a string", "version", 1.0),
    ("2.4.11 attachments must be a list", "attachments", {"usageType": "x"}),
    (
        "2.4.11 attachment needs usageType",
        "attachments",
        [{"display": {"en": "x"}, "contentType": "text/plain", "length": 1, "sha2": "a" * 64}],
    ),
    (
        "2.4.11 attachment usageType must be an IRI",
        "attachments",
        [
            {
                "usageType": "x",
                "display": {"en": "x"},
                "contentType": "text/plain",
                "length": 1,
                "sha2": "a" * 64,
                "fileUrl": "http://example.eu/f",
            }
        ],
    ),
    (
        "2.4.11 attachment length must be an integer",
        "attachments",
        [
            {
                "usageType": "http://example.eu/u",
                "display": {"en": "x"},
                "contentType": "text/plain",
                "length": "1",
                "sha2": "a" * 64,
                "fileUrl": "http://example.eu/f",
            }
        ],
    ),
    (
        "2.4.11 attachment sha2 must be hex",
        "attachments",
        [
            {
                "usageType": "http://example.eu/u",
                "display": {"en": "x"},
                "contentType": "text/plain",
                "length": 1,
                "sha2": "xyz",
                "fileUrl": "http://example.eu/f",
            }
        ],
    ),
    (
        "2.4.11 attachment display must be a language map",
        "attachments",
        [
            {
                "usageType": "http://example.eu/u",
                "display": "x",
                "contentType": "text/plain",
                "length": 1,
                "sha2": "a" * 64,
                "fileUrl": "http://example.eu/f",
            }
        ],
    ),
    (
        "2.4.11 attachment without fileUrl needs its part",
        "attachments",
        [
            {
                "usageType": "http://example.eu/u",
                "display": {"en": "x"},
                "contentType": "text/plain",
                "length": 1,
                "sha2": "a" * 64,
            }
        ],
    ),
    (
        "2.3.2 voiding statement needs a StatementRef",
        "verb.id",
        "http://adlnet.gov/expapi/verbs/voided",
    ),
]

VALID = [
    ("2.2 minimal statement", "result", DELETE),
    ("2.2 statement with an id", "id", UUID),
    ("2.2 upper-case UUID id", "id", UUID.upper()),
    ("2.4.2.1 agent without objectType", "actor", {"mbox": "mailto:ana@example.eu"}),
    ("2.4.2.3 mbox_sha1sum", "actor", {"mbox_sha1sum": "a" * 40}),
    ("2.4.2.3 openid", "actor", {"openid": "http://openid.example.eu/ana"}),
    ("2.4.2.4 account", "actor", {"account": {"homePage": "http://x.eu", "name": "ana"}}),
    ("2.4.2.2 anonymous group", "actor", GROUP),
    (
        "2.4.2.2 identified group without members",
        "actor",
        {"objectType": "Group", "mbox": "mailto:team@example.eu"},
    ),
    (
        "2.4.2.2 identified group with members",
        "actor",
        {
            "objectType": "Group",
            "account": {"homePage": "http://x.eu", "name": "t"},
            "member": [{"mbox": "mailto:a@example.eu"}],
        },
    ),
    ("2.4.3 verb without display", "verb", {"id": "http://example.eu/verbs/did"}),
    ("2.4.3 verb display with region tag", "verb.display", {"en-GB": "did", "zh-Hant-TW": "x"}),
    ("2.4.3 verb with an urn IRI", "verb.id", "urn:example:verb:did"),
    ("2.4.3 verb IRI with unicode", "verb.id", "http://example.eu/verbes/réussi"),
    ("2.4.4.1 activity without objectType", "object", {"id": ACTIVITY}),
    ("2.4.4.1 activity without definition", "object", {"objectType": "Activity", "id": ACTIVITY}),
    ("2.4.4.1 definition moreInfo", "object.definition.moreInfo", "http://example.eu/more"),
    (
        "2.4.4.1 definition extensions",
        "object.definition.extensions",
        {"http://example.eu/ext": {"any": ["json", 1, None]}},
    ),
    (
        "2.4.4.1.1 true-false",
        "object.definition",
        {"interactionType": "true-false", "correctResponsesPattern": ["true"]},
    ),
    (
        "2.4.4.1.1 choice",
        "object.definition",
        {
            "interactionType": "choice",
            "choices": [{"id": "a", "description": {"en": "A"}}, {"id": "b"}],
            "correctResponsesPattern": ["a[,]b"],
        },
    ),
    (
        "2.4.4.1.1 fill-in",
        "object.definition",
        {"interactionType": "fill-in", "correctResponsesPattern": ["{case_matters=false}Rome"]},
    ),
    ("2.4.4.1.1 long-fill-in", "object.definition", {"interactionType": "long-fill-in"}),
    (
        "2.4.4.1.1 matching",
        "object.definition",
        {
            "interactionType": "matching",
            "source": [{"id": "s"}],
            "target": [{"id": "t"}],
            "correctResponsesPattern": ["s[.]t"],
        },
    ),
    (
        "2.4.4.1.1 performance",
        "object.definition",
        {"interactionType": "performance", "steps": [{"id": "1"}, {"id": "2"}]},
    ),
    (
        "2.4.4.1.1 sequencing",
        "object.definition",
        {"interactionType": "sequencing", "choices": [{"id": "a"}, {"id": "b"}]},
    ),
    (
        "2.4.4.1.1 likert",
        "object.definition",
        {"interactionType": "likert", "scale": [{"id": "1"}, {"id": "5"}]},
    ),
    (
        "2.4.4.1.1 numeric",
        "object.definition",
        {"interactionType": "numeric", "correctResponsesPattern": ["4[:]"]},
    ),
    ("2.4.4.1.1 other", "object.definition", {"interactionType": "other"}),
    ("2.4.4.2 agent as object", "object", {"objectType": "Agent", "mbox": "mailto:b@example.eu"}),
    ("2.4.4.2 group as object", "object", GROUP),
    ("2.4.4.3 StatementRef object", "object", {"objectType": "StatementRef", "id": UUID}),
    (
        "2.4.4.3 SubStatement object",
        "object",
        {
            "objectType": "SubStatement",
            "actor": {"mbox": "mailto:a@example.eu"},
            "verb": {"id": "http://example.eu/v"},
            "object": {"id": ACTIVITY},
            "result": {"success": True},
            "context": {"platform": "x"},
            "timestamp": "2024-01-01T00:00:00Z",
        },
    ),
    (
        "2.4.5 full result",
        "result",
        {
            "score": {"scaled": 0.5, "raw": 5, "min": 0, "max": 10},
            "success": True,
            "completion": False,
            "response": "x",
            "duration": "PT1H30M2.5S",
            "extensions": {"http://example.eu/e": 1},
        },
    ),
    ("2.4.5 duration in weeks", "result", {"duration": "P3W"}),
    ("2.4.5 duration in days and hours", "result", {"duration": "P1DT12H"}),
    ("2.4.5.1 scaled -1", "result", {"score": {"scaled": -1}}),
    ("2.4.5.1 raw without bounds", "result", {"score": {"raw": 1000}}),
    ("2.4.5.1 negative raw within bounds", "result", {"score": {"raw": -5, "min": -10, "max": 0}}),
    (
        "2.4.6 full context",
        "context",
        {
            "registration": UUID,
            "instructor": {"mbox": "mailto:t@example.eu"},
            "team": GROUP,
            "contextActivities": {
                "parent": [{"id": ACTIVITY}],
                "grouping": [{"id": ACTIVITY + "/g"}],
                "category": [{"id": "http://example.eu/profile"}],
                "other": [{"id": ACTIVITY + "/o"}],
            },
            "revision": "2",
            "platform": "DIG.INT",
            "language": "it-IT",
            "statement": {"objectType": "StatementRef", "id": UUID},
            "extensions": {"http://example.eu/e": None},
        },
    ),
    ("2.4.6 instructor group", "context.instructor", GROUP),
    ("2.4.7 timestamp with offset", "timestamp", "2024-01-01T10:00:00+02:00"),
    ("2.4.7 timestamp with fraction", "timestamp", "2024-01-01T10:00:00.123456Z"),
    ("2.4.7 timestamp without timezone", "timestamp", "2024-01-01T10:00:00"),
    ("2.4.10 version 1.0.0", "version", "1.0.0"),
    ("2.4.10 version 1.0.3", "version", "1.0.3"),
    (
        "2.4.11 attachment with fileUrl",
        "attachments",
        [
            {
                "usageType": "http://example.eu/u",
                "display": {"en": "x"},
                "description": {"en": "y"},
                "contentType": "text/plain",
                "length": 1,
                "sha2": "a" * 64,
                "fileUrl": "http://example.eu/f",
            }
        ],
    ),
]


def _case(rows):
    return [pytest.param(path, value, id=name) for name, path, value in rows]


@pytest.mark.parametrize(("path", "value"), _case(INVALID))
def test_statement_rules_invalid_statement_is_a_400_and_stores_nothing(lrs, statement, path, value):
    body = mutate(path, value)(statement)
    response = lrs.post("statements", body)
    assert response.status_code == 400, response.content
    assert response.json()["error"]
    assert not Statement.objects.filter(client__isnull=False).exists()


@pytest.mark.parametrize(("path", "value"), _case(INVALID))
def test_statement_rules_invalid_statement_in_a_batch_rejects_the_batch(
    lrs, statement, path, value
):
    valid = copy.deepcopy(statement)
    response = lrs.post("statements", [valid, mutate(path, value)(statement)])
    assert response.status_code == 400
    assert not Statement.objects.filter(client__isnull=False).exists()


@pytest.mark.parametrize(("path", "value"), _case(row for row in INVALID if row[1] != "id"))
def test_statement_rules_invalid_statement_put_is_a_400(lrs, statement, path, value):
    body = mutate(path, value)(statement)
    response = lrs.put("statements", body, {"statementId": UUID})
    assert response.status_code == 400


@pytest.mark.parametrize(("path", "value"), _case(VALID))
def test_statement_rules_valid_statement_is_stored_as_sent(lrs, statement, path, value):
    body = mutate(path, value)(statement)
    response = lrs.post("statements", body)
    assert response.status_code == 200, response.content
    [statement_id] = response.json()
    stored = lrs.get("statements", {"statementId": statement_id}).json()
    for key, item in body.items():
        if key != "id":
            assert stored[key] == item
    assert stored["id"] == statement_id == body.get("id", statement_id).lower()
    assert {"stored", "authority", "version", "timestamp"} <= set(stored)
