"""Validation of statements against xAPI 1.0.3 Part Two and 2.0, as strict as an LRS must be.

`validate_statement` raises `StatementError` naming the first property that breaks a rule
(type, required property, unknown property, IRI, mbox, UUID, timestamp...). It never changes
the statement: the LRS keeps what it received. The rules of the request's version apply:
2.0 adds contextAgents and contextGroups and wants every timestamp with its time zone.
"""

from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from . import primitives
from .versions import CONTEXT_2_0, V1, V2, statement_version_allowed
from .vocabulary import VOIDED

INTERACTION_TYPES = {
    "true-false": set(),
    "choice": {"choices"},
    "fill-in": set(),
    "long-fill-in": set(),
    "matching": {"source", "target"},
    "performance": {"steps"},
    "sequencing": {"choices"},
    "likert": {"scale"},
    "numeric": set(),
    "other": set(),
}
COMPONENT_LISTS = {"choices", "scale", "source", "target", "steps"}
CONTEXT_ACTIVITY_KINDS = {"parent", "grouping", "category", "other"}
# The properties each object may have (sets, built once: validation runs for every statement).
DEFINITION_PROPERTIES = {
    "name",
    "description",
    "type",
    "moreInfo",
    "extensions",
    "interactionType",
    "correctResponsesPattern",
} | COMPONENT_LISTS
RESULT_PROPERTIES = {"score", "success", "completion", "response", "duration", "extensions"}
CONTEXT_PROPERTIES = {
    "registration",
    "instructor",
    "team",
    "contextActivities",
    "revision",
    "platform",
    "language",
    "statement",
    "extensions",
}
CONTEXT_PROPERTIES_2_0 = CONTEXT_PROPERTIES | set(CONTEXT_2_0)
_BODY_PROPERTIES = {"actor", "verb", "object", "result", "context", "timestamp", "attachments"}
STATEMENT_PROPERTIES = _BODY_PROPERTIES | {"id", "stored", "authority", "version"}
SUB_STATEMENT_PROPERTIES = _BODY_PROPERTIES | {"objectType"}

EXPECTED = {
    "object": gettext_lazy("a JSON object"),
    "string": gettext_lazy("a string"),
    "boolean": gettext_lazy("true or false"),
    "number": gettext_lazy("a number"),
    "integer": gettext_lazy("a whole number"),
    "list": gettext_lazy("a list"),
    "iri": gettext_lazy("an absolute IRI"),
    "uuid": gettext_lazy("a UUID"),
    "mbox": gettext_lazy("a mailto: IRI with one e-mail address"),
    "sha1": gettext_lazy("a hex SHA-1 digest"),
    "sha2": gettext_lazy("a hex SHA-2 digest"),
    "timestamp": gettext_lazy("an ISO 8601 timestamp"),
    "duration": gettext_lazy("an ISO 8601 duration"),
    "language": gettext_lazy("an RFC 5646 language tag"),
    "version": gettext_lazy("an xAPI version this request accepts (1.0.x; 2.0.x in xAPI 2.0)"),
    "timestamp-zone": gettext_lazy("an RFC 3339 timestamp with its time zone (Z or ±hh:mm)"),
}


class StatementError(ValueError):
    """A statement (or a query parameter holding xAPI JSON) that breaks a rule of the spec."""


def _fail(path, message):
    raise StatementError(f"{path}: {message}")


def _expect(path, kind):
    _fail(path, _("must be %(expected)s.") % {"expected": EXPECTED[kind]})


def _object(value, path, allowed, required=()):
    """Check that `value` is an object with only `allowed` keys and every `required` key."""
    if not isinstance(value, dict):
        _expect(path, "object")
    # Set operations first: the loops that name the offending key run only on bad input.
    if not value.keys() <= allowed:
        for key in value:
            if key not in allowed:
                _fail(f"{path}.{key}" if path else key, _("is not a property xAPI allows here."))
    for key in required:
        if key not in value:
            _fail(f"{path}.{key}", _("is required."))
        if value[key] is None:
            _fail(f"{path}.{key}", _("must not be null."))
    if None in value.values():
        for key, item in value.items():
            if item is None:
                _fail(f"{path}.{key}", _("must not be null."))
    return value


def _string(value, path):
    if not isinstance(value, str):
        _expect(path, "string")


CHECKS = {
    "iri": primitives.is_iri,
    "uuid": primitives.is_uuid,
    "mbox": primitives.is_mbox,
    "sha1": primitives.is_sha1,
    "sha2": primitives.is_sha2,
    "duration": primitives.is_duration,
    "language": primitives.is_language_tag,
    "timestamp": lambda item: primitives.parse_timestamp(item) is not None,
    "timestamp-zone": lambda item: primitives.parse_timestamp(item, require_zone=True) is not None,
}


