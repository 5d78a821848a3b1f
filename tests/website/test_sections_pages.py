"""The seed menu's sections: Overview, Results, Interviews and Contact, loaded in six languages,
in the menus the seed suggests, each fact from the seed and every word in the reader's language."""

import datetime
import re

from django.core.exceptions import ValidationError
from django.test import Client

from wagtail.models import Locale

import pytest

from tests.content_data import content, translator
from website.events.models import EventPage
from website.guidelines.models import BlueprintPage, GuidelinesPage
from website.sections.blocks import DeliverableBlock
from website.sections.models import (
    ContactPage,
    InterviewIndexPage,
    InterviewPage,
    OverviewPage,
    ResultsPage,
)

pytestmark = pytest.mark.django_db

ALL_LANGUAGES = {"en", "it", "fr", "nl", "es", "ro"}
RENDERED = ["en", "it", "fr", "ro"]
SECTIONS = {
    "overview": OverviewPage,
    "results": ResultsPage,
    "interviews": InterviewIndexPage,
    "contact": ContactPage,
}
# Interface text of the four pages, which must not stay English in another language.
ENGLISH_UI = (
    "What it is",
    "Who it is for",
    "Open:",
    "No interviews published yet.",
    "The conference and its agenda",
    "Send the message",
    "Funding",
    "Subject",
)


@pytest.fixture
def visitor():
    return Client(HTTP_HOST="localhost")


def page_in(model, language):
    return model.objects.live().get(locale__language_code=language)


def main_nav(html):
    return re.search(r'<nav class="main-nav".*?</nav>', html, re.S).group(0)


def footer(html):
    return re.search(r'<footer class="site-footer".*?</footer>', html, re.S).group(0)


def test_load_digint_creates_the_four_sections_in_six_languages():
    for model in SECTIONS.values():
        assert set(model.objects.values_list("locale__language_code", flat=True)) == ALL_LANGUAGES
    # Nothing the seed does not give: no interview is invented.
    assert not InterviewPage.objects.exists()


@pytest.mark.parametrize("language", sorted(ALL_LANGUAGES))
def test_overview_and_results_follow_home_in_the_menu_and_the_others_are_in_the_footer(
    visitor, language
):
    html = visitor.get(f"/{language}/").content.decode()
    links = re.findall(r'<li><a href="([^"]+)"', main_nav(html))
    overview, results = page_in(OverviewPage, language), page_in(ResultsPage, language)
    assert links[:3] == [f"/{language}/", overview.url, results.url]
    for model in (GuidelinesPage, BlueprintPage, InterviewIndexPage, ContactPage):
        page = page_in(model, language)
        assert f'<a href="{page.url}">{page.title}</a>' in footer(html)
        assert f'href="{page.url}"' not in main_nav(html)


@pytest.mark.parametrize("language", RENDERED)
@pytest.mark.parametrize("section", sorted(SECTIONS))
def test_sections_render_in_the_readers_language(visitor, language, section):
    page = page_in(SECTIONS[section], language)
    response = visitor.get(page.url)
    assert response.status_code == 200
    html = response.content.decode()
    assert f'<html lang="{language}"' in html
    if language == "en":
        return
    main = re.search(r"<main.*?</main>", html, re.S).group(0)
    for english in ENGLISH_UI:
        assert english not in main, (section, english)
    translate = translator(language, f"sections/{section}")
    source = content(f"sections/{section}")
    assert source["introduction"] not in main
    assert translate(source["introduction"]).replace("'", "&#x27;") in main


def test_overview_states_the_seed_and_its_funding(visitor):
    html = visitor.get(page_in(OverviewPage, "en").url).content.decode()
    for fact in (
        "support the internationalisation process of education and training systems",
        "<b>Benchmarking</b>",
        "<b>Competence map</b>",
        "<b>Pilot project</b>",
        "<b>Regional Blueprint</b>",
        "<b>Individuals</b>",
        "<b>Organisations</b>",
        "<b>Territories</b>",
        "<b>December 2022</b>",
        "<b>November 2025</b>",
        "eight institutions from six European countries",
        "Co-funded by the Erasmus+ Programme of the European Union",
        "2022-1-IT01-KA220-VET-00008945",
    ):
        assert fact in html, fact


