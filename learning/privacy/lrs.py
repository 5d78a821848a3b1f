"""A learner's records in the built-in LRS: found for an export, erased on deletion.

Statements whose actor is the learner are deleted outright (with their index rows and outbox
entries). Statements that name the learner anywhere else (a group's member, the object, the
instructor, a team, a sub-statement) belong to someone else: the learner is replaced there by
an anonymous account with a random name, and the statement is re-indexed. Index rows a
statement inherited from a learner's statement it refers to (StatementRef) are dropped, so no
query by the learner's agent finds anything afterwards. State and agent profile documents
kept under the learner's agents are deleted.
"""

import uuid
from dataclasses import dataclass, field

from django.db.models import Count, Q, TextField
from django.db.models.functions import Cast
from django.utils import timezone

from learning.xapi.keys import index_entries
from learning.xapi.models import Attachment, Document, OutboxEntry, Statement, StatementIndex
from learning.xapi.statements import site_url

# Statements are deleted and looked up in batches of this many ids (database parameter limits).
CHUNK = 500
# Parts of a statement (and of a sub-statement) that may hold an Agent or a Group.
_AGENT_PARTS = ("actor", "object")
_CONTEXT_AGENT_PARTS = ("instructor", "team")


def _candidates(identity):
    """Statements the LRS index links to the learner's agents (including inherited rows)."""
    found = StatementIndex.objects.filter(
        kind=StatementIndex.AGENT, key__in=identity.agent_keys
    ).values("statement_id")
    return Statement.objects.filter(seq__in=found)


def _names_learner(identity, node):
    """Whether a statement (or sub-statement) names the learner in any agent position."""
    for part in _AGENT_PARTS:
        if _agent_names(identity, node.get(part)):
            return True
    context = node.get("context") or {}
    if any(_agent_names(identity, context.get(part)) for part in _CONTEXT_AGENT_PARTS):
        return True
    if _agent_names(identity, node.get("authority")):
        return True
    sub = node.get("object") or {}
    return sub.get("objectType") == "SubStatement" and _names_learner(identity, sub)


def _agent_names(identity, agent):
    if not isinstance(agent, dict) or agent.get("objectType") not in (None, "Agent", "Group"):
        return False
    if identity.names(agent):
        return True
    return any(identity.names(member) for member in agent.get("member", []))


def statements_naming(identity):
    """The stored statements (voided ones too) that name the learner, oldest first."""
    return [
        row
        for row in _candidates(identity).order_by("seq").only("seq", "statement_id", "body")
        if _names_learner(identity, row.body)
    ]


def external_lrs_names(identity):
    """Names of the external LRSs that received statements naming the learner (one query)."""
    return list(
        OutboxEntry.objects.filter(
            statement_id__in=_candidates(identity).values("seq"), delivered__isnull=False
        )
        .order_by("target__name")
        .values_list("target__name", flat=True)
        .distinct()
    )


def documents_of(identity):
    """The State and Agent Profile documents kept under the learner's agents."""
    return Document.objects.filter(agent_key__in=identity.agent_keys).order_by("kind", "updated")


def attachments_of(statement_rows):
    """The attachments the statements carry, by SHA-2."""
    hashes = {
        item["sha2"] for row in statement_rows for item in row.body.get("attachments", []) or []
    }
    return Attachment.objects.filter(sha2__in=hashes).order_by("sha2")


def _anonymous_agent():
    """An Agent that names nobody: a random account name on this site, never reused."""
    return {
        "objectType": "Agent",
        "account": {"homePage": site_url(), "name": f"anonymous-{uuid.uuid4()}"},
    }


def _anonymised_agent(identity, agent):
    """`agent` with the learner replaced (a member of a group, or the agent itself)."""
    if not isinstance(agent, dict):
        return agent
    if identity.names(agent):
        replacement = _anonymous_agent()
        if agent.get("objectType") == "Group":
            members = [_anonymised_agent(identity, item) for item in agent.get("member", [])]
            replacement = {**replacement, "objectType": "Group"}
            if members:
                replacement["member"] = members
        return replacement
    if "member" in agent:
        return {
            **agent,
            "member": [_anonymised_agent(identity, item) for item in agent["member"]],
        }
    return agent


