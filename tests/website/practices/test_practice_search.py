"""Full-text search of practices in English and Italian, relevance and date sorting."""

import html
import re

from django.db import connection

import pytest

from tests.content_data import content, translator


def titles(response):
    found = re.findall(r'<h3><a href="[^"]+">([^<]+)</a></h3>', response.content.decode())
    return [html.unescape(title) for title in found]


def test_search_finds_english_words(client, index_page):
    response = client.get(index_page.url, {"q": "apprenticeship"})
    assert titles(response) == ["A regional pledge to the European Alliance for Apprenticeships"]


def test_search_finds_words_in_the_body(client, index_page):
    response = client.get(index_page.url, {"q": "rubric"})
    assert titles(response) == ["Virtual exchange projects in electronics classes"]


def test_search_finds_italian_words_on_the_italian_index(client, italian_index_page):
    response = client.get(italian_index_page.url, {"q": "tirocinio"})
    assert titles(response) == [MECHATRONICS_IT]


MECHATRONICS_IT = translator("it", "practices/learner-mobility-mechatronics")(
    "Three-week placements abroad for mechatronics learners"
)
ACCREDITATION_IT = translator("it", "practices/regional-policy-internationalisation")(
    content("practices/regional-policy-internationalisation")["title"]
)


@pytest.mark.skipif(connection.vendor != "postgresql", reason="stemming needs PostgreSQL")
@pytest.mark.parametrize(
    ("language", "query", "expected"),
    [
        ("en", "placement", "Three-week placements abroad for mechatronics learners"),
        ("it", "tirocini", MECHATRONICS_IT),
        ("it", "accreditamenti", ACCREDITATION_IT),
    ],
)
def test_search_stems_words_in_the_page_language(client, db, language, query, expected):
    from website.practices.models import PracticeIndexPage

    index_page = PracticeIndexPage.objects.get(locale__language_code=language)
    assert expected in titles(client.get(index_page.url, {"q": query}))


def test_search_combines_with_facets(client, index_page):
    response = client.get(index_page.url, {"q": "regional", "country": "FR"})
    assert titles(response) == ["Peer learning visits for regional policy officers"]


def test_search_sorts_by_relevance_then_by_date(client, index_page):
    by_relevance = titles(client.get(index_page.url, {"q": "learners"}))
    by_title = titles(client.get(index_page.url, {"q": "learners", "sort": "title"}))
    assert len(by_relevance) > 1
    assert by_title == sorted(by_relevance)
    # "learners" in the title outranks "learners" in the summary only.
    assert by_relevance[0] == "Three-week placements abroad for mechatronics learners"


def test_search_without_words_ignores_relevance_sort(client, index_page):
    response = client.get(index_page.url, {"sort": "relevance"})
    assert response.status_code == 200
    assert len(titles(response)) == 12


def test_search_no_result_offers_to_remove_the_search(client, index_page):
    response = client.get(index_page.url, {"q": "zeppelin", "dimension": "offshore"})
    page = response.content.decode()
    assert titles(response) == []
    assert "Remove the search for “zeppelin”" in page
    assert 'href="?dimension=offshore"' in page


def test_translated_index_shows_untranslated_practices_in_their_source_language(client, db):
    from website.practices.models import PracticeIndexPage, PracticePage

    # A practice published in English only, e.g. a proposal not yet translated.
    offshore = PracticePage.objects.get(
        locale__language_code="fr", dimensions__contains="|offshore|"
    )
    offshore.delete()
    french = PracticeIndexPage.objects.get(locale__language_code="fr")
    response = client.get(french.url, {"dimension": "offshore"})
    page = response.content.decode()
    assert titles(response) == ["A temporary training campus for hospitality abroad"]
    assert '<li class="card practice-card" lang="en">' in page