@pytest.mark.parametrize("language", ["en", "it", "ro"])
def test_results_list_each_deliverable_with_its_link_in_the_readers_language(visitor, language):
    results = page_in(ResultsPage, language)
    html = visitor.get(results.url).content.decode()
    entries = re.findall(r'<li class="deliverable">(.*?)</li>', html, re.S)
    assert len(entries) == 6
    guidelines = page_in(GuidelinesPage, language)
    assert f'href="{guidelines.url}"' in entries[0]
    assert f'href="/{language}/competences/"' in entries[2]
    assert f'href="/{language}/benchmarking/"' in entries[3]
    for entry in entries:
        assert entry.count("<dd>") == 2
        assert re.search(r'href="/[a-z]{2}/[^"]*"', entry)
        assert f'href="/{language}/' in entry


def test_interviews_page_shows_an_honest_empty_state_and_the_conference_contributions(visitor):
    html = visitor.get(page_in(InterviewIndexPage, "en").url).content.decode()
    assert "No interviews published yet." in html
    event = page_in(EventPage, "en")
    assert f'href="{event.url}"' in html
    for name, talk in (
        ("Karine Hindrix", "The competence framework"),
        ("Enzo Faloci", "The guidelines for planning"),
        ("Elise Bodet", "The Blueprint"),
    ):
        assert re.search(rf"{name}</strong>.*?{talk}", html, re.S), name
    assert "they are not interviews" in html


def test_a_published_interview_replaces_the_empty_state(visitor):
    index = page_in(InterviewIndexPage, "en")
    interview = InterviewPage(
        title="Why plan internationalisation",
        slug="why-plan",
        person="A. Person",
        date=datetime.date(2025, 11, 3),
        questions=[{"type": "question", "value": {"question": "Why?", "answer": "<p>So.</p>"}}],
    )
    index.add_child(instance=interview)
    interview.save_revision().publish()
    html = visitor.get(index.url).content.decode()
    assert "No interviews published yet." not in html
    assert f'href="{interview.url}"' in html
    page = visitor.get(interview.url).content.decode()
    assert "<dt>Why?</dt>" in page


def test_an_interview_needs_questions_or_a_video_and_a_video_needs_its_transcript():
    interview = InterviewPage(title="T", slug="t", person="P", date=datetime.date(2025, 1, 1))
    with pytest.raises(ValidationError) as error:
        interview.clean()
    assert "questions" in error.value.message_dict
    interview.video_url = "https://video.example.org/interview"
    with pytest.raises(ValidationError) as error:
        interview.clean()
    assert "transcript" in error.value.message_dict
    interview.transcript = "<p>Everything that is said.</p>"
    interview.clean()


def test_a_deliverable_links_to_a_page_or_a_tool_not_both_nor_neither():
    block = DeliverableBlock()
    guidelines = page_in(GuidelinesPage, "en")
    base = {"title": "T", "description": "D", "audience": "A", "document": ""}
    with pytest.raises(ValidationError):
        block.clean(block.to_python({**base, "page": None, "tool": ""}))
    with pytest.raises(ValidationError):
        block.clean(block.to_python({**base, "page": guidelines.pk, "tool": "competence-map"}))
    block.clean(block.to_python({**base, "page": guidelines.pk, "tool": ""}))


def test_partner_contacts_are_empty_until_editors_add_them(visitor):
    contact = page_in(ContactPage, "en")
    assert not contact.partner_contacts
    assert "Partner contacts" not in visitor.get(contact.url).content.decode()
    contact.partner_contacts = [
        {"type": "contact", "value": {"organisation": "CIS", "email": "info@cis.example.org"}}
    ]
    contact.save_revision().publish()
    html = visitor.get(contact.url).content.decode()
    assert "Partner contacts" in html
    assert 'href="mailto:info@cis.example.org"' in html


def test_new_sections_are_translatable_in_every_target_locale():
    for model in SECTIONS.values():
        source = model.objects.get(locale__language_code="en")
        for locale in Locale.objects.exclude(language_code="en"):
            assert source.get_translation(locale).live


@pytest.mark.parametrize("language", ["en", "it", "ro"])
def test_results_link_the_three_documents_in_the_readers_language(visitor, language):
    from django.urls import resolve

    html = visitor.get(page_in(ResultsPage, language).url).content.decode()
    links = re.findall(r'<a href="([^"]+)" type="application/pdf">', html)
    assert len(links) == 3
    for link in links:
        match = resolve(link)
        assert match.url_name == "deliverable_pdf"
        assert link.startswith(f"/{language}/")
    slugs = sorted(resolve(link).kwargs["slug"] for link in links)
    assert slugs == ["blueprint", "competence-framework", "guidelines"]
