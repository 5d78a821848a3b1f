"""Every page type: where it can be created, that it routes, renders, previews and is editable,
and that it renders in each of the six languages with a small, constant number of queries."""

import re

from django.conf import settings
from django.test import Client
from django.utils import translation
from django.utils.translation import gettext

from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

import pytest

from courses.models import CourseIndexPage, CoursePage, ModulePage
from learning.privacy.models import PrivacyPage
from website.events.models import EventIndexPage, EventPage
from website.guidelines.models import BlueprintPage, GuidelinesPage
from website.home.models import ContentPage, HomePage
from website.partners.models import PartnerIndexPage
from website.practices.models import PracticeIndexPage

LANGUAGE_CODES = [code for code, _name in settings.LANGUAGES]
PAGE_TYPES = [
    HomePage,
    GuidelinesPage,
    BlueprintPage,
    PartnerIndexPage,
    EventIndexPage,
    EventPage,
    CourseIndexPage,
    CoursePage,
    ModulePage,
]
# Uncached render of a public page: Wagtail's routing (two queries per level below the home)
# and view-restriction checks, plus our menu, language links and one or two listings.
# Anonymous visitors get 0 from the page cache.
MAX_QUERIES_PER_PAGE = 12
# Course pages also find their modules through the source course (translations may lag).
MAX_QUERIES_DEEPER = {CoursePage: 16, ModulePage: 16}


def english(model):
    """The first English page of the type (the translated course, for course pages)."""
    pages = model.objects.filter(locale__language_code="en").order_by("path")
    return pages.first()


def path_in(language, page):
    """The page's URL under `language`: its translation, or the source served under it."""
    translated = page.get_translation_or_none(
        page.locale.__class__.objects.get(language_code=language)
    )
    if translated is not None and translated.live:
        return translated.url
    return re.sub(r"^/[a-z]{2}/", f"/{language}/", page.url)


class PageRulesTests(WagtailPageTestCase):
    def setUp(self):
        self.login()

    def test_home_page_sits_at_the_root(self):
        self.assertAllowedParentPageTypes(HomePage, {Page})
        self.assertAllowedSubpageTypes(
            HomePage,
            {
                ContentPage,
                GuidelinesPage,
                BlueprintPage,
                PartnerIndexPage,
                EventIndexPage,
                CourseIndexPage,
                PracticeIndexPage,
                PrivacyPage,
            },
        )

    def test_sections_sit_under_home(self):
        for model in (GuidelinesPage, BlueprintPage, PartnerIndexPage, EventIndexPage, PrivacyPage):
            self.assertAllowedParentPageTypes(model, {HomePage})
        self.assertAllowedParentPageTypes(EventPage, {EventIndexPage})
        self.assertCanNotCreateAt(HomePage, EventPage)
        self.assertCanNotCreateAt(GuidelinesPage, GuidelinesPage)

    def test_each_page_type_renders_previews_and_is_editable(self):
        # Routing under the language prefixes is covered by the per-language rendering test.
        for model in PAGE_TYPES:
            page = english(model)
            with self.subTest(model=model.__name__):
                self.assertPageIsRenderable(page)
                # StreamField editors are built in the browser, so the edit form is checked
                # by loading it here and by the creation tests below.
                self.assertEqual(self.client.get(f"/admin/pages/{page.pk}/edit/").status_code, 200)
                # The admin's preview renders the page as the editor holds it in memory.
                page.title = "A title only in preview"
                preview = page.make_preview_request()
                self.assertEqual(preview.status_code, 200)
                self.assertContains(preview, "A title only in preview")


class AdminCreationTests(WagtailPageTestCase):
    def setUp(self):
        self.login()
        self.home = english(HomePage)

    def test_admin_can_create_content_page(self):
        self.assertCanCreate(
            self.home,
            ContentPage,
            nested_form_data(
                {
                    "title": "Accessibility statement",
                    "slug": "accessibility",
                    "introduction": "How this site meets WCAG 2.1 AA.",
                    "body": streamfield(
                        [("paragraph", rich_text("<p>We test every page with axe-core.</p>"))]
                    ),
                }
            ),
        )

    def test_admin_can_create_event_page(self):
        self.assertCanCreate(
            english(EventIndexPage),
            EventPage,
            nested_form_data(
                {
                    "title": "Partner meeting in Lyon",
                    "slug": "partner-meeting-lyon",
                    "start": "2026-03-12 09:00",
                    "end": "2026-03-12 17:00",
                    "city": "Lyon",
                    "country": "FR",
                    "agenda": streamfield([]),
                    "body": streamfield([]),
                }
            ),
        )


@pytest.fixture
def visitor():
    return Client(HTTP_HOST="localhost")


@pytest.mark.django_db
@pytest.mark.parametrize("language", LANGUAGE_CODES)
@pytest.mark.parametrize("model", PAGE_TYPES, ids=lambda model: model.__name__)
def test_page_type_renders_in_each_language(visitor, model, language):
    """Each page is reachable in every language through the language switcher: as its
    translation, or, where there is none yet, as the source page under that language's prefix,
    its content marked as English and announced as not yet translated."""
    page = english(model)
    source = visitor.get(page.url).content.decode()
    for code in LANGUAGE_CODES:
        assert f'hreflang="{code}" lang="{code}"' in source, f"no {code} link in the switcher"
    href = re.search(f'<a href="([^"]+)" hreflang="{language}" lang="{language}"', source)
    assert href.group(1) == path_in(language, page)
    response = visitor.get(href.group(1))
    assert response.status_code == 200
    html = response.content.decode()
    assert f'<html lang="{language}">' in html
    has_translation = (
        page.get_translations(inclusive=True).filter(locale__language_code=language).exists()
    )
    if has_translation:
        assert '<main id="main" tabindex="-1">' in html
        assert 'class="notice"' not in html
    else:
        assert '<main id="main" tabindex="-1" lang="en">' in html
        assert f'<p class="notice" lang="{language}">' in html


