"""Admins manage LRS clients and external LRSs in the Wagtail admin and see forwarding lag."""

from datetime import UTC, datetime

from django.contrib.auth import get_user_model
from django.test import Client

import pytest

from learning.xapi.models import ExternalLRS, LRSClient, OutboxEntry
from learning.xapi.services import store_statements

pytestmark = pytest.mark.django_db

AUTHORITY = {"objectType": "Agent", "account": {"homePage": "http://testserver", "name": "t"}}


@pytest.fixture
def admin_browser(db):
    user = get_user_model().objects.create_superuser("boss", "boss@example.eu", "a-long-password")
    browser = Client()
    browser.force_login(user)
    return browser


@pytest.fixture
def editor_browser(db):
    from django.contrib.auth.models import Group

    user = get_user_model().objects.create_user("ed", "ed@example.eu", "a-long-password")
    user.groups.add(Group.objects.get(name="Editors"))
    browser = Client()
    browser.force_login(user)
    return browser


def test_admin_creates_an_lrs_client_whose_credentials_work(admin_browser):
    response = admin_browser.post(
        "/admin/lrs_clients/new/",
        {
            "name": "Moodle",
            "key": "moodle",
            "scopes": ["statements/write", "all/read"],
            "is_active": "on",
            "secret": "a-secret-of-sixteen-plus",
        },
    )
    assert response.status_code == 302, response.content[:2000]
    client = LRSClient.objects.get(key="moodle")
    assert client.check_secret("a-secret-of-sixteen-plus")
    assert client.scope_set == {"statements/write", "all/read"}


def test_admin_lrs_client_secret_too_short_is_refused(admin_browser):
    response = admin_browser.post(
        "/admin/lrs_clients/new/",
        {"name": "Moodle", "key": "moodle", "scopes": ["all"], "secret": "short"},
    )
    assert response.status_code == 200
    assert not LRSClient.objects.exists()


def test_admin_editing_a_client_keeps_its_secret_when_left_empty(admin_browser):
    client = LRSClient(name="A", key="a", scopes="all")
    client.set_secret("the-original-secret-value")
    client.save()
    admin_browser.post(
        f"/admin/lrs_clients/edit/{client.pk}/",
        {"name": "A2", "key": "a", "scopes": ["all/read"], "is_active": "on", "secret": ""},
    )
    client.refresh_from_db()
    assert client.name == "A2" and client.check_secret("the-original-secret-value")


def test_admin_external_lrs_list_shows_lag_and_last_error(admin_browser):
    target = ExternalLRS.objects.create(
        name="Regional LRS", endpoint="http://127.0.0.1:9/xapi/", username="u", password="p"
    )
    store_statements(
        [
            {
                "actor": {"mbox": "mailto:a@example.eu"},
                "verb": {"id": "http://example.eu/v"},
                "object": {"id": "http://example.eu/a"},
            }
        ],
        authority=AUTHORITY,
    )
    OutboxEntry.objects.update(last_error="Connection refused", attempts=2)
    response = admin_browser.get("/admin/external_lrs/")
    assert response.status_code == 200
    page = response.content.decode()
    assert "Regional LRS" in page and "Connection refused" in page
    assert f"/admin/external_lrs/{target.pk}/retry/" in page


def test_admin_retry_makes_pending_statements_due(admin_browser):
    target = ExternalLRS.objects.create(
        name="R", endpoint="http://127.0.0.1:9/xapi/", username="u", password="p"
    )
    store_statements(
        [
            {
                "actor": {"mbox": "mailto:a@example.eu"},
                "verb": {"id": "http://example.eu/v"},
                "object": {"id": "http://example.eu/a"},
            }
        ],
        authority=AUTHORITY,
    )
    OutboxEntry.objects.update(next_attempt=datetime(2999, 1, 1, tzinfo=UTC))
    response = admin_browser.post(f"/admin/external_lrs/{target.pk}/retry/")
    assert response.status_code == 302
    entry = OutboxEntry.objects.get()
    assert entry.next_attempt.year < 2999  # due again (and tried at once: the target is down)
    assert entry.last_error


def test_admin_external_lrs_keeps_its_password_when_left_empty(admin_browser):
    target = ExternalLRS.objects.create(
        name="R", endpoint="http://lrs.example.eu/xapi/", username="u", password="kept"
    )
    admin_browser.post(
        f"/admin/external_lrs/edit/{target.pk}/",
        {
            "name": "R",
            "endpoint": "http://lrs.example.eu/xapi/",
            "username": "u",
            "password": "",
            "enabled": "on",
        },
    )
    target.refresh_from_db()
    assert target.password == "kept"


def test_admin_lrs_pages_are_for_admins_only(editor_browser):
    assert editor_browser.get("/admin/lrs_clients/").status_code in (302, 403)
    assert editor_browser.get("/admin/external_lrs/").status_code in (302, 403)
