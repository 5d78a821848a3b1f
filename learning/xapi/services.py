"""The one function that stores statements, for the platform and the HTTP API alike.

`store_statements` validates every statement strictly, refuses the whole batch when one is
invalid, keeps each statement as received (adding id, stored, authority and version as xAPI
1.0.3 Part Two 2.2 says; a single context Activity becomes a list of one, Part Two 2.4.6.2),
indexes what GET filters on, keeps the canonical activity definitions, applies voiding and
queues forwarding — all inside the caller's transaction, so nothing is half-stored.

Rows are written with plain multi-row INSERTs: the ORM's per-object cost dominated the time of
a batch (see bench/README.md). Whatever does not depend on the database (validation, ids, index
keys) is done before the write lock is taken, so that one request's Python work overlaps
another's SQLite writes.
"""

import secrets
import threading
import time
import uuid
from contextlib import nullcontext
from dataclasses import dataclass

from django.db import connection, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

import orjson

from . import activities
from . import attachments as attachment_rules
from .keys import index_entries
from .models import Attachment, ExternalLRS, OutboxEntry, Statement, StatementIndex
from .primitives import format_timestamp
from .statements import platform_version
from .validation import StatementError, validate_statement
from .versions import DEFAULT_STATEMENT_VERSION
from .vocabulary import VOIDED

# Rows per INSERT statement (3,000 and 4,000 parameters): well below the limits of SQLite
# (32,766 since 3.32) and PostgreSQL (65,535). A batch of 100 statements is one INSERT of each.
INSERT_CHUNK = 500
INDEX_ROWS_PER_INSERT = 1000
# SQLite takes one writer at a time; the others retry after sleeps that grow (its busy
# handler), leaving the database idle meanwhile. The threads of one process queue here
# instead, and each starts the moment the previous one commits.
_SQLITE_WRITER = threading.Lock()

# Properties the LRS sets or may change; two statements differing only in these are the same.
LRS_PROPERTIES = ("id", "stored", "authority", "version")

# Functions called inside the storing transaction with the new statements and their client
# (None for the platform's own); apps that keep figures in step with statements register here.
_store_listeners = []


def register_store_listener(listener):
    """Call `listener(bodies, client)` in the storing transaction for every stored batch."""
    if listener not in _store_listeners:
        _store_listeners.append(listener)


def run_store_listeners(bodies, client):
    """Call the registered store listeners with a batch just stored (in its transaction)."""
    for listener in _store_listeners:
        listener(bodies, client)


class StatementConflict(StatementError):
    """A statement id already stored with different content (HTTP 409)."""


class StatementForbidden(StatementError):
    """A statement the storing client may not make, such as voiding another's (HTTP 403)."""


def store_statements(statements, *, authority, client=None, attachments=None, version=None):
    """Validate and store statements; return their ids in order.

    Args:
        statements: Statement dicts as received (one or a batch).
        authority: The Agent or Group to record as authority (the LRS client or the platform).
        client: The `LRSClient` storing them, or None for the platform's own statements.
        attachments: Attachment parts received with them, {sha2: (content_type, bytes)}.
        version: The xAPI version whose rules apply (`versions.V1` or `versions.V2`); the
            platform's own statements (no version given) follow LEARNING_XAPI_PLATFORM_VERSION.

    Raises:
        StatementError: A statement breaks a rule; nothing is stored.
        StatementConflict: A statement id is already stored with other content.
    """
    attachments = attachments or {}
    version = version or platform_version()
    seen = set()
    for index, statement in enumerate(statements):
        try:
            validate_statement(statement, version)
        except StatementError as error:
            raise StatementError(
                _("Statement %(number)s: %(error)s")
                % {
                    "number": index + 1,
                    "error": error,
                }
            ) from None
        statement_id = statement.get("id", "").lower()
        if statement_id and statement_id in seen:
            raise StatementError(
                _("The batch holds statement %(id)s twice.") % {"id": statement_id}
            )
        seen.add(statement_id)
    attachment_rules.check(statements, attachments)
    prepared = _prepare(statements, authority)
    with _one_writer(), transaction.atomic():
        return _store(prepared, authority, client, attachments, version)


def new_statement_id():
    """A UUID for a statement sent without one: version 4 layout, the first 48 bits the time.

    The other 74 bits are random. Ids the LRS assigns then grow with time, so the unique
    index on statement ids is extended at its end instead of changed at a random page for
    every statement; clients still see a version 4 UUID, which every LRS accepts.
    """
    return str(_new_uuid())


def _new_uuid():
    milliseconds = time.time_ns() // 1_000_000 & (1 << 48) - 1
    value = milliseconds << 80 | secrets.randbits(80)
    value = value & ~(0xF << 76) | 0x4 << 76  # version 4
    value = value & ~(0x3 << 62) | 0x2 << 62  # RFC 4122 variant
    return uuid.UUID(int=value)


