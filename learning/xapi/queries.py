"""Statement queries of the Statement resource (xAPI 1.0.3 Part Three 2.1.3).

Every filter is a lookup in `StatementIndex` (agent, verb, activity, registration), so a
query costs the same whatever the number of statements stored; voided statements are left
out, and the statements that reference a match are found through their inherited index rows.
"""

from dataclasses import dataclass

from django.db.models import TextField
from django.db.models.functions import Cast

from .keys import activity_key, agent_key
from .models import Statement, StatementIndex


@dataclass
class StatementQuery:
    """The filters of a GET on the Statement resource.

    Attributes:
        agent: An Agent or Identified Group (dict), or None.
        verb: A verb IRI, or None.
        activity: An activity IRI, or None.
        registration: A registration UUID (text), or None.
        related_activities: Match activities anywhere in the statement, not only the object.
        related_agents: Match agents anywhere in the statement, not only actor or object.
        since: Only statements stored after this datetime.
        until: Only statements stored at or before this datetime.
        ascending: Oldest first instead of newest first.
        client: Only the statements this LRS client stored (scope statements/read/mine).
    """

    agent: dict = None
    verb: str = None
    activity: str = None
    registration: str = None
    related_activities: bool = False
    related_agents: bool = False
    since: object = None
    until: object = None
    ascending: bool = False
    client: object = None


def _matching(kind, key, related):
    rows = StatementIndex.objects.filter(kind=kind, key=key)
    if not related:
        rows = rows.filter(related=False)
    return rows.values("statement_id")


def find(query, *, after=None, limit=100):
    """The matching statements, in order, starting after the `seq` cursor `after`.

    Returns (seq, body as JSON text, version) rows: a page is usually sent as stored, so the
    bodies are never decoded and encoded again.
    """
    statements = Statement.objects.filter(voided=False)
    if query.agent is not None:
        statements = statements.filter(
            seq__in=_matching(StatementIndex.AGENT, agent_key(query.agent), query.related_agents)
        )
    if query.verb:
        statements = statements.filter(
            seq__in=_matching(StatementIndex.VERB, StatementIndex.digest(query.verb), False)
        )
    if query.activity:
        statements = statements.filter(
            seq__in=_matching(
                StatementIndex.ACTIVITY, activity_key(query.activity), query.related_activities
            )
        )
    if query.registration:
        registration = StatementIndex.digest(query.registration.lower())
        statements = statements.filter(
            seq__in=_matching(StatementIndex.REGISTRATION, registration, False)
        )
    if query.since is not None:
        statements = statements.filter(stored__gt=query.since)
    if query.until is not None:
        statements = statements.filter(stored__lte=query.until)
    if query.client is not None:
        statements = statements.filter(client=query.client)
    if after is not None:
        statements = statements.filter(**{"seq__gt" if query.ascending else "seq__lt": after})
    order = "seq" if query.ascending else "-seq"
    rows = statements.order_by(order).values_list("seq", Cast("body", TextField()), "version")
    return list(rows[: limit + 1])
