"""Routing finds a page in the same few queries at any depth, with Wagtail's semantics."""

from django.contrib.contenttypes.models import ContentType
from django.http import Http404
from django.test import RequestFactory

import pytest

from courses.models import ModulePage
from website.home.models import HomePage

pytestmark = pytest.mark.django_db


@pytest.fixture
def home():
    return HomePage.objects.get(locale__language_code="en")


def components(page):
    return page.url.strip("/").split("/")[1:]  # without the language prefix


def test_a_module_three_levels_down_is_found_in_two_queries(home, django_assert_num_queries):
    module = ModulePage.objects.filter(locale__language_code="en").live().first()
    request, path = RequestFactory().get(module.url), components(module)
    ContentType.objects.get_for_model(ModulePage)  # content types are cached per process
    with django_assert_num_queries(2):  # the deepest matching page, then its specific row
        result = home.route(request, path)
    assert result.page.pk == module.pk
    assert isinstance(result.page, ModulePage)


def test_sub_routes_of_routable_pages_still_resolve(client):
    assert client.get("/en/good-practices/countries/").status_code == 200
    module = ModulePage.objects.filter(locale__language_code="en").live().first()
    assert client.get(f"{module.url}unit/1/").status_code == 302  # sign in first


def test_unknown_paths_and_unpublished_pages_are_not_found(home, client):
    request = RequestFactory().get("/")
    with pytest.raises(Http404):
        home.route(request, ["guidelines", "no-such-page"])
    module = ModulePage.objects.filter(locale__language_code="en").live().first()
    module.unpublish()
    with pytest.raises(Http404):
        home.route(request, components(module))
    assert client.get(module.url).status_code == 404
