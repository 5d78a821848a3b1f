"""Keeping a submitter's contact no longer than the privacy notice says.

The contact goes as soon as the moderators decide: when the proposed practice is published or
its workflow is rejected (deleting the draft deletes it too). `purge_practice_submissions`
removes any left after `PracticeSubmission.RETENTION_DAYS`.
"""

from datetime import timedelta

from django.utils import timezone

from wagtail.signals import page_published, workflow_rejected

from .models import PracticePage, PracticeSubmission


def forget_on_publish(sender, instance, **kwargs):
    PracticeSubmission.objects.filter(page_id=instance.pk).delete()


def forget_on_rejection(sender, instance, **kwargs):
    if issubclass(instance.content_type.model_class(), PracticePage):
        PracticeSubmission.objects.filter(page_id=instance.object_id).delete()


def purge_expired(now=None):
    """Delete contacts older than the retention period; returns how many went."""
    cutoff = (now or timezone.now()) - timedelta(days=PracticeSubmission.RETENTION_DAYS)
    deleted, _by_model = PracticeSubmission.objects.filter(submitted_at__lt=cutoff).delete()
    return deleted


def connect_signals():
    page_published.connect(
        forget_on_publish, sender=PracticePage, dispatch_uid="practices-forget-on-publish"
    )
    workflow_rejected.connect(forget_on_rejection, dispatch_uid="practices-forget-on-rejection")
