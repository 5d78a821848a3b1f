"""Language prefixes, the root redirect and the 404 page in the visitor's language."""

from django.test import Client

import pytest

pytestmark = pytest.mark.django_db


@pytest.fixture
def visitor():
    return Client(HTTP_HOST="localhost")


@pytest.mark.parametrize(
    ("accept_language", "prefix"),
    [("it-IT,it;q=0.9,en;q=0.5", "/it/"), ("ro", "/ro/"), ("nl-BE,nl", "/nl/"), ("de-DE", "/en/")],
)
def test_root_redirects_by_accept_language(visitor, accept_language, prefix):
    response = visitor.get("/", HTTP_ACCEPT_LANGUAGE=accept_language)
    assert response.status_code == 302
    assert response["Location"] == prefix


def test_unknown_page_is_a_404_in_the_visitors_language(visitor):
    response = visitor.get("/it/pagina-che-non-esiste/")
    assert response.status_code == 404
    html = response.content.decode()
    assert '<html lang="it">' in html
    assert "Pagina non trovata" in html
    # Every language stays selectable: the switcher links to each home page.
    for code in ("en", "it", "fr", "nl", "es", "ro"):
        assert f'<a href="/{code}/" hreflang="{code}" lang="{code}"' in html


def test_unknown_language_prefix_ends_in_a_404_not_a_500(visitor):
    response = visitor.get("/de/startseite/", HTTP_ACCEPT_LANGUAGE="fr", follow=True)
    assert response.status_code == 404
    assert '<html lang="fr">' in response.content.decode()


def test_search_finds_pages_in_the_visitors_language(visitor):
    italian = visitor.get("/it/search/", {"q": "governance"}).content.decode()
    assert 'href="/it/linee-guida/"' in italian
    assert 'href="/en/guidelines/"' not in italian
    english = visitor.get("/en/search/", {"q": "Blueprint"}).content.decode()
    assert 'href="/en/blueprint/"' in english


def test_search_without_words_lists_nothing(visitor):
    response = visitor.get("/en/search/", {"q": "   "})
    assert response.status_code == 200
    assert "search-results" not in response.content.decode()


def test_search_page_links_each_language_to_the_same_search(visitor):
    html = visitor.get("/en/search/", {"q": "quality"}).content.decode()
    assert '<a href="/fr/search/?q=quality" hreflang="fr" lang="fr"' in html