def _anonymised(identity, node):
    """A copy of a statement (or sub-statement) with the learner replaced everywhere."""
    node = dict(node)
    for part in (*_AGENT_PARTS, "authority"):
        value = node.get(part)
        if isinstance(value, dict) and value.get("objectType") == "SubStatement":
            node[part] = _anonymised(identity, value)
        elif isinstance(value, dict) and (part != "object" or _is_agent(value)):
            node[part] = _anonymised_agent(identity, value)
    if isinstance(node.get("context"), dict):
        context = dict(node["context"])
        for part in _CONTEXT_AGENT_PARTS:
            if part in context:
                context[part] = _anonymised_agent(identity, context[part])
        node["context"] = context
    return node


def _is_agent(value):
    return value.get("objectType") in ("Agent", "Group")


def _is_learners_statement(identity, body):
    """The learner is the statement's actor (the Agent itself, or an identified Group of theirs)."""
    return identity.names(body.get("actor"))


@dataclass
class LrsErasure:
    """What an erasure did in the LRS.

    Attributes:
        deleted: Statements whose actor was the learner, deleted.
        anonymised: Statements of others that named the learner, anonymised.
        documents: State and agent profile documents deleted.
        attachments: Attachments no remaining statement refers to, deleted.
        forwarded: Per external LRS id: statements naming the learner it received (or was
            receiving at that moment), with its name and endpoint.
    """

    deleted: int = 0
    anonymised: int = 0
    documents: int = 0
    attachments: int = 0
    forwarded: dict = field(default_factory=dict)


def _chunks(items, size=CHUNK):
    for start in range(0, len(items), size):
        yield items[start : start + size]


def _forwarded(seqs):
    """Per target: statements delivered, or claimed by a worker and perhaps on their way."""
    found = {}
    now = timezone.now()
    for chunk in _chunks(seqs):
        reached = OutboxEntry.objects.filter(statement_id__in=chunk).filter(
            Q(delivered__isnull=False) | Q(next_attempt__gt=now)
        )
        for row in reached.values("target", "target__name", "target__endpoint").annotate(
            statements=Count("statement", distinct=True)
        ):
            total = found.setdefault(row["target"], {**row, "statements": 0})
            total["statements"] += row["statements"]
    return found


def erase(identity):
    """Erase the learner from the LRS (inside the caller's transaction); returns LrsErasure."""
    outcome = LrsErasure()
    rows = statements_naming(identity)
    own = [row for row in rows if _is_learners_statement(identity, row.body)]
    others = [row for row in rows if not _is_learners_statement(identity, row.body)]
    outcome.forwarded = _forwarded([row.seq for row in rows])
    hashes = {item["sha2"] for row in own for item in row.body.get("attachments", []) or []}
    # Outbox entries and index rows go with their statements (on_delete CASCADE).
    for chunk in _chunks([row.seq for row in own]):
        Statement.objects.filter(seq__in=chunk).delete()
    outcome.deleted = len(own)
    for row in others:
        row.body = _anonymised(identity, row.body)
        row.save(update_fields=["body"])
    _reindex(others)
    outcome.anonymised = len(others)
    StatementIndex.objects.filter(kind=StatementIndex.AGENT, key__in=identity.agent_keys).delete()
    outcome.documents, _by_model = documents_of(identity).delete()
    outcome.attachments = _delete_unreferenced(hashes)
    return outcome


def _reindex(rows):
    """Add the index rows of the anonymous agents that replaced the learner."""
    new = []
    for row in rows:
        have = set(
            StatementIndex.objects.filter(statement=row).values_list("kind", "key", "related")
        )
        wanted = {
            (kind, StatementIndex.digest(identifier), related)
            for kind, identifier, related in index_entries(row.body)
        }
        new += [
            StatementIndex(statement=row, kind=kind, key=key, related=related)
            for kind, key, related in wanted - have
        ]
    StatementIndex.objects.bulk_create(new)


def _delete_unreferenced(hashes):
    """Delete the attachments among `hashes` that no remaining statement names."""
    if not hashes:
        return 0
    bodies = Statement.objects.annotate(text=Cast("body", TextField()))
    referenced = {sha2 for sha2 in hashes if bodies.filter(text__contains=sha2).exists()}
    deleted, _by_model = Attachment.objects.filter(sha2__in=hashes - referenced).delete()
    return deleted
