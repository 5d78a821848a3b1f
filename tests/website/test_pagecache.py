"""Anonymous page views come from the cache, without queries; publishing invalidates them."""

from django.test import Client

import pytest

from website.guidelines.models import GuidelinesPage
from website.partners.models import Partner

pytestmark = pytest.mark.django_db


@pytest.fixture
def visitor():
    return Client(HTTP_HOST="localhost")


def test_second_anonymous_view_is_served_from_cache_without_queries(
    visitor, django_assert_num_queries
):
    first = visitor.get("/en/guidelines/")
    assert first["X-Page-Cache"] == "miss"
    with django_assert_num_queries(0):
        second = visitor.get("/en/guidelines/")
    assert second["X-Page-Cache"] == "hit"
    assert second.content == first.content
    assert "Cookie" in second["Vary"]


def test_publishing_invalidates_cached_pages(visitor):
    visitor.get("/en/")
    visitor.get("/en/guidelines/")
    page = GuidelinesPage.objects.get(locale__language_code="en")
    page.title = "Guidelines for planning internationalisation"
    page.save_revision().publish()
    # The page itself and the menus of every other page show the new title.
    assert (
        "Guidelines for planning internationalisation"
        in visitor.get("/en/guidelines/").content.decode()
    )
    assert "Guidelines for planning internationalisation" in visitor.get("/en/").content.decode()


def test_unpublishing_invalidates_cached_pages(visitor):
    assert visitor.get("/en/guidelines/").status_code == 200
    GuidelinesPage.objects.get(locale__language_code="en").unpublish()
    assert visitor.get("/en/guidelines/").status_code == 404


def test_saving_a_partner_invalidates_cached_pages(visitor):
    visitor.get("/en/partners/")
    partner = Partner.objects.get(code="P1", locale__language_code="en")
    partner.description = "A technical university in Bucharest."
    partner.save()
    assert "A technical university in Bucharest." in visitor.get("/en/partners/").content.decode()


def test_signed_in_visitors_are_never_served_from_cache(visitor, admin_user):
    visitor.get("/en/")
    visitor.force_login(admin_user)
    response = visitor.get("/en/")
    assert "X-Page-Cache" not in response


def test_errors_and_forms_are_not_cached(visitor):
    visitor.get("/en/missing/")
    assert "X-Page-Cache" not in visitor.get("/en/missing/")
    visitor.get("/en/good-practices/propose/")
    assert "X-Page-Cache" not in visitor.get("/en/good-practices/propose/")
