"""Per-language translator teams, the translation dashboard and offline PO round-trips."""

import io
import zipfile
from urllib.parse import urlencode

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from wagtail.models import Locale, Page
from wagtail_localize.models import StringSegment, StringTranslation, Translation, TranslationSource

import polib
import pytest

from website.core.content import catalogues
from website.home.models import ContentPage, HomePage
from website.partners.models import Partner
from website.translations.models import TranslatorTeam
from website.translations.status import MISSING, OUTDATED, build_dashboard

pytestmark = pytest.mark.django_db

TARGETS = {"it", "fr", "nl", "es", "ro"}


def locale(code):
    return Locale.objects.get(language_code=code)


def guidelines(code):
    english = Page.objects.get(slug="guidelines", locale__language_code="en").specific
    return english if code == "en" else english.get_translation(locale(code)).specific


@pytest.fixture
def italian(client):
    user = get_user_model().objects.create_user("traduttrice", password="a-strong-password-1")
    user.groups.add(Group.objects.get(name="Translators: Italian"))
    client.force_login(user)
    return user


@pytest.fixture
def admin_client_logged(client):
    admin = get_user_model().objects.create_superuser("boss", password="a-strong-password-1")
    client.force_login(admin)
    return client


@pytest.fixture
def new_english_page():
    home = HomePage.objects.get(locale__language_code="en")
    page = ContentPage(
        title="Mobility windows", slug="mobility-windows", introduction="Plan them early."
    )
    home.add_child(instance=page)
    page.save_revision().publish()
    return page


def put_string(client, translation, segment, value):
    url = reverse("wagtail_localize:edit_string_translation", args=[translation.id, segment.id])
    return client.put(
        url, urlencode({"value": value}), content_type="application/x-www-form-urlencoded"
    )


def translation_of(obj, code):
    source = TranslationSource.objects.get(object_id=obj.translation_key, locale=obj.locale)
    return Translation.objects.get(source=source, target_locale=locale(code))


# Teams and rights ------------------------------------------------------------------------


def test_teams_one_per_target_language_with_their_own_tree():
    teams = {team.locale.language_code: team for team in TranslatorTeam.objects.all()}
    assert set(teams) == TARGETS
    italian_team = teams["it"]
    page_rights = italian_team.group.page_permissions.select_related("page", "permission")
    assert {right.permission.codename for right in page_rights} == {"add_page", "change_page"}
    assert {right.page.locale.language_code for right in page_rights} == {"it"}
    codenames = set(italian_team.group.permissions.values_list("codename", flat=True))
    assert {"access_admin", "submit_translation", "change_partner"} <= codenames
    assert not any(code.startswith("publish") for code in codenames)


def test_translator_edits_italian_pages_but_not_english_or_french(client, italian):
    edit = "wagtailadmin_pages:edit"
    assert client.get(reverse(edit, args=[guidelines("it").id])).status_code == 200
    for code in ("en", "fr"):
        response = client.get(reverse(edit, args=[guidelines(code).id]))
        assert response.status_code in (302, 403)
        assert response.status_code != 200


def test_translator_edits_italian_snippets_only(client, italian):
    partner = Partner.objects.filter(locale__language_code="en").first()
    for code, allowed in (("it", True), ("fr", False), ("en", False)):
        target = Partner.objects.get(
            translation_key=partner.translation_key, locale__language_code=code
        )
        url = reverse("wagtailsnippets_partners_partner:edit", args=[target.pk])
        response = client.get(url)
        if allowed:
            assert response.status_code == 200
        else:
            assert response.status_code == 403
            assert "Italiano" in response.content.decode()


def test_translator_cannot_create_a_french_translation(client, italian, new_english_page):
    url = reverse("wagtail_localize:submit_page_translation", args=[new_english_page.id])
    response = client.post(url, {"locales": [locale("fr").id]})
    assert response.status_code == 403
    assert not new_english_page.get_translations().exists()
    response = client.post(url, {"locales": [locale("it").id]})
    assert response.status_code == 302
    assert new_english_page.get_translations().get().locale.language_code == "it"


def test_translator_cannot_touch_french_strings_or_po_files(client, italian):
    french = translation_of(guidelines("en"), "fr")
    segment = StringSegment.objects.filter(source=french.source).first()
    assert put_string(client, french, segment, "Pirate").status_code == 403
    download = reverse("wagtail_localize:download_pofile", args=[french.id])
    assert client.get(download).status_code == 403
    italian_translation = translation_of(guidelines("en"), "it")
    download = reverse("wagtail_localize:download_pofile", args=[italian_translation.id])
    assert client.get(download).status_code == 200
    sync = reverse("wagtail_localize:update_translations", args=[french.source_id])
    assert client.get(sync).status_code == 403


