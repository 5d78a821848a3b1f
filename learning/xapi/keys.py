"""The identifiers statements are found by: agents by their inverse functional identifier.

Two Agents (or Identified Groups) are the same when they use the same identifier (xAPI 1.0.3
Part Two, 2.4.2.3); names and objectType do not count.
"""

from .models import StatementIndex


def agent_identifier(agent):
    """The one identifier of an Agent or Identified Group, as text; None if anonymous."""
    if "mbox" in agent:
        return f"mbox|{agent['mbox']}"
    if "mbox_sha1sum" in agent:
        return f"mbox_sha1sum|{agent['mbox_sha1sum'].lower()}"
    if "openid" in agent:
        return f"openid|{agent['openid']}"
    if "account" in agent:
        return f"account|{agent['account']['homePage']}|{agent['account']['name']}"
    return None


def agent_key(agent):
    """The index key of an agent (see `StatementIndex.digest`)."""
    identifier = agent_identifier(agent)
    return StatementIndex.digest(identifier) if identifier else None


def activity_key(iri):
    """The index key of an activity IRI."""
    return StatementIndex.digest(iri)


def _agents(actor):
    """The agent itself and, for a group, its members."""
    yield actor
    yield from actor.get("member", [])


def _context_activities(context):
    for items in context.get("contextActivities", {}).values():
        yield from items if isinstance(items, list) else [items]


def index_entries(statement):
    """(kind, identifier, related) for each way the statement can be found."""
    entries = [(StatementIndex.VERB, statement["verb"]["id"], False)]
    context = statement.get("context", {})
    if "registration" in context:
        entries.append((StatementIndex.REGISTRATION, context["registration"].lower(), False))
    entries += _part_entries(statement, related=False)
    for agent in (statement.get("authority"), context.get("instructor"), context.get("team")):
        if agent:
            entries += [(StatementIndex.AGENT, item, True) for item in _identifiers(agent)]
    # xAPI 2.0 context agents and groups count for related_agents, like instructor and team.
    for wrapper, key in _context_members(context):
        entries += [(StatementIndex.AGENT, item, True) for item in _identifiers(wrapper[key])]
    entries += [
        (StatementIndex.ACTIVITY, item["id"], True) for item in _context_activities(context)
    ]
    sub = statement["object"]
    if sub.get("objectType") == "SubStatement":
        entries += [(kind, key, True) for kind, key, _ in index_entries(sub)]
    return entries


def _context_members(context):
    for wrapper in context.get("contextAgents", []):
        yield wrapper, "agent"
    for wrapper in context.get("contextGroups", []):
        yield wrapper, "group"


def _identifiers(agent):
    return [item for item in map(agent_identifier, _agents(agent)) if item]


def _part_entries(statement, related):
    entries = [(StatementIndex.AGENT, item, related) for item in _identifiers(statement["actor"])]
    obj = statement["object"]
    kind = obj.get("objectType", "Activity")
    if kind == "Activity":
        entries.append((StatementIndex.ACTIVITY, obj["id"], related))
    elif kind in ("Agent", "Group"):
        entries += [(StatementIndex.AGENT, item, related) for item in _identifiers(obj)]
    return entries
