"""Fixtures for the public site's tests."""

from wagtail.models import Locale
from wagtail_localize.models import TranslationSource

import pytest

from courses.models import CoursePage, ModulePage


@pytest.fixture
def module_in_english_and_italian(db):
    """A new module, translated into Italian only: the other languages lack it.

    Every shipped page exists in all six languages; pages written later start in English.
    """
    course = CoursePage.objects.filter(locale__language_code="en").order_by("path").first()
    module = ModulePage(
        slug="a-module-written-later",
        title="A module written later",
        estimated_minutes=10,
        units=[{"type": "text", "value": {"title": "Reading", "body": "<p>Some text.</p>"}}],
    )
    course.add_child(instance=module)
    module.save_revision().publish()
    source, _created = TranslationSource.update_or_create_from_instance(module)
    italian, _created = source.create_or_update_translation(
        Locale.objects.get(language_code="it"), publish=False, fallback=True
    )
    italian.get_latest_revision().publish()
    return module
