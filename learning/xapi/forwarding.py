"""Forwarding stored statements to external LRSs, through the outbox, exactly once per target.

`store_statements` queues one `OutboxEntry` per statement and enabled target in the storing
transaction. `deliver` works them off in storage order with tincan's RemoteLRS: entries are
claimed with a lease (so a worker that dies leaves them to the next one), sent as a batch
with their ids, and marked delivered once the target accepts them. Resending is harmless: the
target keeps a statement id once, answering 200/204 for an identical copy, or 409 (which
counts as delivered). Any failure of one target (an HTTP error, a reset connection, a reply
that is not HTTP) backs off exponentially with the error recorded for the admin; nothing is
dropped, and the worker goes on with the other targets. Each target gets the statements in
the xAPI version it declares (`ExternalLRS.version`).
"""

import http.client
import json
import logging
import re
import socket
from contextlib import contextmanager
from datetime import timedelta

from django.db import transaction
from django.db.models import Count, Min
from django.utils import timezone

from django_tasks import task
from tincan import RemoteLRS
from tincan.http_request import HTTPRequest

from .models import ExternalLRS, OutboxEntry
from .versions import readable_in

logger = logging.getLogger(__name__)

BATCH_SIZE = 100
ERROR_LENGTH = 500
CONTROL_CHARACTERS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f\ud800-\udfff]")
LEASE = timedelta(minutes=5)
MAX_BACKOFF_SECONDS = 3600
HTTP_TIMEOUT_SECONDS = 30


class DeliveryError(Exception):
    """The target did not take the statements (unreachable, or an answer other than success)."""


@contextmanager
def _timeout():
    """Bound every connection: tincan sets no timeout, and a stalled target must not stall us."""
    previous = socket.getdefaulttimeout()
    socket.setdefaulttimeout(HTTP_TIMEOUT_SECONDS)
    try:
        yield
    finally:
        socket.setdefaulttimeout(previous)


def _remote(target):
    endpoint = target.endpoint if target.endpoint.endswith("/") else target.endpoint + "/"
    lrs = RemoteLRS(
        endpoint=endpoint, version="1.0.3", username=target.username, password=target.password
    )
    # tincan knows no version after 1.0.3; its requests carry whatever version it holds.
    lrs._version = target.version  # noqa: SLF001
    return lrs


def _send(lrs, method, bodies, statement_id=None):
    """Send the statements exactly as stored (tincan's own model would reshape them)."""
    request = HTTPRequest(method=method, resource="statements")
    request.headers["Content-Type"] = "application/json"
    if statement_id:
        request.query_params["statementId"] = statement_id
    request.content = json.dumps(bodies[0] if statement_id else bodies)
    try:
        with _timeout():
            response = lrs._send_request(request)  # noqa: SLF001 - tincan's transport
    except (OSError, http.client.HTTPException, ValueError) as error:
        # Unreachable, reset, timed out, or a reply that is not HTTP (BadStatusLine) or not
        # text: the target is not working now.
        raise DeliveryError(_describe(error)) from None
    return response.response.status, response.data


def _printable(text):
    """`text` as the admin can show it and any database can keep it (no NUL or controls)."""
    return CONTROL_CHARACTERS.sub("?", text)[:ERROR_LENGTH]


def _describe(error):
    return _printable(f"{type(error).__name__}: {error}")


def _failure(status, data):
    """The error of an answer other than success; tincan gives the body as str or bytes."""
    text = data.decode(errors="replace") if isinstance(data, bytes) else str(data or "")
    return DeliveryError(_printable(f"HTTP {status}: {text}"))


def _deliver_batch(lrs, bodies):
    """Deliver a batch; on a 409, statement by statement (409 then means already there)."""
    status, data = _send(lrs, "POST", bodies)
    if status == 200:
        return
    if status != 409:
        raise _failure(status, data)
    for body in bodies:
        status, data = _send(lrs, "PUT", [body], statement_id=body["id"])
        if status not in (204, 409):
            raise _failure(status, data)


def _claim(target, now):
    """Lease the next due entries of a target so that no other worker sends them meanwhile."""
    with transaction.atomic():
        due = (
            OutboxEntry.objects.select_for_update(skip_locked=True)
            .filter(target=target, delivered__isnull=True, next_attempt__lte=now)
            .order_by("statement_id")[:BATCH_SIZE]
        )
        entries = list(due.select_related("statement"))
        OutboxEntry.objects.filter(pk__in=[entry.pk for entry in entries]).update(
            next_attempt=now + LEASE
        )
    return entries


def deliver(target):
    """Send what is due to one target; returns how many statements it accepted."""
    delivered = 0
    lrs = _remote(target)
    while True:
        now = timezone.now()
        entries = _claim(target, now)
        if not entries:
            return delivered
        try:
            _deliver_batch(
                lrs, [readable_in(entry.statement.body, target.version) for entry in entries]
            )
        except DeliveryError as error:
            _back_off(entries, str(error))
            return delivered
        except Exception as error:  # noqa: BLE001 - one target's failure never stops the worker
            logger.exception("Forwarding to %s failed unexpectedly", target)
            _back_off(entries, _describe(error))
            return delivered
        OutboxEntry.objects.filter(pk__in=[entry.pk for entry in entries]).update(
            delivered=timezone.now(), last_error=""
        )
        delivered += len(entries)


def _back_off(entries, message):
    attempts = entries[0].attempts + 1
    delay = timedelta(seconds=min(2**attempts, MAX_BACKOFF_SECONDS))
    OutboxEntry.objects.filter(pk__in=[entry.pk for entry in entries]).update(
        attempts=attempts, last_error=message, next_attempt=timezone.now() + delay
    )


def deliver_all():
    """Send what is due to every enabled target; schedule the next run for what must wait."""
    for target in ExternalLRS.objects.filter(enabled=True):
        deliver(target)
    waiting = OutboxEntry.objects.filter(delivered__isnull=True, target__enabled=True)
    next_attempt = waiting.aggregate(first=Min("next_attempt"))["first"]
    if next_attempt is not None and forward_statements.get_backend().supports_defer:
        forward_statements.using(run_after=max(next_attempt, timezone.now())).enqueue()


@task()
def forward_statements():
    """The task the outbox schedules: deliver everything due."""
    deliver_all()


def schedule_delivery():
    """Queue a delivery run (after the storing transaction commits)."""
    forward_statements.enqueue()


def retry_now(target):
    """Make everything pending for a target due at once (the admin's retry button)."""
    OutboxEntry.objects.filter(target=target, delivered__isnull=True).update(
        next_attempt=timezone.now()
    )
    schedule_delivery()


def status(targets):
    """Per target: pending count, when the oldest waiting was queued, its lag, last error."""
    now = timezone.now()
    figures = (
        OutboxEntry.objects.filter(delivered__isnull=True, target__in=targets)
        .values("target")
        .annotate(pending=Count("pk"), oldest=Min("created"))
    )
    by_target = {row["target"]: row for row in figures}
    result = {}
    for target in targets:
        row = by_target.get(target.pk, {"pending": 0, "oldest": None})
        failed = (
            OutboxEntry.objects.filter(target=target, delivered__isnull=True)
            .exclude(last_error="")
            .order_by("-attempts")
            .first()
        )
        result[target.pk] = {
            "pending": row["pending"],
            "oldest": row["oldest"],
            "lag": now - row["oldest"] if row["oldest"] else None,
            "last_error": failed.last_error if failed else "",
            "attempts": failed.attempts if failed else 0,
        }
    return result
