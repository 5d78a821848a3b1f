"""The one function that stores statements, for the platform and the HTTP API alike.

`store_statements` validates every statement strictly, refuses the whole batch when one is
invalid, keeps each statement as received (adding id, stored, authority and version as xAPI
1.0.3 Part Two 2.2 says), indexes what GET filters on, applies voiding and queues forwarding —
all inside the caller's transaction, so nothing is half-stored.
"""

import uuid

from django.db import connection, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from . import attachments as attachment_rules
from .keys import index_entries
from .models import Attachment, ExternalLRS, OutboxEntry, Statement, StatementIndex
from .primitives import format_timestamp
from .validation import StatementError, validate_statement
from .vocabulary import VOIDED

# Properties the LRS sets or may change; two statements differing only in these are the same.
LRS_PROPERTIES = ("id", "stored", "authority", "version")


class StatementConflict(StatementError):
    """A statement id already stored with different content (HTTP 409)."""


def store_statements(statements, *, authority, client=None, attachments=None):
    """Validate and store statements; return their ids in order.

    Args:
        statements: Statement dicts as received (one or a batch).
        authority: The Agent or Group to record as authority (the LRS client or the platform).
        client: The `LRSClient` storing them, or None for the platform's own statements.
        attachments: Attachment parts received with them, {sha2: (content_type, bytes)}.

    Raises:
        StatementError: A statement breaks a rule; nothing is stored.
        StatementConflict: A statement id is already stored with other content.
    """
    attachments = attachments or {}
    seen = set()
    for index, statement in enumerate(statements):
        try:
            validate_statement(statement)
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
    with transaction.atomic():
        return _store(statements, authority, client, attachments)


def _store(statements, authority, client, attachments):
    existing = _existing(statements)
    now = timezone.now()
    # Kept at the millisecond precision of the `stored` property, so since/until agree with it.
    stored = now.replace(microsecond=now.microsecond // 1000 * 1000)
    ids, new = [], []
    for statement in statements:
        statement_id = statement.get("id", "").lower()
        if statement_id in existing:
            if not same_statement(existing[statement_id], statement):
                raise StatementConflict(
                    _("Statement %(id)s is already stored with different content.")
                    % {"id": statement_id}
                )
            ids.append(statement_id)
            continue
        body = {**statement, "id": statement_id or str(uuid.uuid4())}
        body["stored"] = format_timestamp(stored)
        body.setdefault("timestamp", body["stored"])
        body["authority"] = authority
        body.setdefault("version", "1.0.0")
        ids.append(body["id"])
        new.append(body)
    rows = Statement.objects.bulk_create(
        [
            Statement(statement_id=body["id"], body=body, stored=stored, client=client)
            for body in new
        ]
    )
    _void(new)
    _index(rows)
    _keep_attachments(new, attachments)
    targets = list(ExternalLRS.objects.filter(enabled=True).values_list("pk", flat=True))
    OutboxEntry.objects.bulk_create(
        [OutboxEntry(target_id=target, statement=row) for row in rows for target in targets]
    )
    if targets and rows:
        from .forwarding import schedule_delivery

        transaction.on_commit(schedule_delivery)
    return ids


def _existing(statements):
    wanted = [item["id"].lower() for item in statements if "id" in item]
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


def _void(new):
    """Mark the targets of voiding statements; a voiding statement cannot itself be voided."""
    targets = [body["object"]["id"].lower() for body in new if body["verb"]["id"] == VOIDED]
    if not targets:
        return
    voiding = [
        body["verb"]["id"]
        for body in Statement.objects.filter(statement_id__in=targets).values_list(
            "body", flat=True
        )
    ]
    if VOIDED in voiding:
        raise StatementError(_("A voiding statement cannot target another voiding statement."))
    Statement.objects.filter(statement_id__in=targets).update(voided=True)


def _index(rows):
    """Index each statement, and let a StatementRef match what its target matches."""
    refs = {
        row.seq: row.body["object"]["id"].lower()
        for row in rows
        if row.body["object"].get("objectType") == "StatementRef"
    }
    inherited = {}
    if refs:
        for seq, kind, key, related in StatementIndex.objects.filter(
            statement__statement_id__in=set(refs.values())
        ).values_list("statement__statement_id", "kind", "key", "related"):
            inherited.setdefault(str(seq), set()).add((kind, key, related))
    entries = []
    for row in rows:
        keys = {
            (kind, StatementIndex.digest(identifier), related)
            for kind, identifier, related in index_entries(row.body)
        }
        keys |= inherited.get(refs.get(row.seq), set())
        entries += [(row.seq, kind, key, related) for kind, key, related in keys]
    # Plain executemany: the ORM's per-object cost dominated batch inserts (see bench/lrs.py).
    table = connection.ops.quote_name(StatementIndex._meta.db_table)
    with connection.cursor() as cursor:
        cursor.executemany(
            f"INSERT INTO {table} (statement_id, kind, key, related) VALUES (%s, %s, %s, %s)",  # noqa: S608
            entries,
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
