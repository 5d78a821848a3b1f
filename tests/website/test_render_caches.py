"""An uncached render takes what every visitor shares from entries kept until the next
publication: the route to a page, its language links, the catalogue's choice of course
versions and the cards of a page of practices. Each entry gives way to a publication, and
none holds anything that a visitor could make up (paths that name no page, query strings).
"""

import re

from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.utils import translation
from django.utils.html import escape

from wagtail.models import Page, PageViewRestriction

import pytest

from courses.models import CoursePage
from website.core.pagecache import recall_until_publish
from website.practices.models import PracticeIndexPage, PracticePage

pytestmark = pytest.mark.django_db

CATALOGUE = "/en/courses/"
PRACTICES = "/en/good-practices/"


@pytest.fixture
def signed_in_looking():
    """A client with a session cookie: the page cache steps aside, every request renders."""
    return Client(HTTP_HOST="localhost", HTTP_COOKIE="sessionid=none")


def render(client, url):
    """(response, the SQL of its queries)."""
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    return response, [query["sql"] for query in captured]


def remembered_route(language, path):
    return recall_until_publish("route", "localhost", language, path)


def locale_lookup(sql):
    return 'FROM "wagtailcore_locale" WHERE' in sql


def english_course():
    return CoursePage.objects.filter(locale__language_code="en").live().order_by("path").first()


# --- Routes ---------------------------------------------------------------------------------


def test_a_page_once_routed_is_loaded_by_its_id(signed_in_looking):
    course = english_course()
    path = course.url.removeprefix("/en/")
    assert remembered_route("en", path) is None
    first, first_sql = render(signed_in_looking, course.url)
    assert remembered_route("en", path) == (course.content_type_id, course.pk)
    second, second_sql = render(signed_in_looking, course.url)
    assert first.status_code == second.status_code == 200
    assert first.content.count(b"<li>") == second.content.count(b"<li>")
    # Routing from the site's home looks up the active locale to find the home's
    # translation: a query the second render no longer makes.
    assert any(locale_lookup(sql) for sql in first_sql)
    assert not any(locale_lookup(sql) for sql in second_sql)
    assert len(second_sql) < len(first_sql)


def test_a_remembered_page_taken_offline_is_not_found(signed_in_looking):
    course = english_course()
    signed_in_looking.get(course.url)
    # Without the signals of unpublishing, so the remembered route is still there.
    Page.objects.filter(pk=course.pk).update(live=False)
    assert signed_in_looking.get(course.url).status_code == 404


def test_paths_that_name_no_page_and_sub_routes_are_not_remembered(signed_in_looking):
    course = english_course()
    unknown = f"{course.url}no-such-module/"
    assert signed_in_looking.get(unknown).status_code == 404
    assert signed_in_looking.get("/en/no-such-page/").status_code == 404
    assert signed_in_looking.get(f"{PRACTICES}countries/").status_code == 200
    for path in (unknown, "/en/no-such-page/", f"{PRACTICES}countries/"):
        assert remembered_route("en", path.removeprefix("/en/")) is None


def test_an_untranslated_page_is_remembered_as_its_source(
    signed_in_looking, module_in_english_and_italian
):
    module = module_in_english_and_italian
    french = module.url.replace("/en/", "/fr/", 1)
    for _render in ("routed", "remembered"):
        response = signed_in_looking.get(french)
        assert response.status_code == 200
        assert b'<main id="main" tabindex="-1" lang="en">' in response.content
        assert '<html lang="fr">' in response.content.decode()
        assert module.title in response.content.decode()
    assert remembered_route("fr", french.removeprefix("/fr/")) == (
        module.content_type_id,
        module.pk,
    )


# --- Language links -------------------------------------------------------------------------


def translations_query(sql):
    return "translation_key" in sql and '"translation_key" IN' in sql


def test_language_links_are_kept_per_page_whatever_the_query(signed_in_looking):
    course = english_course()
    signed_in_looking.get(course.url)
    for url in (course.url, f"{course.url}?utm_source=newsletter"):
        _response, sql = render(signed_in_looking, url)
        assert not any(translations_query(query) for query in sql), url


def test_a_new_translation_appears_in_the_links_after_its_publication(
    signed_in_looking, module_in_english_and_italian
):
    module = module_in_english_and_italian
    before = signed_in_looking.get(module.url).content.decode()
    italian = module.get_translations().get(locale__language_code="it")
    assert f'hreflang="it" href="http://localhost{italian.url}"' in before
    italian.specific.unpublish()
    after = signed_in_looking.get(module.url).content.decode()
    assert f'hreflang="it" href="http://localhost{italian.url}"' not in after


