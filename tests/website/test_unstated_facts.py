"""Nothing the seed does not state is shown as a fact: every seeded item that carries an
inferred value is labelled, and readers meet the label wherever the item appears."""

import csv
import io
import re
from html import unescape

from django.test import Client
from django.utils import translation

import pytest

from courses.models import CoursePage
from learning.badges.models import Achievement
from learning.benchmarking.models import Questionnaire
from learning.benchmarking.questionnaires import current_version
from website.core.vocabularies import Provenance
from website.partners.models import Partner
from website.practices.models import PracticeIndexPage, PracticePage

pytestmark = pytest.mark.django_db

# The benchmarking questions of the seed (shared/seeds), in the English of the questionnaire;
# the seed gives the first two in English and the others in Italian.
SEED_QUESTIONS = [
    "What are your institution's primary goals for internationalisation?",
    "In what ways has your institution promoted international learning activities?",
    "Is there an internationalisation strategy within your organisation?",  # strategia
    "How many long-term agreements (over three years)",  # accordi a lungo termine
    "To what extent is your organisation investing resources",  # investendo risorse
    "How many teachers and staff members in your institution have significant",  # docenti
    "Does your organisation offer international opportunities",  # opportunità internazionali
    "How many students took part in international study or mobility",  # mobilità
    "How many internships has your organisation organised",  # stage
]
# The consortium of the seed; example practices must not be mistaken for any of them.
PARTNER_NAMES = [
    "CIS",
    "Politehnica",
    "MEKA",
    "Sistemi Formativi",
    "Jan Van Brabant",
    "Jan Example",
    "Lumière",
    "ART",
    "Leuven",
]
LABEL = {
    "en": "Proposed by the platform — to be confirmed by the partners",
    "it": "Proposto dalla piattaforma — da confermare da parte dei partner",
    "fr": "Proposé par la plateforme — à confirmer par les partenaires",
    "ro": "Propus de platformă — urmează să fie confirmat de parteneri",
}
EXAMPLE = {
    "en": "Example written by the DIG.INT project",
    "fr": "Exemple rédigé par le projet DIG.INT",
    "ro": "Exemplu scris de proiectul DIG.INT",
}
FICTIONAL = {"en": "(fictional example)", "fr": "(exemple fictif)", "ro": "(exemplu fictiv)"}


@pytest.fixture
def visitor():
    return Client(HTTP_HOST="localhost")


def _unlabelled():
    """(item, field) for every seeded value the seed does not state and that has no label."""
    found = []
    for course in CoursePage.objects.all():
        # The seed gives no EQF level, ECTS, workload or delivery mode for any course.
        if course.metadata_provenance != Provenance.PROPOSED:
            found.append((course, "metadata_provenance"))
    for achievement in Achievement.objects.all():
        # A credential states its course's level and workload: the same proposal.
        if achievement.metadata_provenance != Provenance.PROPOSED:
            found.append((achievement, "metadata_provenance"))
    for practice in PracticePage.objects.all():
        # The seed reports no practice: every seeded practice is a fictional example.
        if not practice.is_example:
            found.append((practice, "is_example"))
    for questionnaire in Questionnaire.objects.all():
        for block in questionnaire.questions:
            in_seed = any(block.value["text"].startswith(text) for text in SEED_QUESTIONS)
            if questionnaire.locale.language_code == "en" and not in_seed:
                if not block.value.get("proposed"):
                    found.append((questionnaire, f"question {block.value['text']}"))
    return found


def test_no_seeded_item_shows_an_unstated_fact_without_its_label():
    assert CoursePage.objects.count() and PracticePage.objects.count()
    assert Achievement.objects.count()
    assert _unlabelled() == []


def test_the_walk_finds_an_unlabelled_course_and_practice():
    course = CoursePage.objects.filter(locale__language_code="en").first()
    course.metadata_provenance = Provenance.SEED
    course.save()
    practice = PracticePage.objects.filter(locale__language_code="en").first()
    practice.is_example = False
    practice.save()
    achievement = Achievement.objects.first()
    achievement.metadata_provenance = Provenance.SEED
    achievement.save()
    assert {(type(item), item.pk, field) for item, field in _unlabelled()} == {
        (CoursePage, course.pk, "metadata_provenance"),
        (PracticePage, practice.pk, "is_example"),
        (Achievement, achievement.pk, "metadata_provenance"),
    }


def test_the_seed_questions_are_not_labelled_and_the_added_ones_are():
    questionnaire = Questionnaire.objects.get(locale__language_code="en")
    flags = [bool(block.value.get("proposed")) for block in questionnaire.questions]
    assert flags.count(False) == len(SEED_QUESTIONS)
    assert flags.count(True) == len(flags) - len(SEED_QUESTIONS)
    frozen = current_version(questionnaire).questions
    assert [question["proposed"] for question in frozen] == flags


@pytest.mark.parametrize("language", ["en", "it", "fr", "ro"])
def test_course_pages_and_the_catalogue_label_the_proposed_metadata(visitor, language):
    courses = CoursePage.objects.live().filter(locale__language_code=language)
    assert courses.count() == 6
    for course in courses:
        html = unescape(visitor.get(course.url).content.decode())
        assert LABEL[language] in html, course.url
    catalogue = courses.first().get_parent()
    html = unescape(visitor.get(catalogue.url).content.decode())
    assert html.count(LABEL[language]) == 6


