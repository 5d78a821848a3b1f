"""The language switcher keeps the reader's place on every kind of page (sub-pages of routable
pages, search, accounts with `next=`, benchmarking, credentials), and every page type names
its canonical address and its versions in other languages in <head>."""

import re
from urllib.parse import parse_qs, urlsplit

from django.conf import settings
from django.contrib.auth import get_user_model
from django.test import Client

import pytest
from allauth.account.models import EmailAddress

from learning.badges.models import Credential
from learning.benchmarking.models import Institution
from website.practices.models import PracticeIndexPage

LANGUAGE_CODES = [code for code, _name in settings.LANGUAGES]
PASSWORD = "a-long-and-careful-password"

pytestmark = pytest.mark.django_db


@pytest.fixture
def visitor():
    return Client(HTTP_HOST="localhost")


@pytest.fixture
def member():
    user = get_user_model().objects.create_user(
        "coordinator", email="coordinator@example.eu", password=PASSWORD
    )
    EmailAddress.objects.create(user=user, email=user.email, verified=True, primary=True)
    institution = Institution.objects.create(
        name="ROC Mondriaan", country="NL", kind="vet-provider", size="large"
    )
    institution.members.add(user)
    return user


def switcher(html):
    """Language code → the switcher's link."""
    links = {
        code: href.replace("&amp;", "&")
        for href, code in re.findall(r'<a href="([^"]*)" hreflang="(\w+)" lang="\w+"', html)
    }
    assert set(links) == set(LANGUAGE_CODES)
    return links


def head_links(html):
    """(canonical URL or None, {hreflang: URL}) from <head>."""
    head = html[: html.index("</head>")]
    canonical = re.findall(r'<link rel="canonical" href="([^"]+)">', head)
    alternate = r'<link rel="alternate" hreflang="([\w-]+)" href="([^"]+)">'
    alternates = dict(re.findall(alternate, head))
    assert len(canonical) <= 1
    return (canonical[0] if canonical else None), alternates


def index_paths():
    """Language code → the path of the good-practice repository in that language."""
    return {
        page.locale.language_code: page.url
        for page in PracticeIndexPage.objects.live().select_related("locale")
    }


@pytest.mark.parametrize("sub_page", ["countries/", "propose/", "csv/"])
def test_routable_sub_page_keeps_its_sub_path_and_query(visitor, sub_page):
    paths = index_paths()
    query = "?dimension=curriculum&country=IT"
    if sub_page == "csv/":
        # The CSV is not a page: the listing's own link to it keeps the filters in each language.
        for path in paths.values():
            html = visitor.get(f"{path}{query}").content.decode()
            assert f'href="{path}csv/{query.replace("&", "&amp;")}"' in html
        return
    html = visitor.get(f"{paths['it']}{sub_page}{query}").content.decode()
    links = switcher(html)
    for code in LANGUAGE_CODES:
        assert links[code] == f"{paths[code]}{sub_page}{query}"
    canonical, alternates = head_links(html)
    assert canonical == f"http://localhost{paths['it']}{sub_page}"
    assert alternates["fr"] == f"http://localhost{paths['fr']}{sub_page}"
    assert alternates["x-default"] == f"http://localhost{paths['en']}{sub_page}"


def test_search_keeps_its_query(visitor):
    links = switcher(visitor.get("/en/search/?q=mobilit%C3%A0&page=2").content.decode())
    for code in LANGUAGE_CODES:
        assert links[code] == f"/{code}/search/?q=mobilit%C3%A0&page=2"


def test_sign_in_link_moves_next_to_the_chosen_language(visitor):
    paths = index_paths()
    html = visitor.get(f"/en/accounts/login/?next={paths['en']}countries/").content.decode()
    links = switcher(html)
    for code in LANGUAGE_CODES:
        assert links[code] == f"/{code}/accounts/login/?next={paths[code]}countries/"
    # Django views move by reversing; a next= to another site is left alone.
    html = visitor.get("/it/accounts/login/?next=/it/benchmarking/").content.decode()
    assert switcher(html)["ro"] == "/ro/accounts/login/?next=/ro/benchmarking/"
    html = visitor.get("/en/accounts/login/?next=https://example.org/en/").content.decode()
    french = urlsplit(switcher(html)["fr"])
    assert french.path == "/fr/accounts/login/"
    assert parse_qs(french.query) == {"next": ["https://example.org/en/"]}