# --- Course catalogue -----------------------------------------------------------------------


def test_the_catalogue_keeps_its_choice_of_versions_until_a_publication(signed_in_looking):
    signed_in_looking.get(CATALOGUE)
    response, sql = render(signed_in_looking, CATALOGUE)
    assert not any("courses_modulepage" in query for query in sql)
    course = english_course()
    assert escape(course.title) in response.content.decode()
    course.unpublish()
    assert escape(course.title) not in signed_in_looking.get(CATALOGUE).content.decode()


def test_each_language_keeps_its_own_versions(signed_in_looking):
    romanian = CoursePage.objects.filter(locale__language_code="ro").live().first()
    with translation.override("ro"):
        catalogue_path = romanian.get_parent().url
    signed_in_looking.get(CATALOGUE)
    html = signed_in_looking.get(catalogue_path).content.decode()
    assert romanian.url in html


# --- Practice cards -------------------------------------------------------------------------


def cards_query(sql):
    return '"practices_practicepage"."organisation_name"' in sql


def test_the_cards_of_a_page_of_practices_are_rendered_once(signed_in_looking):
    first, sql = render(signed_in_looking, PRACTICES)
    assert any(cards_query(query) for query in sql)
    second, sql = render(signed_in_looking, PRACTICES)
    assert not any(cards_query(query) for query in sql)
    assert first.content.count(b"practice-card") == second.content.count(b"practice-card") > 0


def test_a_published_practice_joins_the_cards(signed_in_looking):
    signed_in_looking.get(PRACTICES)
    index = PracticeIndexPage.objects.get(locale__language_code="en")
    example = PracticePage.objects.child_of(index).first().specific
    practice = example.copy(
        to=index,
        update_attrs={"slug": "a-practice-published-later", "title": "A practice published later"},
        keep_live=False,
        copy_revisions=False,
        reset_translation_key=True,
    )
    practice.save_revision().publish()
    assert "A practice published later" in signed_in_looking.get(PRACTICES).content.decode()


def card_titles(html):
    cards = html.split('class="practice-list"', 1)[1].split("</ol>", 1)[0]
    return re.findall(r'<h3><a href="[^"]+">([^<]+)</a></h3>', cards)


def test_each_order_of_results_has_its_own_cards(signed_in_looking):
    by_title = card_titles(signed_in_looking.get(f"{PRACTICES}?sort=title").content.decode())
    newest = card_titles(signed_in_looking.get(f"{PRACTICES}?sort=date").content.decode())
    assert by_title != newest
    assert sorted(by_title) == sorted(newest) and len(by_title) > 1


def test_a_private_practice_leaves_the_listing(signed_in_looking):
    practice = PracticePage.objects.filter(locale__language_code="en").live().first()
    assert escape(practice.title) in signed_in_looking.get(PRACTICES).content.decode()
    PageViewRestriction.objects.create(page=practice, restriction_type=PageViewRestriction.LOGIN)
    assert escape(practice.title) not in signed_in_looking.get(PRACTICES).content.decode()


# --- Main menu ------------------------------------------------------------------------------


def current_menu_items(html):
    nav = re.search(r'<nav class="main-nav".*?</nav>', html, re.S).group(0)
    return re.findall(r'<a href="([^"]+)" aria-current="page">', nav)


def test_the_kept_main_menu_marks_where_each_visitor_is(signed_in_looking):
    course = english_course()
    for _render in ("rendered", "kept"):
        assert current_menu_items(signed_in_looking.get("/en/").content.decode()) == ["/en/"]
        assert current_menu_items(signed_in_looking.get(PRACTICES).content.decode()) == [PRACTICES]
        assert current_menu_items(signed_in_looking.get(course.url).content.decode()) == []
        benchmarking = signed_in_looking.get("/en/benchmarking/").content.decode()
        assert current_menu_items(benchmarking) == ["/en/benchmarking/"]
        assert signed_in_looking.get("/en/no-such-page/").status_code == 404


def test_kept_language_links_carry_each_requests_query(signed_in_looking):
    for query in ("dimension=curriculum", "dimension=mobility&sort=title"):
        html = signed_in_looking.get(f"{PRACTICES}?{query}").content.decode()
        italian = re.search(r'<a href="([^"]+)" hreflang="it"', html).group(1)
        assert italian == f"/it/buone-pratiche/?{query.replace('&', '&amp;')}"
