"""Loading many trusted statements into PostgreSQL at once, for benchmarks.

`copy_statements` writes the rows `store_statements` writes for the same (valid, new)
statements: the body with id, stored, timestamp, authority and version, its index rows, the
canonical activity definitions, and whatever the store listeners keep (the evaluation's
aggregates). It skips validation, the duplicate and voiding checks and forwarding, and sends
the rows with COPY instead of INSERTs: a million statements load in minutes instead of hours.
Only for statements the caller built and trusts; everything received goes through
`store_statements`.
"""

import uuid

from django.db import connection
from django.utils import timezone

import orjson

from . import activities
from .keys import index_entries
from .models import Statement, StatementIndex
from .primitives import format_timestamp
from .services import run_store_listeners
from .statements import platform_version
from .versions import DEFAULT_STATEMENT_VERSION


def copy_statements(statements, *, authority, client=None):
    """Store trusted, new statements with COPY (PostgreSQL), in the caller's transaction.

    Args:
        statements: Statement dicts, each with an id, none of them voiding or stored before.
        authority: The authority to record.
        client: The `LRSClient` storing them, or None for the platform's own statements.
    """
    if connection.vendor != "postgresql":
        raise NotImplementedError("copy_statements needs PostgreSQL's COPY")
    now = timezone.now()
    stored = now.replace(microsecond=now.microsecond // 1000 * 1000)
    stamp = format_timestamp(stored)
    version = DEFAULT_STATEMENT_VERSION[platform_version()]
    bodies = []
    for statement in statements:
        body = {**statement, "id": statement["id"].lower(), "stored": stamp}
        body.setdefault("timestamp", stamp)
        body["authority"] = authority
        body.setdefault("version", version)
        bodies.append(body)
    client_id = client.pk if client is not None else None
    statement_table = connection.ops.quote_name(Statement._meta.db_table)
    index_table = connection.ops.quote_name(StatementIndex._meta.db_table)
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT nextval(pg_get_serial_sequence(%s, 'seq')) FROM generate_series(1, %s)",
            [Statement._meta.db_table, len(bodies)],
        )
        seqs = [seq for (seq,) in cursor.fetchall()]
        raw = cursor.cursor
        columns = "seq, statement_id, body, stored, voided, client_id, version"
        with raw.copy(f"COPY {statement_table} ({columns}) FROM STDIN") as copy:
            for seq, body in zip(seqs, bodies, strict=True):
                copy.write_row(
                    (
                        seq,
                        uuid.UUID(body["id"]),
                        orjson.dumps(body).decode(),
                        stored,
                        False,
                        client_id,
                        body["version"],
                    )
                )
        columns = "statement_id, kind, key, related"
        with raw.copy(f"COPY {index_table} ({columns}) FROM STDIN") as copy:
            for seq, body in zip(seqs, bodies, strict=True):
                keys = {
                    (kind, StatementIndex.digest(identifier), related)
                    for kind, identifier, related in index_entries(body)
                }
                for kind, key, related in keys:
                    copy.write_row((seq, kind, key, related))
    activities.remember(bodies, stored)
    run_store_listeners(bodies, client)
