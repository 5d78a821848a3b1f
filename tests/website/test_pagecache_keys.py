"""The anonymous page cache: every public page, bounded keys, nothing personal stored."""

from django.contrib.auth import get_user_model
from django.core.cache import cache
from django.http import HttpResponse
from django.middleware.csrf import get_token
from django.test import Client, RequestFactory, override_settings

import pytest

from courses.models import CoursePage, ModulePage
from website.core.pagecache import PageCacheMiddleware, mark_cacheable
from website.guidelines.models import GuidelinesPage

pytestmark = pytest.mark.django_db

COURSE = "/en/courses/teachers-european-citizenship-and-working-across-borders/"


@pytest.fixture
def visitor():
    return Client(HTTP_HOST="localhost")


def page_cache_entries():
    """How many page-cache keys the local-memory cache holds."""
    return sum(key.endswith(":page") or ":page:" in key for key in cache._cache)


def module_url():
    course = CoursePage.objects.get(url_path__endswith=COURSE[3:], locale__language_code="en")
    return ModulePage.objects.child_of(course).live().first().url


@pytest.mark.parametrize(
    "url",
    [
        COURSE,
        "module",
        "/en/courses/?target_group=managers",
        "/en/competences/",
        "/en/search/?q=quality",
        "/en/good-practices/?dimension=curriculum",
    ],
)
def test_public_page_is_served_from_cache_without_queries(visitor, url, django_assert_num_queries):
    url = module_url() if url == "module" else url
    assert visitor.get(url)["X-Page-Cache"] == "miss"
    with django_assert_num_queries(0):
        assert visitor.get(url)["X-Page-Cache"] == "hit"


def test_unknown_query_parameters_share_the_page_entry(visitor, django_assert_num_queries):
    first = visitor.get("/en/guidelines/")
    entries = page_cache_entries()
    for number in range(30):
        with django_assert_num_queries(0):
            response = visitor.get("/en/guidelines/", {"utm_source": f"mail{number}"})
        assert response["X-Page-Cache"] == "hit"
        assert response.content == first.content
    assert page_cache_entries() == entries


def test_known_parameters_are_sorted_into_one_key(visitor, django_assert_num_queries):
    visitor.get("/en/good-practices/?dimension=curriculum&sort=title")
    with django_assert_num_queries(0):
        response = visitor.get("/en/good-practices/?sort=title&dimension=curriculum&x=1")
    assert response["X-Page-Cache"] == "hit"


def test_a_response_to_a_stray_parameter_is_never_stored(visitor):
    response = visitor.get("/en/search/", {"q": "quality", "echo": "stray-value-123"})
    assert "X-Page-Cache" not in response
    assert page_cache_entries() == 0
    assert visitor.get("/en/search/", {"q": "quality"})["X-Page-Cache"] == "miss"
    hit = visitor.get("/en/search/", {"q": "quality", "echo": "other"})
    assert hit["X-Page-Cache"] == "hit"
    assert "stray-value" not in hit.content.decode()


@override_settings(PAGE_CACHE_MAX_VARIANTS=3)
def test_query_variants_of_one_page_are_capped(visitor):
    for word in ("alpha", "beta", "gamma", "delta", "epsilon"):
        visitor.get("/en/search/", {"q": word})
    assert page_cache_entries() == 3
    assert visitor.get("/en/search/", {"q": "gamma"})["X-Page-Cache"] == "hit"
    assert "X-Page-Cache" not in visitor.get("/en/search/", {"q": "delta"})
    # The page without a query string is not a variant: it is always stored.
    assert visitor.get("/en/search/")["X-Page-Cache"] == "miss"


def test_languages_have_their_own_entries(visitor):
    visitor.get("/en/competences/")
    assert visitor.get("/it/competences/")["X-Page-Cache"] == "miss"


def test_a_pending_message_bypasses_the_cache(visitor):
    visitor.get("/en/guidelines/")
    visitor.cookies["messages"] = "pending"
    assert "X-Page-Cache" not in visitor.get("/en/guidelines/")


def test_a_page_holding_a_csrf_token_is_not_stored():
    def view_with_a_form(request):
        mark_cacheable(request)
        return HttpResponse(f"<input name='csrfmiddlewaretoken' value='{get_token(request)}'>")

    middleware = PageCacheMiddleware(view_with_a_form)
    factory = RequestFactory(HTTP_HOST="localhost")
    first = factory.get("/en/form/")
    first.COOKIES["csrftoken"] = "a" * 32
    first.META["CSRF_COOKIE"] = "a" * 32
    assert "X-Page-Cache" not in middleware(first)
    second = factory.get("/en/form/")
    assert "X-Page-Cache" not in middleware(second)
    assert page_cache_entries() == 0


@pytest.mark.parametrize("url", [COURSE, "module", "/en/", "/en/competences/"])
def test_cached_page_never_holds_another_visitors_data(url):
    url = module_url() if url == "module" else url
    user = get_user_model().objects.create_user(
        "cache-probe-7d1", "probe@example.org", "pw-Probe-42", first_name="Zebulon"
    )
    browser = Client(HTTP_HOST="localhost")
    browser.force_login(user)
    signed_in = browser.get(url).content.decode()
    assert "X-Page-Cache" not in browser.get(url)
    csrf_secret = browser.cookies["csrftoken"].value if "csrftoken" in browser.cookies else None
    browser.post("/en/accounts/logout/")
    assert "sessionid" not in browser.cookies or not browser.cookies["sessionid"].value
    browser.cookies.pop("messages", None)  # "you have signed out" is shown once, uncached
    browser.get(url)
    for client in (browser, Client(HTTP_HOST="localhost")):
        response = client.get(url)
        assert response["X-Page-Cache"] == "hit"
        page = response.content.decode()
        assert "cache-probe-7d1" not in page and "Zebulon" not in page
        assert "csrfmiddlewaretoken" not in page
        if csrf_secret:
            assert csrf_secret not in page
    # The signed-in rendering was personal (it proves the probe above looked at the right page).
    assert "Sign out" in signed_in


def test_shared_parts_are_kept_per_language_and_follow_publication():
    signed_in = Client(HTTP_HOST="localhost", HTTP_COOKIE="sessionid=none")
    assert "Co-funded by the European Union" in signed_in.get("/en/").content.decode()
    italian = signed_in.get("/it/").content.decode()
    assert "Cofinanziato dall&#x27;Unione europea" in italian or "Cofinanziato dall" in italian
    assert "Co-funded by the European Union" not in italian
    guidelines = GuidelinesPage.objects.get(locale__language_code="en")
    guidelines.title = "Planning guidelines, renamed"
    guidelines.save_revision().publish()
    assert "Planning guidelines, renamed" in signed_in.get("/en/").content.decode()  # the menu


@pytest.mark.parametrize("kind", ["course", "module"])
def test_a_preview_of_a_draft_is_never_served_to_visitors(visitor, kind):
    course = CoursePage.objects.get(url_path__endswith=COURSE[3:], locale__language_code="en")
    page = course if kind == "course" else ModulePage.objects.child_of(course).first()
    page.title = "An unpublished draft title"
    page.save_revision()
    assert "An unpublished draft title" in page.make_preview_request().content.decode()
    assert page_cache_entries() == 0
    public = visitor.get(page.url).content.decode()
    assert "An unpublished draft title" not in public
