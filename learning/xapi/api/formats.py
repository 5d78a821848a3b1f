"""The three statement formats of GET /statements: exact, ids and canonical (Part Three 2.1.3).

Both reductions reach every part of a statement, SubStatements and context activities included.
"""

from django.conf import settings

from ..validation import AGENT_IFIS

LANGUAGE_MAP_KEYS = {"display", "name", "description"}


def _agent_ids(agent):
    kept = {key: agent[key] for key in ("objectType", *AGENT_IFIS) if key in agent}
    if agent.get("objectType") == "Group" and not any(key in agent for key in AGENT_IFIS):
        kept["member"] = [_agent_ids(member) for member in agent.get("member", [])]
    return kept


def _object_ids(obj):
    kind = obj.get("objectType", "Activity")
    if kind == "Activity":
        # The statement's object names its type; elsewhere an Activity is its id alone.
        return {"objectType": "Activity", "id": obj["id"]}
    if kind in ("Agent", "Group"):
        return _agent_ids(obj)
    if kind == "SubStatement":
        return ids(obj)
    return obj


def ids(statement):
    """Agents, groups and activities reduced to what identifies them."""
    statement = dict(statement)
    statement["actor"] = _agent_ids(statement["actor"])
    statement["object"] = _object_ids(statement["object"])
    if "authority" in statement:
        statement["authority"] = _agent_ids(statement["authority"])
    if "context" in statement:
        context = dict(statement["context"])
        for key in ("instructor", "team"):
            if key in context:
                context[key] = _agent_ids(context[key])
        if "contextActivities" in context:
            context["contextActivities"] = {
                kind: [
                    {"id": item["id"]} for item in (items if isinstance(items, list) else [items])
                ]
                for kind, items in context["contextActivities"].items()
            }
        statement["context"] = context
    return statement


def best_language(tags, languages):
    """The tag among `tags` that best matches the wanted `languages` (most wanted first).

    For each wanted language in turn: the same tag, then its shorter forms (fr-CA, then fr),
    then the language in any region (fr-FR). None if no tag matches any wanted language.
    """
    lower = {tag.lower(): tag for tag in tags}
    for language in languages:
        parts = language.lower().split("-")
        for length in range(len(parts), 0, -1):
            tag = lower.get("-".join(parts[:length]))
            if tag is not None:
                return tag
        for tag in tags:
            if tag.lower().split("-")[0] == parts[0]:
                return tag
    return None


def _pick(language_map, languages):
    # Without a match: the site's default language, else the first tag in alphabetical order
    # (not the first stored: PostgreSQL's jsonb keeps its own key order).
    tags = list(language_map)
    tag = (
        best_language(tags, languages) or best_language(tags, [settings.LANGUAGE_CODE]) or min(tags)
    )
    return {tag: language_map[tag]}


def canonical(value, languages, definitions=None):
    """Every Language Map reduced to the one language the client prefers.

    Activities first take the canonical definition the LRS keeps (`definitions`, IRI →
    definition), as format=canonical asks; then every map keeps its best-matching entry.
    """
    if isinstance(value, list):
        return [canonical(item, languages, definitions) for item in value]
    if not isinstance(value, dict):
        return value
    if definitions and _is_activity(value) and value["id"] in definitions:
        value = {**value, "definition": definitions[value["id"]]}
    result = {}
    for key, item in value.items():
        if key == "extensions":
            result[key] = item
        elif key in LANGUAGE_MAP_KEYS and isinstance(item, dict) and item:
            result[key] = _pick(item, languages)
        else:
            result[key] = canonical(item, languages, definitions)
    return result


def _is_activity(value):
    # An Activity object: an id and no objectType, or objectType Activity.
    return (
        isinstance(value.get("id"), str)
        and value.get("objectType", "Activity") == "Activity"
        and ("definition" in value or set(value) <= {"id", "objectType"})
    )


def accepted_languages(header):
    """The languages of an Accept-Language header, most wanted first."""
    ranked = []
    for index, part in enumerate(header.split(",")):
        tag, _sep, quality = part.strip().partition(";q=")
        if tag and tag != "*":
            try:
                weight = float(quality) if quality else 1.0
            except ValueError:
                weight = 0.0
            ranked.append((-weight, index, tag.lower()))
    return [tag for _weight, _index, tag in sorted(ranked)]