def _check(value, path, kind):
    if not CHECKS[kind](value):
        _expect(path, kind)


def _boolean(value, path):
    if not isinstance(value, bool):
        _expect(path, "boolean")


def _number(value, path):
    if isinstance(value, bool) or not isinstance(value, int | float):
        _expect(path, "number")


def _list(value, path):
    if not isinstance(value, list):
        _expect(path, "list")


def language_map(value, path):
    """A Language Map: language tags mapped to strings."""
    if not isinstance(value, dict):
        _expect(path, "object")
    for tag, text in value.items():
        _check(tag, f"{path}.{tag}", "language")
        _string(text, f"{path}.{tag}")


def extensions(value, path):
    """Extensions: IRI keys, any JSON values (null included)."""
    if not isinstance(value, dict):
        _expect(path, "object")
    for key in value:
        _check(key, f"{path}.{key}", "iri")


AGENT_IFIS = ("mbox", "mbox_sha1sum", "openid", "account")


def _ifis(value, path, *, required):
    found = [key for key in AGENT_IFIS if key in value]
    if len(found) > 1:
        _fail(path, _("must have exactly one identifier (mbox, mbox_sha1sum, openid, account)."))
    if required and not found:
        _fail(path, _("must have exactly one identifier (mbox, mbox_sha1sum, openid, account)."))
    if "mbox" in value:
        _check(value["mbox"], f"{path}.mbox", "mbox")
    if "mbox_sha1sum" in value:
        _check(value["mbox_sha1sum"], f"{path}.mbox_sha1sum", "sha1")
    if "openid" in value:
        _check(value["openid"], f"{path}.openid", "iri")
    if "account" in value:
        account = _object(
            value["account"], f"{path}.account", {"homePage", "name"}, ("homePage", "name")
        )
        _check(account["homePage"], f"{path}.account.homePage", "iri")
        _string(account["name"], f"{path}.account.name")
    if "name" in value:
        _string(value["name"], f"{path}.name")


def agent(value, path):
    """An Agent: one inverse functional identifier, an optional name."""
    _object(value, path, {"objectType", "name", *AGENT_IFIS})
    if value.get("objectType", "Agent") != "Agent":
        _fail(f"{path}.objectType", _("must be Agent."))
    _ifis(value, path, required=True)


def group(value, path):
    """A Group: anonymous (members required) or identified (one identifier)."""
    _object(value, path, {"objectType", "name", "member", *AGENT_IFIS}, ("objectType",))
    if value["objectType"] != "Group":
        _fail(f"{path}.objectType", _("must be Group."))
    identified = any(key in value for key in AGENT_IFIS)
    _ifis(value, path, required=False)
    if not identified and "member" not in value:
        _fail(f"{path}.member", _("is required for an anonymous group."))
    if "member" in value:
        _list(value["member"], f"{path}.member")
        for index, member in enumerate(value["member"]):
            agent(member, f"{path}.member[{index}]")


def actor(value, path):
    """An Agent or a Group, told apart by objectType."""
    if isinstance(value, dict) and value.get("objectType") == "Group":
        group(value, path)
    else:
        agent(value, path)


def verb(value, path):
    """A Verb: an IRI and an optional display Language Map."""
    _object(value, path, {"id", "display"}, ("id",))
    _check(value["id"], f"{path}.id", "iri")
    if "display" in value:
        language_map(value["display"], f"{path}.display")


def _components(value, path):
    _list(value, path)
    seen = set()
    for index, component in enumerate(value):
        item_path = f"{path}[{index}]"
        _object(component, item_path, {"id", "description"}, ("id",))
        _string(component["id"], f"{item_path}.id")
        if component["id"] in seen:
            _fail(f"{item_path}.id", _("must be unique within the list."))
        seen.add(component["id"])
        if "description" in component:
            language_map(component["description"], f"{item_path}.description")


def activity_definition(value, path):
    """An Activity Definition, with the interaction components its interactionType allows."""
    _object(value, path, DEFINITION_PROPERTIES)
    for key in ("name", "description"):
        if key in value:
            language_map(value[key], f"{path}.{key}")
    for key in ("type", "moreInfo"):
        if key in value:
            _check(value[key], f"{path}.{key}", "iri")
    if "extensions" in value:
        extensions(value["extensions"], f"{path}.extensions")
    interaction = value.get("interactionType")
    if interaction is not None and not isinstance(interaction, str):
        _expect(f"{path}.interactionType", "string")
    if interaction is not None and interaction not in INTERACTION_TYPES:
        _fail(f"{path}.interactionType", _("is not an interaction type of xAPI."))
    if "correctResponsesPattern" in value:
        if interaction is None:
            _fail(f"{path}.correctResponsesPattern", _("needs an interactionType."))
        _list(value["correctResponsesPattern"], f"{path}.correctResponsesPattern")
        for index, pattern in enumerate(value["correctResponsesPattern"]):
            _string(pattern, f"{path}.correctResponsesPattern[{index}]")
    for key in COMPONENT_LISTS & value.keys():
        if key not in INTERACTION_TYPES.get(interaction, set()):
            _fail(f"{path}.{key}", _("is not allowed for this interactionType."))
        _components(value[key], f"{path}.{key}")


