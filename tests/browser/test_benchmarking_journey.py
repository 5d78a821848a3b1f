"""An institution's journey in a real browser: answer the questionnaire, read the report with
its radar, and turn the result into a plan; axe-core scans the questionnaire and the report."""

import re

from django.contrib.auth import get_user_model

import pytest
from allauth.account.models import EmailAddress
from playwright.sync_api import expect

from learning.benchmarking.models import Institution
from learning.benchmarking.questionnaires import current_version, source_questionnaire
from tests.content_data import content

SLUG = content("benchmarking/questionnaire")["slug"]

pytestmark = pytest.mark.browser

EMAIL = "international.office@example.eu"
PASSWORD = "Benchmark-our-school-2025"


@pytest.fixture
def institution():
    user = get_user_model().objects.create_user("office", email=EMAIL, password=PASSWORD)
    EmailAddress.objects.create(user=user, email=EMAIL, verified=True, primary=True)
    institution = Institution.objects.create(
        name="Istituto Aldini Valeriani", country="IT", kind="vet-provider", size="large"
    )
    institution.members.add(user)
    return institution


def answer(page, question):
    """The best answer, except in the offshore dimension (the weakest answer there)."""
    weak = question["dimension"] == "offshore"
    field = page.locator(f'[name="q-{question["id"]}"]')
    kind = question["kind"]
    if kind == "single":
        options = sorted(question["options"], key=lambda option: option["points"])
        field.and_(page.locator(f'[value="{options[0 if weak else -1]["id"]}"]')).check()
    elif kind == "multiple":
        for option in question["options"][:3]:
            field.and_(page.locator(f'[value="{option["id"]}"]')).check()
    elif kind == "yes_no":
        field.and_(page.locator(f'[value="{"no" if weak else "yes"}"]')).check()
    elif kind == "scale":
        field.and_(page.locator(f'[value="{1 if weak else 4}"]')).check()
    else:
        field.fill("0" if weak else str(question["full_marks"]))


def test_institution_assesses_itself_reads_its_report_and_plans(
    live_server, page, institution, accessibility_problems
):
    version = current_version(source_questionnaire(SLUG))
    page.goto(f"{live_server.url}/en/accounts/login/?next=/en/benchmarking/")
    page.get_by_label("E-mail address or username").fill(EMAIL)
    page.get_by_label(re.compile(r"^Password:?$")).fill(PASSWORD)
    page.get_by_role("button", name="Sign In").click()
    expect(page.get_by_role("heading", level=1)).to_have_text(
        "Benchmarking of internationalisation"
    )
    problems = accessibility_problems(page)
    assert not problems, f"benchmarking home: {problems}"
    page.get_by_role("link", name=institution.name).click()
    problems = accessibility_problems(page)
    assert not problems, f"institution: {problems}"
    page.get_by_role("button", name="Start or resume the assessment").click()

    expect(page.get_by_role("heading", level=1)).to_have_text(
        "DIG.INT benchmarking of internationalisation"
    )
    problems = accessibility_problems(page)
    assert not problems, f"questionnaire: {problems}"
    for question in version.questions[:5]:
        answer(page, question)
    page.get_by_role("button", name="Save as draft").click()
    expect(page.get_by_role("status")).to_contain_text("saved as a draft")
    for question in version.questions[5:]:
        answer(page, question)
    page.get_by_role("button", name="Submit the assessment").click()

    expect(page.get_by_role("heading", level=1)).to_contain_text("Results of Istituto Aldini")
    radar = page.get_by_role("img", name="Scores per dimension")
    expect(radar).to_be_visible()
    expect(
        page.get_by_role("row", name=re.compile("VET offshore campuses 0 Initial"))
    ).to_be_visible()
    expect(page.get_by_role("heading", name="VET offshore campuses (0 of 100)")).to_be_visible()
    problems = accessibility_problems(page)
    assert not problems, f"report: {problems}"

    page.get_by_role("link", name="Internationalisation plan").first.click()
    page.get_by_role("button", name="Start the plan").click()
    page.get_by_label("Priority").select_option("mobility")
    page.get_by_role("textbox", name="Five-year objective").fill(
        "Open a training site with a partner abroad."
    )
    page.get_by_role("button", name="Add the objective").click()
    page.get_by_role("combobox", name="Objective").select_option(
        label="Open a training site with a partner abroad."
    )
    page.get_by_role("spinbutton", name="Year").fill(str(version.created_at.year + 2))
    page.get_by_role("textbox", name="Owner").fill("International office")
    page.get_by_role("textbox", name="Action").fill("Agree a pilot course with a partner school")
    page.get_by_label("KPI measured by the assessment").select_option(
        label="Score: VET offshore campuses"
    )
    page.get_by_role("spinbutton", name="Target").fill("50")
    page.get_by_role("button", name="Add the action").click()

    row = page.get_by_role("row", name=re.compile("Agree a pilot course"))
    expect(row).to_contain_text("International office")
    expect(row).to_contain_text("Score: VET offshore campuses")
    problems = accessibility_problems(page)
    assert not problems, f"plan: {problems}"