def test_example_practices_are_fictional_organisations_not_partners():
    names = set(PracticePage.objects.values_list("organisation_name", flat=True))
    assert len(names) == 12
    for name in names:
        assert not any(re.search(rf"\b{re.escape(partner)}\b", name) for partner in PARTNER_NAMES)
    acronyms = set(Partner.objects.values_list("acronym", flat=True))
    assert not any(acronym in name.split() for name in names for acronym in acronyms)


def _text_markup(response):
    """The page with its inline spans taken out (organisation names are <span translate="no">)."""
    return unescape(re.sub(r"</?span[^>]*>", "", response.content.decode()))


@pytest.mark.parametrize("language", ["en", "fr", "ro"])
def test_the_listing_flags_every_example_and_can_hide_them(visitor, language):
    index = PracticeIndexPage.objects.get(locale__language_code=language)
    html = _text_markup(visitor.get(index.url))
    cards = html.split('class="card practice-card"')[1:]
    assert len(cards) == 12
    assert all(EXAMPLE[language] in card for card in cards)
    # The organisation is named as fictional, in the reader's language, on cards and pages.
    assert all(f"{FICTIONAL[language]} ·" in card for card in cards)
    practice = PracticePage.objects.live().filter(locale__language_code=language).first()
    page = _text_markup(visitor.get(practice.url))
    assert f"{practice.organisation_name} {FICTIONAL[language]}" in page
    hidden = unescape(visitor.get(index.url, {"origin": "reported"}).content.decode())
    assert 'class="card practice-card"' not in hidden
    only = unescape(visitor.get(index.url, {"origin": "example"}).content.decode())
    assert only.count('class="card practice-card"') == 12


def test_csv_and_feeds_flag_the_examples(visitor):
    index = PracticeIndexPage.objects.get(locale__language_code="en")
    rows = list(csv.DictReader(io.StringIO(visitor.get(index.url + "csv/").content.decode())))
    assert len(rows) == 12 and {row["example"] for row in rows} == {"true"}
    assert (
        visitor.get(index.url + "csv/", {"origin": "reported"}).content.decode().count("\n") == 1
    )  # the header only
    for feed in ("feed/atom/", "feed/rss/"):
        xml = unescape(visitor.get(index.url + feed).content.decode())
        titles = re.findall(r"<title>([^<]*)</title>", xml)[1:]
        assert len(titles) == 12
        assert all(title.endswith("(example written by the DIG.INT project)") for title in titles)
    italian = PracticeIndexPage.objects.get(locale__language_code="it")
    with translation.override("it"):
        xml = unescape(visitor.get(italian.url + "feed/atom/").content.decode())
    assert "(esempio scritto dal progetto DIG.INT)" in xml


def test_partner_descriptions_claim_no_role_the_seed_does_not_give():
    english = Partner.objects.filter(locale__language_code="en")
    descriptions = {partner.acronym: partner.description for partner in english}
    # The seed names UPB and ART-ER as partners and gives them no task.
    assert descriptions["UPB"] == "Technical university in Romania, partner P1 of the consortium."
    assert descriptions["ART-ER"].endswith("partner P6 of the consortium.")
    # Deliverables are credited to whom the seed shows presenting them, not as "leads".
    for acronym in ("SFC", "UCLL", "ULL"):
        assert "Presented" in descriptions[acronym] and "Leads" not in descriptions[acronym]


@pytest.mark.parametrize("language", ["en", "it", "fr", "ro"])
def test_the_competence_map_labels_the_mix_and_the_descriptors(visitor, language):
    html = unescape(visitor.get(f"/{language}/competences/").content.decode())
    # Once by the mix, once by the note, once by each competence's levels.
    assert html.count(LABEL[language]) == 2 + 7


@pytest.mark.parametrize("language", ["en", "it", "fr", "ro"])
def test_credentials_label_the_competence_levels(language):
    from learning.badges.documents import achievement_document
    from learning.badges.models import Achievement

    document = achievement_document(Achievement.objects.first(), language)
    competences = [
        alignment
        for alignment in document["alignment"]
        if alignment["targetType"] == "ext:DIGINTCompetence"
    ]
    assert competences
    # In terms the OB 3.0 context defines, so the signed credential needs no new term.
    assert all(LABEL[language] in alignment["targetDescription"] for alignment in competences)
    assert LABEL[language] in document["criteria"]["narrative"]


@pytest.mark.parametrize("language", ["en", "it", "fr", "ro"])
def test_course_pages_label_the_competence_levels(visitor, language):
    with translation.override(language):
        levels = translation.gettext("Proficiency levels")
    for course in CoursePage.objects.live().filter(locale__language_code=language):
        html = unescape(visitor.get(course.url).content.decode())
        # The metadata's label, and the competence levels' label beside the competences.
        assert f"{LABEL[language]}</span> {levels}" in html, course.url