def activity(value, path):
    """An Activity: an IRI and an optional definition."""
    _object(value, path, {"objectType", "id", "definition"}, ("id",))
    if value.get("objectType", "Activity") != "Activity":
        _fail(f"{path}.objectType", _("must be Activity."))
    _check(value["id"], f"{path}.id", "iri")
    if "definition" in value:
        activity_definition(value["definition"], f"{path}.definition")


def statement_ref(value, path):
    """A Statement Reference: objectType StatementRef and a statement id."""
    _object(value, path, {"objectType", "id"}, ("objectType", "id"))
    if value["objectType"] != "StatementRef":
        _fail(f"{path}.objectType", _("must be StatementRef."))
    _check(value["id"], f"{path}.id", "uuid")


def _timestamp_kind(version):
    # xAPI 2.0: timestamps are RFC 3339 with the time zone; 1.0.3 read a missing zone as UTC.
    return "timestamp-zone" if version == V2 else "timestamp"


def _statement_object(value, path, *, nested, version=V1):
    if not isinstance(value, dict):
        _expect(path, "object")
    kind = value.get("objectType", "Activity")
    if kind == "Activity":
        activity(value, path)
    elif kind == "Agent":
        agent(value, path)
    elif kind == "Group":
        group(value, path)
    elif kind == "StatementRef":
        statement_ref(value, path)
    elif kind == "SubStatement" and not nested:
        _statement_body(value, path, sub_statement=True, version=version)
    elif kind == "SubStatement":
        _fail(f"{path}.objectType", _("a SubStatement cannot contain another SubStatement."))
    else:
        _fail(f"{path}.objectType", _("is not an object type of xAPI."))


def result(value, path):
    """A Result: score, success, completion, response, duration, extensions."""
    _object(value, path, RESULT_PROPERTIES)
    if "score" in value:
        score = _object(value["score"], f"{path}.score", {"scaled", "raw", "min", "max"})
        for key, number in score.items():
            _number(number, f"{path}.score.{key}")
        if "scaled" in score and not -1 <= score["scaled"] <= 1:
            _fail(f"{path}.score.scaled", _("must be between -1 and 1."))
        if "min" in score and "max" in score and score["min"] >= score["max"]:
            _fail(f"{path}.score.max", _("must be greater than min."))
        if "raw" in score:
            if "min" in score and score["raw"] < score["min"]:
                _fail(f"{path}.score.raw", _("must not be less than min."))
            if "max" in score and score["raw"] > score["max"]:
                _fail(f"{path}.score.raw", _("must not be greater than max."))
    for key in ("success", "completion"):
        if key in value:
            _boolean(value[key], f"{path}.{key}")
    if "response" in value:
        _string(value["response"], f"{path}.response")
    if "duration" in value:
        _check(value["duration"], f"{path}.duration", "duration")
    if "extensions" in value:
        extensions(value["extensions"], f"{path}.extensions")


def _relevant_types(value, path):
    _list(value, path)
    if not value:
        _fail(path, _("must hold at least one IRI."))
    for index, item in enumerate(value):
        _check(item, f"{path}[{index}]", "iri")


def _context_members(value, path, object_type, member_key, check_member):
    """Check contextAgents or contextGroups (xAPI 2.0): typed Agents or Groups, relevant types."""
    _list(value, path)
    for index, item in enumerate(value):
        item_path = f"{path}[{index}]"
        _object(item, item_path, {"objectType", member_key, "relevantTypes"}, ("objectType",))
        if item["objectType"] != object_type:
            _fail(f"{item_path}.objectType", _("must be %(type)s.") % {"type": object_type})
        if member_key not in item:
            _fail(f"{item_path}.{member_key}", _("is required."))
        check_member(item[member_key], f"{item_path}.{member_key}")
        if "relevantTypes" in item:
            _relevant_types(item["relevantTypes"], f"{item_path}.relevantTypes")


