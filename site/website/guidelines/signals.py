from django.conf import settings

from wagtail.signals import page_published

from website.deliverables.tasks import regenerate_after_commit

from .documents import DELIVERABLE_PAGES


def _regenerate(sender, instance, **kwargs):
    """A published Guidelines or Blueprint page gets its PDF (sources: every language)."""
    slug = next(slug for slug, model in DELIVERABLE_PAGES.items() if model is sender)
    language = instance.locale.language_code
    languages = (
        [code for code, _name in settings.LANGUAGES]
        if language == settings.LANGUAGE_CODE
        else [language]
    )
    regenerate_after_commit(slug, languages)


def connect():
    """Regenerate the deliverable PDFs when their pages are published."""
    for model in DELIVERABLE_PAGES.values():
        page_published.connect(_regenerate, sender=model, dispatch_uid=f"pdf-{model.__name__}")