def _one_writer():
    """The process-wide SQLite writer lock, when this transaction is the outermost one.

    Inside a caller's transaction the database lock may already be held: waiting for the
    process lock there could deadlock, so only outermost transactions queue.
    """
    if connection.vendor == "sqlite" and not connection.in_atomic_block:
        return _SQLITE_WRITER
    return nullcontext()


def _as_list(items):
    return items if isinstance(items, list) else [items]


def with_context_activity_lists(statement):
    """The statement with every contextActivities value a list (Part Two 2.4.6.2).

    The LRS returns a single Activity given for parent, grouping, category or other as an array
    of one; it is stored that way, so that every format and every comparison sees one shape.
    """
    context = statement.get("context")
    if isinstance(context, dict) and isinstance(context.get("contextActivities"), dict):
        kinds = context["contextActivities"]
        if not all(isinstance(items, list) for items in kinds.values()):
            lists = {kind: _as_list(items) for kind, items in kinds.items()}
            statement = {**statement, "context": {**context, "contextActivities": lists}}
    obj = statement.get("object")
    if isinstance(obj, dict) and obj.get("objectType") == "SubStatement":
        sub = with_context_activity_lists(obj)
        if sub is not obj:
            statement = {**statement, "object": sub}
    return statement


@dataclass
class _Prepared:
    """A valid statement made ready to store, all but what the storing transaction decides.

    Attributes:
        body: The statement as it will be stored, with its id (`stored` and the defaults
            still to be added).
        given_id: The id the client gave (lower case), or "" if the LRS assigned one.
        db_id: The statement id as the database column takes it.
        keys: Its index rows as (kind, key, related).
    """

    body: dict
    given_id: str
    db_id: object
    keys: set


def _prepare(statements, authority):
    """Normalise the statements, give ids to those without and compute their index keys."""
    id_field = Statement._meta.get_field("statement_id")
    prepared = []
    for statement in statements:
        statement = with_context_activity_lists(statement)
        given_id = statement.get("id", "").lower()
        statement_uuid = uuid.UUID(given_id) if given_id else _new_uuid()
        body = {**statement, "id": given_id or str(statement_uuid)}
        keys = {
            (kind, StatementIndex.digest(identifier), related)
            for kind, identifier, related in index_entries({**body, "authority": authority})
        }
        db_id = id_field.get_db_prep_value(statement_uuid, connection)
        prepared.append(_Prepared(body, given_id, db_id, keys))
    return prepared


