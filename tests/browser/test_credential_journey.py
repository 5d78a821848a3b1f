"""A learner finishes a course in the browser and gets a credential anyone can verify; after an
administrator revokes it, the same page says so."""

import re

from django.contrib.auth import get_user_model
from django.utils import translation

import pytest
from allauth.account.models import EmailAddress
from playwright.sync_api import expect

from courses.activities import course_iri, unit_iri
from courses.demo import correct_answers
from courses.grading import grade
from courses.models import CoursePage
from courses.progress import complete_if_done
from courses.views import _complete_unit, _record_attempt
from learning.badges.models import Credential
from learning.progress import services

pytestmark = pytest.mark.browser

PASSWORD = "Crossing-borders-2025"


def _all_but_the_last_unit(learner, course):
    """Record every unit but the last plain unit of the course, as the unit pages would."""
    modules = course.modules()
    last_module = modules[-1]
    last_number, last_block = [
        (number, block)
        for number, block in enumerate(last_module.units, start=1)
        if block.block_type == "text"
    ][-1]
    with translation.override("en"):
        enrolment, _created = services.enrol(learner, course_iri(course), "en")
        for module in modules:
            for block in module.units:
                if block.id == last_block.id:
                    continue
                iri = unit_iri(module, block.id)
                if block.block_type == "quiz":
                    result = grade(block.value, correct_answers(block.value))
                    _record_attempt(
                        enrolment, module, course, block, iri, f"setup:{iri}", None, result
                    )
                    complete_if_done(enrolment, module, "en")
                else:
                    _complete_unit(enrolment, module, iri)
    return f"{last_module.url}unit/{last_number}/"


def _sign_in(page, live_server, login, path):
    page.goto(f"{live_server.url}{path}")
    page.get_by_label("E-mail address or username").fill(login)
    page.get_by_label(re.compile(r"^Password:?$")).fill(PASSWORD)
    page.get_by_role("button", name=re.compile("Sign In|Sign in")).click()


def test_learner_earns_a_credential_that_verifies_then_is_revoked(
    live_server, browser, page, accessibility_problems
):
    email = "badge-learner@example.eu"
    learner = get_user_model().objects.create_user(
        "badge-learner", email=email, password=PASSWORD, first_name="Grace", last_name="Hopper"
    )
    EmailAddress.objects.create(user=learner, email=email, verified=True, primary=True)
    course = CoursePage.objects.filter(locale__language_code="en").order_by("path")[2]
    last_unit = _all_but_the_last_unit(learner, course)
    assert not Credential.objects.filter(learner=learner).exists()

    # The learner finishes the course in the browser: the credential is issued.
    _sign_in(page, live_server, email, f"/en/accounts/login/?next={last_unit}")
    expect(page).to_have_url(f"{live_server.url}{last_unit}")
    page.get_by_role("button", name="Mark as done and continue").click()

    # The last unit leads to the completion page: the credential, its image, what comes next.
    expect(page).to_have_url(f"{live_server.url}{course.url}completed/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Course completed")
    badge = page.locator("img.credential__badge")
    expect(badge).to_be_visible()
    page.wait_for_function(  # the badge image loads (drawn on first request)
        "() => { const image = document.querySelector('img.credential__badge');"
        " return image.complete && image.naturalWidth > 0; }"
    )
    expect(
        page.get_by_role("link", name=re.compile("Add to my LinkedIn profile"))
    ).to_have_attribute(
        "href", re.compile(r"^https://www\.linkedin\.com/profile/add\?startTask=CERTIFICATION_NAME")
    )
    expect(page.get_by_label(re.compile("^Verification link"))).to_have_value(
        re.compile(rf"^{re.escape(live_server.url)}/credentials/[0-9a-f-]+/$")
    )
    expect(page.get_by_role("link", name="All my credentials (backpack)")).to_be_visible()
    assert accessibility_problems(page) == ""
    # The completion content reflows at 320 px (the site header's reflow is issue 16, item 2).
    page.set_viewport_size({"width": 320, "height": 800})
    widest = page.evaluate(
        """() => Math.max(...[...document.querySelectorAll('.completion, .completion *')]
            .map(element => element.getBoundingClientRect().right))"""
    )
    assert widest <= 320, widest
    page.set_viewport_size({"width": 1280, "height": 900})

    page.goto(f"{live_server.url}/en/learning/")
    page.get_by_role("link", name="My credentials").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("My credentials")
    assert accessibility_problems(page) == ""
    page.get_by_role("link", name=course.title).click()
    expect(page.get_by_role("status")).to_contain_text("Valid: issued by this platform")
    credential_url = page.url

    # Anyone, signed out, in their own language, sees it valid.
    visitor = browser.new_context(locale="it-IT").new_page()
    visitor.goto(credential_url.replace("/en/", "/it/"))
    expect(visitor.get_by_role("status")).to_contain_text("Valida")
    expect(visitor.get_by_text("Grace Hopper")).to_be_visible()
    assert accessibility_problems(visitor) == ""

    # An administrator revokes it with a reason, in the Wagtail admin.
    get_user_model().objects.create_superuser("admin-revoker", password=PASSWORD)
    admin = browser.new_context(locale="en-GB").new_page()
    admin.goto(f"{live_server.url}/admin/login/?next=/admin/credentials/")
    admin.get_by_label("Username").fill("admin-revoker")
    admin.get_by_label("Password").fill(PASSWORD)
    admin.get_by_role("button", name="Sign in").click()
    credential = Credential.objects.get(learner=learner)
    admin.locator(f'a[href$="/{credential.pk}/revoke/"]').click()
    admin.get_by_label("Reason for revocation").fill("Awarded by mistake")
    admin.get_by_role("button", name="Revoke", exact=True).click()
    expect(admin.get_by_text("The credential is revoked.")).to_be_visible()

    visitor.reload()
    expect(visitor.get_by_role("status")).to_contain_text("Revocata")
    expect(visitor.get_by_role("status")).to_contain_text("Awarded by mistake")

    # The verification form, signed out, says the same of the downloaded JSON.
    visitor.goto(f"{live_server.url}/en/credentials/verify/")
    visitor.get_by_label("Credential (JSON or VC-JWT)").fill(credential.document)
    visitor.get_by_role("button", name="Verify", exact=True).click()
    expect(visitor.get_by_role("status")).to_contain_text("Revoked")
    assert accessibility_problems(visitor) == ""


def test_competence_map_is_accessible(live_server, page, accessibility_problems):
    page.goto(f"{live_server.url}/en/competences/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Competence map")
    assert accessibility_problems(page) == ""
