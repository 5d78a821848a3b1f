"""A learner's account deletion: requested, cooled off, cancelled or carried out.

The request waits `LEARNING_PRIVACY_COOLING_OFF_DAYS` (0 erases at once). When it is due, the
`erase_when_due` task (queued for that moment where the task backend can defer) or
`manage.py erase_learner --due` (run daily, for backends that cannot) erases the account. A
cancelled request is deleted, so a task queued for it finds nothing to do.
"""

from datetime import timedelta

from django.conf import settings
from django.db import transaction
from django.urls import reverse
from django.utils import timezone, translation

from django_tasks import task

from learning.badges.addresses import credential_id

from . import erasure
from .audit import record
from .identities import pseudonymous_id
from .models import AuditEntry, DeletionRequest
from .notices import absolute, language_of, send_notice


class AlreadyRequested(Exception):
    """The learner already asked for their account to be deleted."""

    def __init__(self, request):
        super().__init__(str(request))
        self.request = request


class NothingToCancel(Exception):
    """The learner has no deletion waiting."""


def cooling_off():
    """How long a deletion waits before it is carried out."""
    return timedelta(days=settings.LEARNING_PRIVACY_COOLING_OFF_DAYS)


def request_deletion(learner, keep_credentials):
    """Record the learner's (password-confirmed) request; returns it, or the Erasure if due now.

    Raises AlreadyRequested if a request is already waiting.
    """
    with transaction.atomic():
        existing = DeletionRequest.objects.select_for_update().filter(learner=learner).first()
        if existing is not None:
            raise AlreadyRequested(existing)
        request = DeletionRequest.objects.create(
            learner=learner,
            erase_after=timezone.now() + cooling_off(),
            keep_credentials=keep_credentials,
        )
        record(
            AuditEntry.Action.DELETION_REQUESTED,
            subject=pseudonymous_id(learner),
            performed_by=AuditEntry.Performer.LEARNER,
            details={
                "keep_credentials": keep_credentials,
                "cooling_off_days": settings.LEARNING_PRIVACY_COOLING_OFF_DAYS,
            },
        )
    if request.erase_after <= timezone.now():
        return carry_out(request)
    _schedule(request)
    send_notice(learner.email, language_of(learner), "deletion_scheduled", _context(request))
    return request


def _schedule(request):
    """Queue the erasure for its due time where the task backend can defer tasks."""
    if erase_when_due.get_backend().supports_defer:
        erase_when_due.using(run_after=request.erase_after).enqueue(request.pk)


def cancel_deletion(learner):
    """Cancel the learner's waiting deletion; raises NothingToCancel if there is none."""
    with transaction.atomic():
        deleted, _by_model = DeletionRequest.objects.filter(learner=learner).delete()
        if not deleted:
            raise NothingToCancel
        record(
            AuditEntry.Action.DELETION_CANCELLED,
            subject=pseudonymous_id(learner),
            performed_by=AuditEntry.Performer.LEARNER,
        )


def carry_out(request):
    """Erase the account of a deletion request now; tell the learner what remains."""
    learner = request.learner
    address = learner.email
    language = language_of(learner)
    result = erasure.erase_learner(
        learner,
        keep_credentials=request.keep_credentials,
        performed_by=AuditEntry.Performer.LEARNER,
    )
    context = what_remains(result)
    transaction.on_commit(lambda: send_notice(address, language, "account_erased", context))
    return result


def what_remains(result):
    """What is left after an erasure, as the learner is told it (no names, only addresses)."""
    return {
        "pseudonym": result.audit_entry.subject,
        "kept_credentials": [
            {"name": str(item.achievement), "url": credential_id(item.pk)}
            for item in result.kept_credentials
        ],
        "revoked_credentials": len(result.revoked_credentials),
        "external_lrs": [item.target_name for item in result.forwarded],
    }


def erase_due(now=None):
    """Carry out every deletion whose cooling-off has ended; returns how many."""
    due = DeletionRequest.objects.filter(erase_after__lte=now or timezone.now())
    count = 0
    for request in due.select_related("learner"):
        carry_out(request)
        count += 1
    return count


@task()
def erase_when_due(request_id):
    """The task queued for a deletion's due time; a cancelled request is no longer there."""
    request = (
        DeletionRequest.objects.filter(pk=request_id, erase_after__lte=timezone.now())
        .select_related("learner")
        .first()
    )
    if request is not None:
        carry_out(request)


def _context(request):
    """What the scheduling notice says: when, and where to cancel."""
    with translation.override(language_of(request.learner)):
        return {"request": request, "my_data_url": absolute(reverse("privacy:my-data"))}
