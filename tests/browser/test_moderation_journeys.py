"""Editorial journeys in a real browser: an editor submits a page and a moderator approves it in
the admin; a visitor proposes a good practice, a moderator publishes it and it appears in the
index. axe-core scans the public pages each journey reaches, and each checks reflow at 320 px.
"""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

import pytest
from playwright.sync_api import expect

from website.partners.models import PartnerIndexPage
from website.practices.models import PracticeIndexPage, PracticePage

pytestmark = pytest.mark.browser

PASSWORD = "Moderate-with-care-2025"
NARROW = {"width": 320, "height": 640}
WIDE = {"width": 1280, "height": 900}
NO_SIDEWAYS_SCROLL = "document.scrollingElement.scrollWidth <= window.innerWidth"
PRACTICE = "Welding mobility weeks with a partner school"


def make_user(username, group):
    user = get_user_model().objects.create_user(username, password=PASSWORD)
    user.groups.add(Group.objects.get(name=group))
    return user


@pytest.fixture
def editor():
    return make_user("editor", "Editors")


@pytest.fixture
def moderator():
    return make_user("moderator", "Moderators")


def admin_sign_in(browser, live_server, username):
    """A page of a new browser context (its own cookies) signed in to the admin."""
    context = browser.new_context(locale="en-GB", viewport=WIDE)
    page = context.new_page()
    page.goto(f"{live_server.url}/admin/login/")
    page.locator("#id_username").fill(username)
    page.locator("#id_password").fill(PASSWORD)
    page.locator("form button[type=submit]").click()
    page.wait_for_url(f"{live_server.url}/admin/")
    return page


def press(page, selector):
    """Press a button of the edit form's action menu, folded or not in its dropdown."""
    page.locator(selector).first.evaluate("button => button.click()")


def approve(page, live_server, target):
    """The moderator opens the page in the admin and approves its moderation task."""
    page.goto(f"{live_server.url}/admin/pages/{target.pk}/edit/")
    with page.expect_navigation():
        press(page, '[data-workflow-action-name="approve"]')
    expect(page.locator(".messages")).to_contain_text("has been updated")


def check_public(page, accessibility_problems, where):
    problems = accessibility_problems(page)
    assert not problems, f"{where}: {problems}"
    page.set_viewport_size(NARROW)
    assert page.evaluate(NO_SIDEWAYS_SCROLL), f"{where} scrolls sideways at 320 px"
    problems = accessibility_problems(page)
    assert not problems, f"{where} at 320 px: {problems}"
    page.set_viewport_size(WIDE)


def test_an_editor_submits_a_page_and_a_moderator_approves_it(
    live_server, browser, page, editor, moderator, accessibility_problems
):
    partners = PartnerIndexPage.objects.get(locale__language_code="en")
    old_title = partners.title
    editing = admin_sign_in(browser, live_server, "editor")
    editing.goto(f"{live_server.url}/admin/pages/{partners.pk}/edit/")
    expect(editing.locator('[name="action-publish"]')).to_have_count(0)
    editing.locator("#id_title").fill("Partners of the DIG.INT consortium")
    with editing.expect_navigation():
        press(editing, '[name="action-submit"]')
    expect(editing.locator(".messages")).to_contain_text("submitted")
    partners.refresh_from_db()
    assert partners.workflow_in_progress and partners.title == old_title

    # Until a moderator approves, visitors read the published version.
    page.set_viewport_size(WIDE)
    page.goto(f"{live_server.url}{partners.url}")
    expect(page.get_by_role("heading", level=1)).to_have_text(old_title)

    approve(admin_sign_in(browser, live_server, "moderator"), live_server, partners)
    partners.refresh_from_db()
    assert not partners.workflow_in_progress

    page.goto(f"{live_server.url}{partners.url}")
    expect(page.get_by_role("heading", level=1)).to_have_text("Partners of the DIG.INT consortium")
    check_public(page, accessibility_problems, "approved page")


def test_a_visitor_proposes_a_practice_that_a_moderator_publishes(
    live_server, browser, page, moderator, accessibility_problems
):
    index = PracticeIndexPage.objects.get(locale__language_code="en")
    page.set_viewport_size(WIDE)
    page.goto(f"{live_server.url}{index.url}")
    with page.expect_navigation():
        page.get_by_role("link", name="Propose a practice").click()
    check_public(page, accessibility_problems, "proposal form")
    fields = {
        "title": PRACTICE,
        "summary": "Welding learners spend two weeks in a partner school.",
        "description": "Each spring, welding learners train for two weeks in a school abroad.",
        "organisation_name": "Escola Profissional de Soldadura",
        "year_started": "2022",
        "submitter_name": "Ana Sousa",
        "submitter_email": "ana.sousa@example.org",
    }
    for name, value in fields.items():
        page.locator(f'form [name="{name}"]').fill(value)
    page.locator('[name="organisation_type"]').select_option("vet-provider")
    page.locator('[name="country"]').select_option("PT")
    page.locator('[name="dimensions"]').first.check()
    # The scan must wait for the page the proposal leads to: axe run while the browser is
    # between documents finds no document to scan.
    with page.expect_navigation():
        page.get_by_role("button", name="Send the proposal").click()
    check_public(page, accessibility_problems, "proposal sent")

    draft = PracticePage.objects.get(title=PRACTICE)
    assert not draft.live and draft.workflow_in_progress
    page.goto(f"{live_server.url}{index.url}")
    expect(page.get_by_role("link", name=PRACTICE)).to_have_count(0)

    approve(admin_sign_in(browser, live_server, "moderator"), live_server, draft)
    draft.refresh_from_db()
    assert draft.live

    page.goto(f"{live_server.url}{index.url}?country=PT")
    page.get_by_role("link", name=PRACTICE).click()
    expect(page.get_by_role("heading", level=1)).to_have_text(PRACTICE)
    check_public(page, accessibility_problems, "published practice")
