"""The translation dashboard shows each item's glossary warnings to its translators."""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from wagtail.models import Locale
from wagtail_localize.models import StringSegment, StringTranslation, Translation, TranslationSource

import pytest

from website.home.models import ContentPage, HomePage
from website.translations.glossary import FORBIDDEN, MISSING
from website.translations.status import build_dashboard

pytestmark = pytest.mark.django_db

INTRODUCTION = "Earn a micro-credential as a VET learner."
# Romanian: "microcertificare" is a forbidden rendering of micro-credential and "elev" is not
# the approved "cursant"; Italian: every term in its approved form.
TRANSLATIONS = {
    "ro": "Obțineți o microcertificare ca elev al EFP.",
    "it": "Ottenga una microcredenziale come discente dell'IFP.",
}


def locale(code):
    return Locale.objects.get(language_code=code)


def translated_page(number, languages=("ro", "it")):
    """An English page translated through wagtail-localize's records, as translators do."""
    home = HomePage.objects.get(locale__language_code="en")
    page = ContentPage(
        title=f"Micro-credentials {number}",
        slug=f"micro-credentials-{number}",
        introduction=INTRODUCTION,
    )
    home.add_child(instance=page)
    page.save_revision().publish()
    source, _created = TranslationSource.get_or_create_from_instance(page)
    for code in languages:
        translation = Translation.objects.create(source=source, target_locale=locale(code))
        for segment in StringSegment.objects.filter(source=source).select_related("string"):
            text = segment.string.data
            if segment.string.data == INTRODUCTION:
                text = TRANSLATIONS[code]
            elif segment.context.path == "title":
                text = {"ro": "Microcertificate", "it": "Microcredenziali"}[code] + f" {number}"
            StringTranslation.objects.create(
                translation_of=segment.string,
                locale=locale(code),
                context=segment.context,
                data=text,
            )
        translation.save_target(publish=True)
    return page


@pytest.fixture
def admin_client_logged(client):
    admin = get_user_model().objects.create_superuser("boss", password="a-strong-password-1")
    client.force_login(admin)
    return client


def cell(board, page, code):
    row = next(row for row in board.rows if row.instance.pk == page.pk)
    return next(cell for cell in row.cells if cell.locale.language_code == code)


def test_dashboard_lists_the_glossary_warnings_of_each_translation():
    page = translated_page(1)
    board = build_dashboard(list(Locale.objects.exclude(language_code="en")))
    romanian = cell(board, page, "ro")
    assert {(note.problem.kind, note.problem.term) for note in romanian.glossary} == {
        (FORBIDDEN, "micro-credential"),
        (MISSING, "learner"),
    }
    assert {note.source for note in romanian.glossary} == {INTRODUCTION}
    assert cell(board, page, "it").glossary == []
    assert cell(board, page, "fr").glossary == []  # not translated: nothing to check
    summary = {loc.language_code: warnings for loc, _figures, warnings in board.summary()}
    assert summary["ro"] >= 2


def test_dashboard_page_shows_the_warnings_to_translators(admin_client_logged):
    translated_page(1)
    response = admin_client_logged.get(reverse("translations_dashboard"))
    assert response.status_code == 200
    html = response.content.decode()
    assert 'data-glossary-warnings="2"' in html
    assert "2 glossary warnings" in html
    assert "“microcertificare” is not the approved term for “micro-credential”" in html
    assert "“learner” is not rendered as “cursant”." in html


def test_translator_sees_the_warnings_of_their_language_only(client):
    page = translated_page(1)
    user = get_user_model().objects.create_user("traducator", password="a-strong-password-1")
    user.groups.add(Group.objects.get(name="Translators: Italian"))
    client.force_login(user)
    response = client.get(reverse("translations_dashboard"))
    assert response.status_code == 200
    board = response.context["board"]
    assert [loc.language_code for loc in board.locales] == ["it"]
    assert cell(board, page, "it").glossary == []
    assert "microcertificare" not in response.content.decode()


def test_dashboard_shows_the_warnings_in_the_translators_language(client):
    translated_page(1)
    user = get_user_model().objects.create_user("traducator", password="a-strong-password-1")
    user.groups.add(Group.objects.get(name="Translators: Romanian"))
    client.force_login(user)
    response = client.get(reverse("translations_dashboard"), HTTP_ACCEPT_LANGUAGE="ro")
    assert response.status_code == 200
    assert "2 avertismente de glosar" in response.content.decode()


def test_a_broken_glossary_is_reported_not_a_server_error(admin_client_logged, settings, tmp_path):
    (tmp_path / "glossary.yaml").write_text("version: 2\n", encoding="utf-8")
    settings.LOCALE_PATHS = [tmp_path]
    response = admin_client_logged.get(reverse("translations_dashboard"))
    assert response.status_code == 200
    assert "The glossary cannot be read" in response.content.decode()


def test_glossary_warnings_take_a_fixed_number_of_queries(admin_client_logged):
    url = reverse("translations_dashboard")
    translated_page(0)
    with CaptureQueriesContext(connection) as before:
        admin_client_logged.get(url)
    for number in range(1, 6):
        translated_page(number)
    with CaptureQueriesContext(connection) as after:
        response = admin_client_logged.get(url)
    summary = {
        loc.language_code: warnings for loc, _figures, warnings in response.context["summary"]
    }
    assert summary["ro"] >= 12  # six pages, two warnings each
    assert len(after) == len(before)