@pytest.mark.django_db
@pytest.mark.parametrize("language", ["fr", "nl", "es", "ro"])
def test_untranslated_page_is_served_in_its_language_with_a_notice(
    visitor, language, module_in_english_and_italian
):
    # The module exists in English and Italian only: the other languages' links keep the reader
    # on the module, in English, under their own interface, and say so in their language.
    module = module_in_english_and_italian
    assert not module.get_translations().filter(locale__language_code=language).exists()
    html = visitor.get(module.url).content.decode()
    href = re.search(f'<a href="([^"]+)" hreflang="{language}" lang="{language}"', html)
    assert href.group(1) == re.sub(r"^/en/", f"/{language}/", module.url)

    response = visitor.get(href.group(1))
    assert response.status_code == 200
    html = response.content.decode()
    assert f'<html lang="{language}">' in html
    assert '<main id="main" tabindex="-1" lang="en">' in html
    english_notice = (
        "This page is not yet available in your language; it is shown in its original language."
    )
    with translation.override(language):
        notice = gettext(english_notice)
    assert notice != english_notice  # the notice speaks the reader's language
    assert f'<p class="notice" lang="{language}">{notice}</p>' in html.replace("&#x27;", "'")
    assert module.title in html
    # The content is the English page's: that is its canonical address; the alternates list
    # only the languages the module exists in.
    assert f'<link rel="canonical" href="http://localhost{module.url}">' in html
    assert f'hreflang="{language}" href=' not in html
    assert 'rel="alternate" hreflang="it"' in html


@pytest.mark.django_db
def test_missing_page_under_a_language_is_still_not_found(visitor):
    assert visitor.get("/fr/courses/no-such-course/").status_code == 404
    assert visitor.get("/fr/no-such-page/").status_code == 404


@pytest.mark.django_db
def test_italian_pages_show_italian_content(visitor):
    html = visitor.get("/it/linee-guida/").content.decode()
    assert "Governance e visione istituzionale" in html
    assert 'hreflang="en" href="http://localhost/en/guidelines/"' in html
    assert 'hreflang="it" href="http://localhost/it/linee-guida/"' in html
    assert "Blueprint DIG.INT" in html


@pytest.mark.django_db
def test_language_switcher_links_to_translation_or_source(visitor, module_in_english_and_italian):
    html = visitor.get("/en/blueprint/").content.decode()
    assert '<a href="/it/blueprint/" hreflang="it" lang="it">' in html
    assert '<a href="/en/blueprint/" hreflang="en" lang="en" aria-current="true">' in html
    # The module is in English and Italian only: the French link serves the English module
    # under /fr/.
    module = module_in_english_and_italian
    module_html = visitor.get(module.url).content.decode()
    french = module.url.replace("/en/", "/fr/", 1)
    assert f'<a href="{french}" hreflang="fr" lang="fr">' in module_html
    assert 'hreflang="it" href="http://localhost/it/' in module_html


@pytest.mark.django_db
@pytest.mark.parametrize("model", PAGE_TYPES, ids=lambda model: model.__name__)
@pytest.mark.parametrize("language", ["en", "it"])
def test_page_renders_with_constant_queries(
    visitor, model, language, django_assert_max_num_queries
):
    path = path_in(language, english(model))
    visitor.cookies["sessionid"] = "signed-in-visitors-bypass-the-page-cache"
    visitor.get(path)  # warm Wagtail's site-root cache, as on any running server
    with django_assert_max_num_queries(MAX_QUERIES_DEEPER.get(model, MAX_QUERIES_PER_PAGE)):
        response = visitor.get(path)
    assert response.status_code == 200


@pytest.mark.django_db
def test_blueprint_diagram_has_text_alternative(visitor):
    html = visitor.get("/en/blueprint/").content.decode()
    assert 'role="img" aria-labelledby="cycle-title cycle-desc"' in html
    assert html.count('class="cycle__node') == 6
    table = html[html.index('<table class="data-table">') :]
    for phase in ("Define", "Analyse", "Develop", "Implement", "Control", "Improve"):
        assert f'<th scope="row">{phase}</th>' in table
    assert '<a href="/en/guidelines/">' in table


@pytest.mark.django_db
def test_event_page_lists_agenda_and_speakers(visitor):
    html = visitor.get("/en/events/final-conference-2025/").content.decode()
    assert "Mediateca Guglielmi" in html
    assert html.count('class="agenda__item"') == 6
    for name in ("Anna Barbieri", "Claudio Dondi", "Karine Hindrix", "Elise Bodet"):
        assert name in html
    index = visitor.get("/en/events/").content.decode()
    assert "Past events" in index and "/en/events/final-conference-2025/" in index


@pytest.mark.django_db
def test_partners_page_lists_the_consortium(visitor):
    html = visitor.get("/en/partners/").content.decode()
    assert html.count('class="partner"') == 8
    assert "Lead partner" in html and "Romania" in html and "Belgium" in html
    italian = visitor.get("/it/partner/").content.decode()
    assert "Capofila" in italian and "Paesi Baschi" in italian
