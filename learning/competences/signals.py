"""Remaking the competence framework's PDF when a competence or its translation changes."""

from django.conf import settings
from django.db.models.signals import post_delete, post_save

from wagtail.models import Locale

from website.deliverables.tasks import regenerate_after_commit

from .documents import SLUG
from .models import Competence


def _regenerate(sender, instance, raw=False, **kwargs):
    """An English competence shows in every language that lacks its translation.

    Rows loaded as they are (`loaddata`, `raw`) change nothing; a deletion whose locale is
    gone already (deleting a locale) remakes every language.
    """
    if raw:
        return
    language = (
        Locale.objects.filter(pk=instance.locale_id).values_list("language_code", flat=True).first()
    )
    languages = (
        [code for code, _name in settings.LANGUAGES]
        if language in (None, settings.LANGUAGE_CODE)
        else [language]
    )
    regenerate_after_commit(SLUG, languages)


def connect():
    """Listen to every save and deletion of a competence, in any language."""
    post_save.connect(_regenerate, sender=Competence, dispatch_uid="pdf-competence-saved")
    post_delete.connect(_regenerate, sender=Competence, dispatch_uid="pdf-competence-deleted")
