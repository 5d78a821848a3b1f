"""A member invites a colleague by e-mail; the colleague follows the link, signs in and joins,
in a real browser: axe-core on the invitation pages, reflow at 320 px, and the link refused
once used."""

import re

from django.contrib.auth import get_user_model
from django.core import mail

import pytest
from allauth.account.models import EmailAddress
from playwright.sync_api import expect

from learning.benchmarking.models import Institution

pytestmark = pytest.mark.browser

PASSWORD = "Join-my-colleagues-2025"
WIDE = {"width": 1280, "height": 900}
NARROW = {"width": 320, "height": 640}


def account(username, email):
    user = get_user_model().objects.create_user(username, email=email, password=PASSWORD)
    EmailAddress.objects.create(user=user, email=email, verified=True, primary=True)
    return user


def sign_in(page, live_server, email, path):
    page.goto(f"{live_server.url}/en/accounts/login/?next={path}")
    page.get_by_label("E-mail address or username").fill(email)
    page.get_by_label(re.compile(r"^Password:?$")).fill(PASSWORD)
    page.get_by_role("button", name="Sign In").click()


def scan(page, accessibility_problems, where):
    problems = accessibility_problems(page)
    assert not problems, f"{where}: {problems}"


def test_a_colleague_joins_through_the_e_mailed_link(
    live_server, browser, page, accessibility_problems
):
    institution = Institution.objects.create(
        name="Istituto Tecnico Aldini", country="IT", kind="vet-provider", size="medium"
    )
    institution.members.add(account("member", "member@example.eu"))
    account("colleague", "colleague@example.eu")
    page.set_viewport_size(WIDE)
    sign_in(
        page, live_server, "member@example.eu", f"/en/benchmarking/institutions/{institution.pk}/"
    )
    page.get_by_label("Your colleague's e-mail address").fill("colleague@example.eu")
    page.get_by_role("button", name="Invite a colleague").click()
    expect(page.get_by_role("status")).to_contain_text("was sent to colleague@example.eu")
    expect(
        page.get_by_role("button", name="Withdraw the invitation to colleague@example.eu")
    ).to_be_visible()
    scan(page, accessibility_problems, "institution with a pending invitation")

    link = re.search(r"http\S+/invitations/\S+/", mail.outbox[-1].body).group(0)
    path = link.split("/", 3)[3]
    context = browser.new_context(locale="en-GB", viewport=NARROW)
    colleague = context.new_page()
    try:
        colleague.goto(f"{live_server.url}/{path}")
        expect(colleague).to_have_url(re.compile(r"/accounts/login/\?next="))
        colleague.get_by_label("E-mail address or username").fill("colleague@example.eu")
        colleague.get_by_label(re.compile(r"^Password:?$")).fill(PASSWORD)
        colleague.get_by_role("button", name="Sign In").click()
        expect(colleague.get_by_role("heading", level=1)).to_have_text(
            "Join Istituto Tecnico Aldini"
        )
        assert colleague.evaluate("document.scrollingElement.scrollWidth <= window.innerWidth")
        scan(colleague, accessibility_problems, "invitation at 320 px")
        colleague.get_by_role("button", name="Accept the invitation").click()
        expect(colleague.get_by_role("heading", level=1)).to_have_text("Istituto Tecnico Aldini")
        expect(colleague.get_by_role("status")).to_contain_text("You are now a member")

        colleague.goto(f"{live_server.url}/{path}")
        expect(colleague.get_by_role("alert")).to_have_text(
            "This invitation has already been used."
        )
        scan(colleague, accessibility_problems, "used invitation")
    finally:
        context.close()
    assert institution.members.filter(username="colleague").exists()
