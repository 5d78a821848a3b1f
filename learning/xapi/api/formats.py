"""The three statement formats of GET /statements: exact, ids and canonical (Part Three 2.1.3)."""

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
                    _object_ids(item) for item in (items if isinstance(items, list) else [items])
                ]
                for kind, items in context["contextActivities"].items()
            }
        statement["context"] = context
    return statement


def _pick(language_map, languages):
    for language in languages:
        for tag, text in language_map.items():
            if tag.lower() == language or tag.lower().split("-")[0] == language.split("-")[0]:
                return {tag: text}
    tag = next(iter(language_map))
    return {tag: language_map[tag]}


def canonical(value, languages):
    """Every Language Map reduced to the one language the client prefers."""
    if isinstance(value, list):
        return [canonical(item, languages) for item in value]
    if not isinstance(value, dict):
        return value
    result = {}
    for key, item in value.items():
        if key == "extensions":
            result[key] = item
        elif key in LANGUAGE_MAP_KEYS and isinstance(item, dict) and item:
            result[key] = _pick(item, languages)
        else:
            result[key] = canonical(item, languages)
    return result


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
