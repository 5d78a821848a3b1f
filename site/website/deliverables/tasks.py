"""Regenerating a deliverable's PDFs in the background once its content is published."""

from django.conf import settings
from django.db import transaction

from django_tasks import task

from .store import regenerate


@task()
def regenerate_deliverable(slug, languages):
    """The background task: write the new PDFs (the download would otherwise write them)."""
    regenerate(slug, languages)


def regenerate_after_commit(slug, languages):
    """Queue the regeneration once the publication is committed, if the setting asks for it."""
    if settings.DELIVERABLES_REGENERATE_ON_PUBLISH:
        languages = list(languages)
        transaction.on_commit(lambda: regenerate_deliverable.enqueue(slug, languages))