def test_italian_translator_translates_and_submits_for_review(client, italian):
    source_page = guidelines("en")
    translation = translation_of(source_page, "it")
    segment = StringSegment.objects.filter(source=translation.source, context__path="title").get()
    response = put_string(
        client, translation, segment, "Linee guida per pianificare l'internazionalizzazione"
    )
    assert response.status_code in (200, 201)

    submit = reverse("translations_submit_for_review", args=[translation.id])
    assert client.post(submit).status_code == 302
    italian_page = guidelines("it")
    assert italian_page.workflow_in_progress
    assert (
        italian_page.title != "Linee guida per pianificare l'internazionalizzazione"
    )  # live until approved
    draft = italian_page.get_latest_revision_as_object()
    assert draft.title == "Linee guida per pianificare l'internazionalizzazione"
    assert italian_page.has_unpublished_changes

    moderator = get_user_model().objects.create_user("moderatrice", password="a-strong-pw-2")
    moderator.groups.add(Group.objects.get(name="Moderators"))
    task_state = italian_page.current_workflow_state.current_task_state
    task_state.task.specific.on_action(task_state, moderator, "approve")
    assert guidelines("it").title == "Linee guida per pianificare l'internazionalizzazione"


def test_submit_for_review_refuses_another_language(client, italian):
    french = translation_of(guidelines("en"), "fr")
    response = client.post(reverse("translations_submit_for_review", args=[french.id]))
    assert response.status_code == 403
    assert not guidelines("fr").workflow_in_progress


# The dashboard ---------------------------------------------------------------------------


def test_dashboard_figures_match_the_database(admin_client_logged):
    response = admin_client_logged.get(reverse("translations_dashboard"))
    assert response.status_code == 200
    counts = {loc.language_code: dict(figures) for loc, figures in response.context["counts"]}
    english_pages = Page.objects.filter(locale__language_code="en", depth__gt=1)
    for code in TARGETS:
        translated_keys = set(
            Page.objects.filter(locale__language_code=code, alias_of__isnull=True).values_list(
                "translation_key", flat=True
            )
        )
        missing_pages = english_pages.exclude(translation_key__in=translated_keys).count()
        assert counts[code][MISSING] == missing_pages  # every partner is translated
        assert counts[code][OUTDATED] == 0


def test_dashboard_shows_source_edits_as_out_of_date_until_synced(admin_client_logged):
    partner = Partner.objects.filter(locale__language_code="en").first()
    partner.description = partner.description + " It also coordinates the regional network."
    partner.save()
    board = build_dashboard(list(Locale.objects.exclude(language_code="en")))
    row = next(row for row in board.rows if row.instance == partner)
    assert {cell.state for cell in row.cells} == {OUTDATED}

    source = TranslationSource.objects.get(object_id=partner.translation_key, locale=partner.locale)
    source.update_from_db()
    board = build_dashboard(list(Locale.objects.exclude(language_code="en")))
    row = next(row for row in board.rows if row.instance == partner)
    # Synced: no longer out of date, and the new sentence now waits for its translation.
    assert {cell.state for cell in row.cells} == {"in_progress"}


def test_dashboard_filters_by_section_and_shows_a_translator_their_language(client, italian):
    response = client.get(reverse("translations_dashboard"), {"section": "courses"})
    assert response.status_code == 200
    board = response.context["board"]
    assert [loc.language_code for loc in board.locales] == ["it"]
    assert board.rows and {row.section.slug for row in board.rows} == {"courses"}


def test_dashboard_queries_do_not_grow_with_the_number_of_pages(admin_client_logged):
    """Queries grow with the number of page types and snippet models, never with objects."""
    url = reverse("translations_dashboard")
    home = HomePage.objects.get(locale__language_code="en")

    def add_notes(numbers):
        for number in numbers:
            page = ContentPage(
                title=f"Note {number}", slug=f"note-{number}", introduction="A note."
            )
            home.add_child(instance=page)
            page.save_revision().publish()

    add_notes([0])
    with CaptureQueriesContext(connection) as before:
        admin_client_logged.get(url)
    add_notes(range(1, 11))
    with CaptureQueriesContext(connection) as after:
        response = admin_client_logged.get(url)
    assert len(response.context["board"].rows) > 10
    assert len(after) == len(before)


# Offline PO round-trips --------------------------------------------------------------------


def export(client, code, section):
    response = client.get(
        reverse("translations_export"), {"locale": locale(code).id, "section": section}
    )
    assert response.status_code == 200, response.content
    archive = zipfile.ZipFile(io.BytesIO(response.content))
    return {name: polib.pofile(archive.read(name).decode()) for name in archive.namelist()}


def upload(client, code, files):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, po in files.items():
            archive.writestr(name, str(po))
    buffer.seek(0)
    buffer.name = "translations.zip"
    return client.post(reverse("translations_import"), {"locale": locale(code).id, "file": buffer})


def test_po_round_trip_changes_the_translation(client, italian):
    files = export(client, "it", "guidelines")
    assert len(files) == 1
    ((name, po),) = files.items()
    entry = next(entry for entry in po if entry.msgctxt == "title")
    entry.msgstr = "Linee guida per pianificare l'internazionalizzazione"
    response = upload(client, "it", {name: po})
    assert response.status_code == 200
    assert response.context["results"][0].stale == []
    assert guidelines("it").title != "Linee guida per pianificare l'internazionalizzazione"
    draft = guidelines("it").get_latest_revision_as_object()
    assert draft.title == "Linee guida per pianificare l'internazionalizzazione"


