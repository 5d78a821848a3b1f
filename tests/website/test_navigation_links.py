"""Everyone finds the benchmarking tool and the competence map in the main navigation, and every
home card says what is behind it, in every language."""

import re

from django.conf import settings
from django.test import Client

import pytest

pytestmark = pytest.mark.django_db

LANGUAGES = [code for code, _name in settings.LANGUAGES]


@pytest.fixture
def visitor():
    return Client(HTTP_HOST="localhost")


def main_nav(html):
    return re.search(r'<nav class="main-nav".*?</nav>', html, re.S).group(0)


@pytest.mark.parametrize("language", LANGUAGES)
def test_main_navigation_links_benchmarking_and_competence_map_for_everyone(visitor, language):
    nav = main_nav(visitor.get(f"/{language}/").content.decode())
    assert f'href="/{language}/benchmarking/"' in nav
    assert f'href="/{language}/competences/"' in nav
    page = visitor.get(f"/{language}/benchmarking/").content.decode()
    assert f'href="/{language}/benchmarking/" aria-current="page"' in main_nav(page)


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_home_card_has_its_text(visitor, language):
    html = visitor.get(f"/{language}/").content.decode()
    cards = re.findall(r'<li class="card">(.*?)</li>', html, re.S)
    assert len(cards) >= 5
    for card in cards:
        assert re.search(r"<p>\S.+</p>", card), card


def test_good_practices_card_is_translated(visitor):
    english = visitor.get("/en/").content.decode()
    assert "Good practices in internationalising VET" in english
    for language in ("it", "fr", "nl", "es", "ro"):
        html = visitor.get(f"/{language}/").content.decode()
        assert "Good practices in internationalising VET" not in html, language


def test_benchmarking_landing_explains_the_tool_and_invites_sign_in(visitor):
    html = visitor.get("/en/benchmarking/").content.decode()
    assert "How it works" in html
    assert "at least five institutions" in html
    assert 'href="/en/accounts/login/?next=/en/benchmarking/"' in html
    assert 'href="/en/accounts/signup/?next=/en/benchmarking/"' in html


@pytest.mark.parametrize("language", ["fr", "ro"])
def test_benchmarking_landing_speaks_the_visitors_language(visitor, language):
    html = visitor.get(f"/{language}/benchmarking/").content.decode()
    for english in ("How it works", "Sign in and register", "Compare with peers"):
        assert english not in html