def context(value, path, statement_object, version=V1):
    """A Context; revision and platform only when the object is an Activity."""
    _object(value, path, CONTEXT_PROPERTIES_2_0 if version == V2 else CONTEXT_PROPERTIES)
    if "registration" in value:
        _check(value["registration"], f"{path}.registration", "uuid")
    if "instructor" in value:
        actor(value["instructor"], f"{path}.instructor")
    if "team" in value:
        group(value["team"], f"{path}.team")
    if "contextActivities" in value:
        activities = _object(
            value["contextActivities"], f"{path}.contextActivities", CONTEXT_ACTIVITY_KINDS
        )
        for kind, items in activities.items():
            items = items if isinstance(items, list) else [items]
            for index, item in enumerate(items):
                activity(item, f"{path}.contextActivities.{kind}[{index}]")
    is_activity = statement_object.get("objectType", "Activity") == "Activity"
    for key in ("revision", "platform"):
        if key in value:
            _string(value[key], f"{path}.{key}")
            if not is_activity:
                _fail(f"{path}.{key}", _("is only allowed when the object is an Activity."))
    if "language" in value:
        _check(value["language"], f"{path}.language", "language")
    if "statement" in value:
        statement_ref(value["statement"], f"{path}.statement")
    if "extensions" in value:
        extensions(value["extensions"], f"{path}.extensions")
    if "contextAgents" in value:
        _context_members(
            value["contextAgents"], f"{path}.contextAgents", "contextAgent", "agent", agent
        )
    if "contextGroups" in value:
        _context_members(
            value["contextGroups"], f"{path}.contextGroups", "contextGroup", "group", group
        )


def attachment(value, path):
    """An Attachment: usage type, display, content type, length and SHA-2 digest."""
    allowed = {"usageType", "display", "description", "contentType", "length", "sha2"}
    required = ("usageType", "display", "contentType", "length", "sha2")
    _object(value, path, allowed | {"fileUrl"}, required)
    _check(value["usageType"], f"{path}.usageType", "iri")
    language_map(value["display"], f"{path}.display")
    if "description" in value:
        language_map(value["description"], f"{path}.description")
    _string(value["contentType"], f"{path}.contentType")
    length = value["length"]
    if isinstance(length, bool) or not isinstance(length, int) or length < 0:
        _expect(f"{path}.length", "integer")
    _check(value["sha2"], f"{path}.sha2", "sha2")
    if "fileUrl" in value:
        _check(value["fileUrl"], f"{path}.fileUrl", "iri")


def _statement_body(value, path, *, sub_statement, version=V1):
    allowed = SUB_STATEMENT_PROPERTIES if sub_statement else STATEMENT_PROPERTIES
    _object(value, path, allowed, ("actor", "verb", "object"))
    prefix = f"{path}." if path else ""
    actor(value["actor"], f"{prefix}actor")
    verb(value["verb"], f"{prefix}verb")
    _statement_object(value["object"], f"{prefix}object", nested=sub_statement, version=version)
    if "result" in value:
        result(value["result"], f"{prefix}result")
    if "context" in value:
        context(value["context"], f"{prefix}context", value["object"], version)
    if "timestamp" in value:
        _check(value["timestamp"], f"{prefix}timestamp", _timestamp_kind(version))
    if "attachments" in value:
        _list(value["attachments"], f"{prefix}attachments")
        for index, item in enumerate(value["attachments"]):
            attachment(item, f"{prefix}attachments[{index}]")
    if value["verb"]["id"] == VOIDED:
        if value["object"].get("objectType") != "StatementRef":
            _fail(f"{prefix}object", _("a voiding statement must target a StatementRef."))


def _authority(value):
    """Check an authority: an Agent, or the OAuth three-legged pair (Part Two 2.4.9).

    The pair is an anonymous Group of two Agents, one of them the application (an account).
    """
    actor(value, "authority")
    if value.get("objectType") != "Group":
        return
    members = value.get("member", [])
    if any(key in value for key in AGENT_IFIS) or len(members) != 2:
        _fail("authority", _("a group authority is an anonymous group of exactly two agents."))
    if not any("account" in member for member in members):
        _fail("authority.member", _("one member of a group authority is the application."))


def validate_statement(value, version=V1):
    """Check one statement as received; raise `StatementError` at the first broken rule.

    Args:
        value: The statement.
        version: The xAPI version of the request (`versions.V1` or `versions.V2`).
    """
    if not isinstance(value, dict):
        _expect("statement", "object")
    _statement_body(value, "", sub_statement=False, version=version)
    if "id" in value:
        _check(value["id"], "id", "uuid")
    if "stored" in value:
        _check(value["stored"], "stored", _timestamp_kind(version))
    if "authority" in value:
        _authority(value["authority"])
    if "version" in value and not statement_version_allowed(value["version"], version):
        _expect("version", "version")
