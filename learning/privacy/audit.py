"""Writing the audit log of exports and erasures: pseudonymous ids and counts only."""

from .identities import pseudonymous_id
from .models import AuditEntry


def record(action, *, subject, performed_by, operator=None, details=None):
    """Add an audit entry.

    Args:
        action: An `AuditEntry.Action`.
        subject: The learner's pseudonymous account id.
        performed_by: An `AuditEntry.Performer`.
        operator: The administrator (a user) who acted, if one did; logged by pseudonym.
        details: Counts and choices; never names, addresses or free text.
    """
    return AuditEntry.objects.create(
        action=action,
        subject=subject,
        performed_by=performed_by,
        operator=pseudonymous_id(operator) if operator is not None else None,
        details=details or {},
    )


def performer_for(requester, learner):
    """Who acts when `requester` handles `learner`'s data: the learner or an administrator."""
    if requester.pk == learner.pk:
        return AuditEntry.Performer.LEARNER, None
    return AuditEntry.Performer.ADMINISTRATOR, requester
