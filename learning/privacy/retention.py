"""Retention: accounts never confirmed, and export files, are kept no longer than configured.

Both rules are off until their setting is given (LEARNING_PRIVACY_PURGE_UNCONFIRMED_DAYS,
LEARNING_PRIVACY_PURGE_EXPORTS_DAYS); `manage.py purge_inactive_accounts` applies them.
"""

from datetime import timedelta

from django.conf import settings
from django.contrib.auth import get_user_model
from django.utils import timezone

from allauth.account.models import EmailAddress

from .erasure import erase_learner
from .export import delete_exports
from .models import AuditEntry, DataExport


def unconfirmed_accounts(days, now=None):
    """Learner accounts older than `days` whose e-mail address was never confirmed.

    Only accounts made by signing up (they have an address record) and without staff rights
    are considered; an account that has any confirmed address is kept.
    """
    cutoff = (now or timezone.now()) - timedelta(days=days)
    confirmed = EmailAddress.objects.filter(verified=True).values("user_id")
    signed_up = EmailAddress.objects.values("user_id")
    return (
        get_user_model()
        .objects.filter(date_joined__lt=cutoff, is_staff=False, is_superuser=False)
        .filter(pk__in=signed_up)
        .exclude(pk__in=confirmed)
    )


def purge_unconfirmed(now=None):
    """Erase the unconfirmed accounts past the retention period; None if the rule is off."""
    days = settings.LEARNING_PRIVACY_PURGE_UNCONFIRMED_DAYS
    if days is None:
        return None
    erased = 0
    for user in unconfirmed_accounts(days, now):
        erase_learner(user, performed_by=AuditEntry.Performer.RETENTION)
        erased += 1
    return erased


def purge_exports(now=None):
    """Delete export files older than the retention period; None if the rule is off."""
    days = settings.LEARNING_PRIVACY_PURGE_EXPORTS_DAYS
    if days is None:
        return None
    cutoff = (now or timezone.now()) - timedelta(days=days)
    old = list(DataExport.objects.filter(requested_at__lt=cutoff))
    delete_exports(old)
    return len(old)