def test_the_dashboard_exports_the_catalogues_the_repository_ships(client, italian):
    """A partner downloads, translates and commits the same file the loader reads."""
    response = client.get(
        reverse("translations_export"), {"locale": locale("it").id, "section": "courses"}
    )
    archive = zipfile.ZipFile(io.BytesIO(response.content))
    name = "courses/design-internationalisation-policies-vet/course.po"
    assert name in archive.namelist()
    shipped = catalogues.catalogue_path("it", name.removesuffix(".po")).read_text()
    assert archive.read(name).decode() == shipped


def test_po_with_strings_of_an_older_source_reports_them_and_applies_the_rest(client, italian):
    ((name, po),) = export(client, "it", "guidelines").items()
    source_page = guidelines("en")
    old_intro = source_page.introduction
    source_page.title = "Guidelines for planning"
    source_page.save_revision().publish()
    TranslationSource.objects.get(
        object_id=source_page.translation_key, locale=source_page.locale
    ).update_from_db()

    next(entry for entry in po if entry.msgctxt == "title").msgstr = "Linee guida per pianificare"
    intro_entries = [
        entry for entry in po if entry.msgid and entry.msgctxt.startswith("introduction")
    ]
    for entry in intro_entries:
        entry.msgstr = entry.msgstr + " (rivisto)"
    response = upload(client, "it", {name: po})
    assert response.status_code == 200
    result = response.context["results"][0]
    assert result.stale == ["Planning guidelines"]
    assert result.applied >= len(intro_entries)
    assert old_intro == source_page.introduction
    italian_strings = StringTranslation.objects.filter(
        locale=locale("it"), data__endswith=" (rivisto)"
    )
    assert italian_strings.count() == len(intro_entries)


def test_malformed_po_is_refused_and_nothing_applied(client, italian):
    ((name, po),) = export(client, "it", "guidelines").items()
    before = StringTranslation.objects.filter(locale=locale("it")).count()
    for entry in po:
        entry.msgstr = "Cambiato"
    broken = io.BytesIO(b'msgid "unterminated\nmsgstr 12 "')
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr(name, str(po))
        archive.writestr("broken.po", broken.getvalue())
    buffer.seek(0)
    buffer.name = "mixed.zip"
    response = client.post(
        reverse("translations_import"), {"locale": locale("it").id, "file": buffer}
    )
    assert response.status_code == 400
    assert "broken.po" in " ".join(response.context["errors"])
    assert not StringTranslation.objects.filter(locale=locale("it"), data="Cambiato").exists()
    assert StringTranslation.objects.filter(locale=locale("it")).count() == before


def test_po_for_another_locale_or_page_is_refused(client, admin_client_logged):
    ((name, french_po),) = export(admin_client_logged, "fr", "guidelines").items()
    response = upload(admin_client_logged, "it", {name: french_po})
    assert response.status_code == 400
    assert "not Italiano" in " ".join(response.context["errors"])
    french_po.metadata["X-WagtailLocalize-TranslationID"] = "4b1d3a7e-0000-4000-8000-000000000000"
    response = upload(admin_client_logged, "fr", {name: french_po})
    assert response.status_code == 400


def test_translator_cannot_import_into_another_language(client, italian):
    buffer = io.BytesIO(b'msgid ""\nmsgstr ""\n')
    buffer.name = "x.po"
    response = client.post(
        reverse("translations_import"), {"locale": locale("fr").id, "file": buffer}
    )
    assert response.status_code == 400
    assert "locale" in response.context["form"].errors


def test_italian_translator_translates_a_practice_and_not_into_french(client, italian):
    from website.practices.models import PracticePage

    # A practice published in English only (shipped practices are all translated).
    practice = PracticePage.objects.filter(locale__language_code="it").first()
    english = practice.get_translation(locale("en"))
    practice.delete()
    practice = english
    url = reverse("wagtail_localize:submit_page_translation", args=[practice.id])
    assert client.post(url, {"locales": [locale("fr").id]}).status_code == 403
    assert client.post(url, {"locales": [locale("it").id]}).status_code == 302

    translation = translation_of(practice, "it")
    segment = StringSegment.objects.filter(source=translation.source, context__path="title").get()
    assert put_string(client, translation, segment, "Pratica tradotta").status_code in (200, 201)
    submit = reverse("translations_submit_for_review", args=[translation.id])
    assert client.post(submit).status_code == 302
    italian_practice = practice.get_translation(locale("it"))
    assert italian_practice.workflow_in_progress
    assert italian_practice.get_latest_revision_as_object().title == "Pratica tradotta"


def test_dashboard_sections_cover_the_new_content():
    from website.translations.sections import SECTIONS, section_of
    from website.translations.status import source_objects

    found = {section_of(type(obj)).slug for obj in source_objects(locale("en"))}
    assert {section.slug for section in SECTIONS} <= found
