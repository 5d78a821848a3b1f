"""Every content page prints cleanly: a print stylesheet served from the site itself."""

from django.conf import settings
from django.test import Client

from wagtail.models import Page

import pytest

pytestmark = pytest.mark.django_db

LINK = '<link rel="stylesheet" href="/static/css/print.css" media="print">'


def test_every_live_page_links_the_print_stylesheet():
    client = Client(HTTP_HOST="localhost")
    pages = Page.objects.live().filter(depth__gt=1, locale__language_code="en").specific()
    assert pages.count() > 20
    for page in pages:
        response = client.get(page.url)
        if response.status_code == 200:
            assert LINK in response.content.decode(), page.url


@pytest.mark.parametrize("url", ["/en/competences/", "/it/benchmarking/", "/fr/search/"])
def test_the_site_pages_outside_wagtail_link_it_too(url):
    assert LINK in Client(HTTP_HOST="localhost").get(url).content.decode()


def test_the_stylesheet_hides_the_chrome_and_spells_out_external_links():
    css = (settings.BASE_DIR / "static" / "css" / "print.css").read_text()
    for selector in (".site-header", ".site-footer", "nav", "form"):
        assert selector in css.split("display: none")[0]
    assert 'a[href^="http"]::after { content: " (" attr(href) ")"' in css
    assert "break-inside: avoid" in css and "@page" in css
