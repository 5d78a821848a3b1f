"""Every page, in every language, is written in that language.

A language detector (lingua) reads the visible text of each page's main content: every page
of every type that load_digint ships, the application pages, and every unit of every module
as an enrolled learner sees it. A paragraph of four words or more that it takes for English
on a page in another language is an English fallback (an untranslated string or a page served
in its source language). Proper names that are English in every language are listed below;
names of organisations are marked translate="no" in the templates and left out.
"""

import re
from functools import cache
from pathlib import Path

from django.conf import settings
from django.contrib.auth import get_user_model
from django.test import Client

from wagtail.models import Page

import pytest
import yaml
from bs4 import BeautifulSoup
from lingua import Language, LanguageDetectorBuilder

from courses.activities import course_iri
from courses.models import CoursePage
from learning.progress import services

pytestmark = pytest.mark.django_db

LANGUAGES = {
    "it": Language.ITALIAN,
    "fr": Language.FRENCH,
    "nl": Language.DUTCH,
    "es": Language.SPANISH,
    "ro": Language.ROMANIAN,
}
DETECTOR = LanguageDetectorBuilder.from_languages(Language.ENGLISH, *LANGUAGES.values()).build()
# Names written in English whatever the language of the page.
PROPER_NAMES = (
    "Digital International Trainers",
    "Erasmus+",
    "Open Badges",
)
# Acronyms (VET, DIG.INT, KA2) say nothing about the language they stand in.
ACRONYM = re.compile(r"\b[A-Z][A-Z0-9]*(?:[.+\-][A-Z0-9]+)*\b\+?")
APPLICATION_PAGES = ("competences/", "benchmarking/", "credentials/verify/", "search/?q=VET")
TEXT_ELEMENTS = ("p", "li", "h1", "h2", "h3", "h4", "dd", "dt", "td", "th", "legend", "label")


@cache
def approved_terms(language):
    """The glossary's approved terms in `language`, longest first: some are English loanwords
    ("strumento di benchmarking", "badge"), which say nothing about the page's language."""
    glossary = yaml.safe_load((Path(settings.BASE_DIR) / "locale" / "glossary.yaml").read_text())
    terms = {entry[language]["term"] for entry in glossary["terms"] if language in entry}
    return sorted(terms, key=len, reverse=True)


def english_paragraphs(html, language):
    """The paragraphs of the page's main content that read as English."""
    main = BeautifulSoup(html, "html.parser").find("main")
    for proper_name in main.select('[translate="no"]'):
        proper_name.decompose()  # names of organisations and people are not translated
    found = []
    for element in main.find_all(TEXT_ELEMENTS):
        if element.find(TEXT_ELEMENTS):
            continue  # the innermost elements only: each text is judged once
        text = " ".join(element.get_text(" ").split())
        for name in PROPER_NAMES:
            text = text.replace(name, "")
        text = ACRONYM.sub("", text)
        for term in approved_terms(language):
            text = re.sub(re.escape(term), "", text, flags=re.IGNORECASE)
        words = re.findall(r"[^\W\d_]{2,}", text)
        if len(words) < 4:
            continue
        confidence = DETECTOR.compute_language_confidence(text, Language.ENGLISH)
        if confidence > 0.5:
            found.append(text[:120])
    return found


def addresses(language):
    pages = Page.objects.live().filter(locale__language_code=language, depth__gt=1)
    urls = [page.url for page in pages.specific()]
    return urls + [f"/{language}/{path}" for path in APPLICATION_PAGES]


def unit_addresses(language):
    """Every unit page of every module of every course in `language`."""
    urls = []
    for course in CoursePage.objects.live().filter(locale__language_code=language):
        for module in course.modules():
            urls += [
                module.url + module.reverse_subpage("unit", args=[number])
                for number in range(1, len(module.units) + 1)
            ]
    return urls


@pytest.fixture
def learner_in_every_course(empty_learning_records):
    learner = get_user_model().objects.create_user("lettore", password="a-long-password-12")
    for course in CoursePage.objects.live().filter(locale__language_code="en"):
        services.enrol(learner, course_iri(course), language="en")
    client = Client(HTTP_HOST="localhost")
    client.force_login(learner)
    return client


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_page_speaks_its_language(client, learner_in_every_course, language):
    english = {}
    pages = [(client, url) for url in addresses(language)]
    pages += [(learner_in_every_course, url) for url in unit_addresses(language)]
    assert len(pages) > 150
    for visitor, url in pages:
        response = visitor.get(url, HTTP_HOST="localhost")
        assert response.status_code == 200, url
        if paragraphs := english_paragraphs(response.content.decode(), language):
            english[url] = paragraphs
    assert english == {}, "\n".join(f"{url}: {p}" for url, ps in english.items() for p in ps)
