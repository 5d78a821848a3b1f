"""`load_digint`: the seed's content in English and Italian, idempotent, HTML cleaned."""

import io

from django.core.management import call_command

from wagtail.models import Page, Revision, Site
from wagtail_localize.models import StringTranslation, Translation

import pytest

from website.core.seeding import RichText, Text, translation_memory, upsert_page
from website.events.models import EventPage
from website.guidelines.models import BlueprintPage, GuidelinesPage
from website.home.models import ContentPage, HomePage
from website.partners.models import Partner

pytestmark = pytest.mark.django_db


def content_state():
    return (
        Page.objects.count(),
        Revision.objects.count(),
        Partner.objects.count(),
        Translation.objects.count(),
        StringTranslation.objects.count(),
        sorted(Page.objects.values_list("id", "title", "live", "numchild")),
    )


def test_load_digint_is_idempotent():
    before = content_state()
    call_command("load_digint", stdout=io.StringIO())
    assert content_state() == before


ALL_LANGUAGES = {"en", "it", "fr", "nl", "es", "ro"}


def test_load_digint_loads_the_seed_in_all_six_languages():
    for model in (HomePage, GuidelinesPage, BlueprintPage, EventPage):
        assert set(model.objects.values_list("locale__language_code", flat=True)) == ALL_LANGUAGES
    for language in ALL_LANGUAGES:
        assert Partner.objects.filter(locale__language_code=language).count() == 8
    assert Site.objects.get(is_default_site=True).root_page.specific_class is HomePage
    guidelines = GuidelinesPage.objects.get(locale__language_code="en")
    assert [area.value["title"] for area in guidelines.areas] == [
        "Governance and institutional vision",
        "Partnerships and strategic cooperation",
        "Digital innovation and virtual mobility",
        "Skills and human resources",
        "Recognition and quality of results",
    ]
    blueprint = BlueprintPage.objects.get(locale__language_code="en")
    assert [step.value["phase"] for step in blueprint.steps] == [
        "define",
        "analyse",
        "develop",
        "implement",
        "control",
        "improve",
    ]
    event = EventPage.objects.get(locale__language_code="en")
    assert event.start.isoformat() == "2025-10-22T07:30:00+00:00"


def test_translations_are_wagtail_localize_records_fully_translated():
    translations = Translation.objects.select_related("source", "target_locale")
    assert translations.count() > 100
    for translation in translations:
        total, translated = translation.get_progress()
        assert total == translated, (
            f"{translation.source.object_repr} ({translation.target_locale.language_code}): "
            f"{translated} of {total} strings"
        )
    italian_guidelines = GuidelinesPage.objects.get(locale__language_code="it")
    assert italian_guidelines.slug == "linee-guida"
    assert italian_guidelines.areas[0].value["title"] == "Governance e visione istituzionale"


def test_hostile_html_in_imported_content_is_stripped():
    home = HomePage.objects.get(locale__language_code="en")
    hostile = RichText(
        '<p onmouseover="steal()">Safe <script>alert(1)</script><a href="javascript:x()">x</a></p>',
        it="<p>Sicuro<script>alert(2)</script></p>",
    )
    page, _changed = upsert_page(
        home,
        ContentPage,
        "imported",
        title="Imported",
        body=[{"type": "paragraph", "value": hostile}],
    )
    stored = page.body.raw_data[0]["value"]
    assert "script" not in stored and "onmouseover" not in stored and "javascript" not in stored
    assert stored.startswith("<p>Safe")
    assert "script" not in hostile.translations["it"]


def test_translation_memory_pairs_rich_text_segments():
    value = RichText("<p>One</p><p>Two <b>bold</b></p>", it="<p>Uno</p><p>Due <b>grassetto</b></p>")
    memory = translation_memory([{"value": value}, Text("Plain & simple", it="Semplice")], "it")
    assert memory == {
        "One": "Uno",
        "Two <b>bold</b>": "Due <b>grassetto</b>",
        "Plain &amp; simple": "Semplice",
    }


def test_rich_text_translation_with_a_different_structure_is_refused():
    value = RichText("<p>One</p><p>Two</p>", it="<p>Uno e due</p>")
    with pytest.raises(ValueError, match="segments"):
        translation_memory(value, "it")


def test_upsert_page_publishes_only_when_something_changed():
    home = HomePage.objects.get(locale__language_code="en")
    page, created = upsert_page(home, ContentPage, "about", title="About DIG.INT")
    assert created
    revisions = Revision.objects.count()
    _page, changed = upsert_page(home, ContentPage, "about", title="About DIG.INT")
    assert not changed and Revision.objects.count() == revisions
    _page, changed = upsert_page(home, ContentPage, "about", title="About the project")
    assert changed and Revision.objects.count() == revisions + 1
    page.refresh_from_db()
    assert page.title == "About the project" and page.live
