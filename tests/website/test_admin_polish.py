"""Admin listings show yes/no as icons, help texts fit the form they stand under, and the
translation dashboard's wide tables scroll inside their own region."""

import re

from django.contrib.auth import get_user_model
from django.test import Client
from django.urls import reverse

from wagtail.users.models import UserProfile

import pytest

from learning.benchmarking.models import Institution
from learning.xapi.models import ExternalLRS, LRSClient

pytestmark = pytest.mark.django_db


@pytest.fixture
def admin_browser():
    user = get_user_model().objects.create_superuser("boss", "boss@example.eu", "a-long-password")
    browser = Client()
    browser.force_login(user)
    return browser


def listing_cells(html):
    table = html[html.index('<table class="listing') :]
    body = table[table.index("<tbody") : table.index("</tbody>")]
    return [
        re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", cell)).strip()
        for cell in re.findall(r"<td[^>]*>(.*?)</td>", body, re.S)
    ]


def test_institution_listing_shows_yes_and_no_icons(admin_browser):
    Institution.objects.create(
        name="Verified school", country="IT", kind="vet-provider", size="small", is_verified=True
    )
    html = admin_browser.get("/admin/institutions/").content.decode()
    cells = listing_cells(html)
    assert "True" not in cells and "False" not in cells
    assert "Yes" in cells and "No" in cells
    assert "icon-check" in html and "icon-cross" in html


def test_yes_and_no_are_read_in_the_editors_language(admin_browser):
    LRSClient.objects.create(name="Moodle", key="moodle", scopes="all", is_active=True)
    user = get_user_model().objects.get(username="boss")
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "it"
    profile.save()
    cells = listing_cells(admin_browser.get("/admin/lrs_clients/").content.decode())
    assert "Sì" in cells
    assert "True" not in cells


def test_a_new_lrs_client_is_not_told_to_leave_its_secret_empty(admin_browser):
    html = admin_browser.get("/admin/lrs_clients/new/").content.decode()
    assert "Leave empty to keep the current secret" not in html
    assert "At least 16 characters." in html
    assert re.search(r'<input type="password" name="secret"[^>]*required', html)


def test_an_existing_lrs_client_keeps_its_secret_when_left_empty(admin_browser):
    client = LRSClient.objects.create(name="Moodle", key="moodle", scopes="all")
    html = admin_browser.get(f"/admin/lrs_clients/edit/{client.pk}/").content.decode()
    assert "Leave empty to keep the current secret." in html


def test_external_lrs_password_help_only_when_editing(admin_browser):
    assert "Leave empty to keep the current password" not in (
        admin_browser.get("/admin/external_lrs/new/").content.decode()
    )
    target = ExternalLRS.objects.create(
        name="R", endpoint="http://lrs.example.eu/xapi/", username="u", password="kept"
    )
    html = admin_browser.get(f"/admin/external_lrs/edit/{target.pk}/").content.decode()
    assert "Leave empty to keep the current password." in html


def test_translation_dashboard_tables_scroll_in_their_own_region(admin_browser):
    html = admin_browser.get(reverse("translations_dashboard")).content.decode()
    assert "css/translations-admin.css" in html
    regions = re.findall(
        r'<div class="admin-table-region translations-table" role="region" tabindex="0" '
        r'aria-labelledby="([\w-]+)">\s*<table class="listing" id="([\w-]+)"',
        html,
    )
    assert {table for _heading, table in regions} == {"translation-summary", "translation-status"}
    for heading, _table in regions:
        assert f'id="{heading}"' in html