def _store(prepared, authority, client, attachments, version):
    existing = _existing([item.given_id for item in prepared if item.given_id])
    now = timezone.now()
    # Kept at the millisecond precision of the `stored` property, so since/until agree with it.
    stored = now.replace(microsecond=now.microsecond // 1000 * 1000)
    stamp = format_timestamp(stored)
    default_version = DEFAULT_STATEMENT_VERSION[version]
    ids, new = [], []
    for item in prepared:
        body = item.body
        if item.given_id in existing:
            if not same_statement(existing[item.given_id], body):
                raise StatementConflict(
                    _("Statement %(id)s is already stored with different content.")
                    % {"id": item.given_id}
                )
            ids.append(item.given_id)
            continue
        body["stored"] = stamp
        body.setdefault("timestamp", stamp)
        body["authority"] = authority
        body.setdefault("version", default_version)
        ids.append(body["id"])
        new.append(item)
    seqs = _insert(new, stored, client)
    bodies = [item.body for item in new]
    _void(bodies, client)
    _index(list(zip(seqs, new, strict=True)))
    activities.remember(bodies, stored)
    run_store_listeners(bodies, client)
    if attachments:
        _keep_attachments(bodies, attachments)
    targets = _forwarding_targets() if seqs else []
    OutboxEntry.objects.bulk_create(
        [OutboxEntry(target_id=target, statement_id=seq) for seq in seqs for target in targets]
    )
    if targets:
        from .forwarding import schedule_delivery

        transaction.on_commit(schedule_delivery)
    return ids


def _insert(new, stored, client):
    """Insert the prepared statements; return their `seq` in order."""
    if not new:
        return []
    stored_value = Statement._meta.get_field("stored").get_db_prep_value(stored, connection)
    client_id = client.pk if client is not None else None
    # On PostgreSQL the column is jsonb: the JSON text is cast, as Django's own adapter does.
    body = "%s::jsonb" if connection.vendor == "postgresql" else "%s"
    table = connection.ops.quote_name(Statement._meta.db_table)
    seqs = []
    with connection.cursor() as cursor:
        for start in range(0, len(new), INSERT_CHUNK):
            chunk = new[start : start + INSERT_CHUNK]
            rows = ", ".join([f"(%s, {body}, %s, %s, %s, %s)"] * len(chunk))
            params = []
            for item in chunk:
                params += [
                    item.db_id,
                    orjson.dumps(item.body).decode(),
                    stored_value,
                    False,
                    client_id,
                    item.body["version"],
                ]
            sql = (
                f"INSERT INTO {table} (statement_id, body, stored, voided, client_id, version) "  # noqa: S608
                f"VALUES {rows}"
            )
            if connection.vendor == "sqlite":
                cursor.execute(sql, params)
                seqs += _sqlite_rowids(cursor.lastrowid, len(chunk))
            else:
                cursor.execute(f"{sql} RETURNING seq", params)
                seqs += [seq for (seq,) in cursor.fetchall()]
    return seqs


def _sqlite_rowids(last, count):
    """The `seq` of the `count` rows one INSERT just wrote, the last being `last`.

    The column is an AUTOINCREMENT rowid, which SQLite gives each new row as one more than
    the largest it ever gave in the table, row after row, and the write lock keeps other
    writers out: the rows have consecutive values. Reading them back with RETURNING would
    take one SQLite step per row, each giving the interpreter lock away (see `_index`).
    """
    return list(range(last - count + 1, last + 1))


def _forwarding_targets():
    return list(ExternalLRS.objects.filter(enabled=True).values_list("pk", flat=True))


def _existing(wanted):
    """{id: stored body} of the statements among the ids `wanted` that are already stored."""
    if not wanted:
        return {}
    return {
        str(statement_id): body
        for statement_id, body in Statement.objects.filter(statement_id__in=wanted).values_list(
            "statement_id", "body"
        )
    }


def _comparable(statement, drop_timestamp):
    skip = set(LRS_PROPERTIES) | ({"timestamp"} if drop_timestamp else set())
    return {key: value for key, value in statement.items() if key not in skip}


def same_statement(stored, received):
    """Whether a received statement repeats a stored one (ignoring what the LRS sets)."""
    drop_timestamp = "timestamp" not in received
    return _comparable(stored, drop_timestamp) == _comparable(received, drop_timestamp)


def _void(new, client):
    """Mark the targets of voiding statements; a voiding statement cannot itself be voided.

    An LRS client voids only what it may manage: its own statements, or other clients' with
    the scope "statements/void" (or "all"). The platform's own statements (the source of
    learners' progress and credentials) are voided only by the platform (`client` None).
    """
    targets = [body["object"]["id"].lower() for body in new if body["verb"]["id"] == VOIDED]
    if not targets:
        return
    found = list(
        Statement.objects.filter(statement_id__in=targets).values_list("body", "client_id")
    )
    if any(body["verb"]["id"] == VOIDED for body, _owner in found):
        raise StatementError(_("A voiding statement cannot target another voiding statement."))
    if client is not None:
        _check_voiding_rights(client, [owner for _body, owner in found])
    Statement.objects.filter(statement_id__in=targets).update(voided=True)


def _check_voiding_rights(client, owners):
    if None in owners:
        raise StatementForbidden(_("Statements of the platform cannot be voided by an LRS client."))
    others = {owner for owner in owners if owner != client.pk}
    if others and not ({"all", "statements/void"} & client.scope_set):
        raise StatementForbidden(
            _("Voiding another client's statements needs the scope statements/void.")
        )


def _index(rows):
    """Index each (seq, prepared statement); a StatementRef matches what its target matches."""
    refs = {
        seq: item.body["object"]["id"].lower()
        for seq, item in rows
        if item.body["object"].get("objectType") == "StatementRef"
    }
    inherited = {}
    if refs:
        for seq, kind, key, related in StatementIndex.objects.filter(
            statement__statement_id__in=set(refs.values())
        ).values_list("statement__statement_id", "kind", "key", "related"):
            inherited.setdefault(str(seq), set()).add((kind, key, related))
    entries = []
    for seq, item in rows:
        keys = item.keys | inherited.get(refs.get(seq), set())
        entries += [(seq, kind, key, related) for kind, key, related in keys]
    # Multi-row INSERTs rather than the ORM (whose per-object cost dominated batch inserts) or
    # executemany (one SQLite step per row, each giving up and taking back the interpreter's
    # lock, which the request threads validating meanwhile hold for up to 5 ms each time).
    table = connection.ops.quote_name(StatementIndex._meta.db_table)
    with connection.cursor() as cursor:
        for start in range(0, len(entries), INDEX_ROWS_PER_INSERT):
            chunk = entries[start : start + INDEX_ROWS_PER_INSERT]
            placeholders = ", ".join(["(%s, %s, %s, %s)"] * len(chunk))
            cursor.execute(
                f"INSERT INTO {table} (statement_id, kind, key, related) VALUES {placeholders}",  # noqa: S608
                [value for entry in chunk for value in entry],
            )


def _keep_attachments(new, attachments):
    wanted = {
        item["sha2"]
        for body in new
        for item in body.get("attachments", [])
        if item["sha2"] in attachments
    }
    have = set(Attachment.objects.filter(sha2__in=wanted).values_list("sha2", flat=True))
    Attachment.objects.bulk_create(
        [
            Attachment(sha2=sha2, content_type=attachments[sha2][0], content=attachments[sha2][1])
            for sha2 in wanted - have
        ]
    )