def test_signing_in_after_switching_lands_in_the_chosen_language(visitor, member):
    html = visitor.get("/en/accounts/login/?next=/en/benchmarking/").content.decode()
    french = switcher(html)["fr"]
    assert french == "/fr/accounts/login/?next=/fr/benchmarking/"
    response = visitor.post(french, {"login": member.email, "password": PASSWORD})
    assert response.status_code == 302
    assert response["Location"] == "/fr/benchmarking/"
    page = visitor.get(response["Location"]).content.decode()
    assert '<html lang="fr">' in page and "ROC Mondriaan" in page


def test_untranslated_page_as_next_moves_to_its_source_under_the_chosen_language(
    visitor, module_in_english_and_italian
):
    module = module_in_english_and_italian
    italian = module.get_translation(module.locale.__class__.objects.get(language_code="it"))
    html = visitor.get(f"/en/accounts/login/?next={module.url}unit/1/").content.decode()
    links = switcher(html)
    assert links["it"] == f"/it/accounts/login/?next={italian.url}unit/1/"
    french = module.url.replace("/en/", "/fr/", 1)
    assert links["fr"] == f"/fr/accounts/login/?next={french}unit/1/"


def test_signed_in_views_keep_their_place(visitor, member):
    visitor.force_login(member)
    institution = member.institutions.get()
    for path in (
        f"/en/benchmarking/institutions/{institution.pk}/",
        f"/en/benchmarking/institutions/{institution.pk}/plan/",
        "/en/accounts/profile/",
        "/en/learning/",
    ):
        html = visitor.get(path).content.decode()
        links = switcher(html)
        canonical, alternates = head_links(html)
        for code in LANGUAGE_CODES:
            assert links[code] == path.replace("/en/", f"/{code}/", 1)
            assert alternates[code] == f"http://localhost{links[code]}"
        assert canonical == f"http://localhost{path}"


def test_credential_page_keeps_its_place(visitor):
    credential = Credential.objects.get(learner__username="demo-learner")
    html = visitor.get(f"/nl/credentials/{credential.pk}/").content.decode()
    links = switcher(html)
    canonical, alternates = head_links(html)
    for code in LANGUAGE_CODES:
        assert links[code] == f"/{code}/credentials/{credential.pk}/"
    assert canonical == f"http://localhost/nl/credentials/{credential.pk}/"
    assert alternates["x-default"] == f"http://localhost/en/credentials/{credential.pk}/"


@pytest.mark.parametrize(
    "path",
    [
        "/en/",
        "/fr/",
        "/it/linee-guida/",
        "/nl/blueprint/",
        "/en/partners/",
        "/en/events/final-conference-2025/",
        "/en/courses/",
        "/en/good-practices/?q=mobility",
        "/en/search/?q=quality",
        "/es/competences/",
        "/ro/credentials/verify/",
        "/en/accounts/login/",
        "/en/accounts/signup/",
    ],
)
def test_every_page_type_names_its_canonical_address_and_its_languages(visitor, path):
    response = visitor.get(path)
    assert response.status_code == 200
    canonical, alternates = head_links(response.content.decode())
    assert canonical == f"http://localhost{path.split('?')[0]}"
    assert set(alternates) == {*LANGUAGE_CODES, "x-default"}
    assert alternates[path.split("/")[1]] == canonical
    assert all("?" not in url for url in alternates.values())


def test_error_pages_name_no_canonical_address(visitor):
    response = visitor.get("/fr/no-such-page/")
    assert response.status_code == 404
    canonical, alternates = head_links(response.content.decode())
    assert canonical is None and alternates == {}
    assert switcher(response.content.decode())["it"] == "/it/"


def test_language_links_cost_a_fixed_number_of_queries(visitor, django_assert_max_num_queries):
    paths = index_paths()
    url = f"/en/accounts/login/?next={paths['en']}countries/"
    visitor.get(url)  # warm Wagtail's site-root cache
    # The form view itself, then three queries to find the next= page in every language.
    with django_assert_max_num_queries(6):
        visitor.get(url)
