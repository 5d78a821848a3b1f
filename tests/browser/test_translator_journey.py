"""A partner translator's journey in the admin: dashboard → translation editor → review."""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from wagtail.models import Page

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.browser

PASSWORD = "Tradurre-bene-2025"
NEW_TITLE = "Linee guida per pianificare l'internazionalizzazione"


@pytest.fixture
def italian_translator():
    user = get_user_model().objects.create_user("traduttore", password=PASSWORD)
    user.groups.add(Group.objects.get(name="Translators: Italian"))
    return user


def _log_in(page, live_server, username):
    page.goto(f"{live_server.url}/admin/login/")
    page.locator("#id_username").fill(username)
    page.locator("#id_password").fill(PASSWORD)
    page.locator("form button[type=submit]").click()
    page.wait_for_url(f"{live_server.url}/admin/")


def test_translator_translates_a_page_and_submits_it_for_review(
    page, live_server, italian_translator, accessibility_problems
):
    _log_in(page, live_server, "traduttore")

    page.goto(f"{live_server.url}/admin/translations/?section=guidelines")
    status = page.locator("#translation-status")
    expect(status.locator("thead th")).to_have_count(3)  # source, section, Italian only
    problems = accessibility_problems(page)
    assert not problems, problems

    # The Italian cell links to the translation editor of the Italian page.
    status.locator("td[data-state] a").first.click()
    page.get_by_role("button", name="Edit").first.click()
    editor = page.locator("textarea").first
    editor.fill(NEW_TITLE)
    with page.expect_response(lambda response: "/strings/" in response.url) as saved:
        page.get_by_role("button", name="Save").first.click()
    assert saved.value.ok

    # Back on the dashboard, the translator hands the page to the moderators.
    page.goto(f"{live_server.url}/admin/translations/?section=guidelines")
    page.get_by_role("button", name="Submit for review").first.click()
    expect(page.locator(".messages")).to_contain_text("submitted for review")

    italian = Page.objects.get(slug="linee-guida", locale__language_code="it")
    assert italian.workflow_in_progress
    assert italian.title != NEW_TITLE  # live until a moderator approves
    assert italian.get_latest_revision_as_object().title == NEW_TITLE

    # The English source stays out of reach.
    english = Page.objects.get(slug="guidelines", locale__language_code="en")
    response = page.goto(f"{live_server.url}/admin/pages/{english.id}/edit/")
    assert response.url.endswith("/admin/") or response.status == 403
