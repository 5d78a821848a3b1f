"""A learner's journey in a real browser: sign up, confirm the e-mail, take a module in Italian.

Italian pages are driven by their structure (form actions, input types, ids) rather than by UI
strings, whose translations may still be missing; what they show is checked against the course
content (content/courses/teachers-european-citizenship-and-working-across-borders/) and its
Italian catalogues.
"""

import re
import uuid

from django.contrib.auth import get_user_model
from django.core import mail

import pytest
from allauth.account.models import EmailAddress
from playwright.sync_api import expect

from tests.content_data import course, translator

pytestmark = pytest.mark.browser

PASSWORD = "Crossing-borders-2025"


FOLDER = "teachers-european-citizenship-and-working-across-borders"
COURSE, MODULES = course(FOLDER)
MODULE_1 = MODULES[0]
it = translator(
    "it",
    f"courses/{FOLDER}/course",
    f"courses/{FOLDER}/{COURSE['modules'][0]}",
    f"courses/{FOLDER}/{COURSE['modules'][1]}",
)

COURSE_EN = f"/en/courses/{COURSE['slug']}/"
COURSE_IT = f"/it/corsi/{it(COURSE['slug'])}/"
MODULE_1_EN = f"{COURSE_EN}{MODULE_1['slug']}/"
MODULE_1_IT = f"{COURSE_IT}{it(MODULE_1['slug'])}/"
UNITS = MODULE_1["units"]
QUIZ_NUMBER = next(number for number, unit in enumerate(UNITS, 1) if unit["type"] == "quiz")
QUIZ = UNITS[QUIZ_NUMBER - 1]["value"]
COURSE_UNITS = sum(len(module["units"]) for module in MODULES)


def _options(question, *, correct):
    """The options to choose for a right answer, or a wrong one (never a right option)."""
    options = [option for option in question["options"] if option["correct"] is correct]
    return options if correct or question["kind"] == "multiple" else options[:1]


def _answer_quiz(page, *, correct):
    """Choose options by their Italian labels and submit; return the feedback expected."""
    feedback = []
    for question in QUIZ["questions"]:
        for option in _options(question, correct=correct):
            page.get_by_label(it(option["text"]), exact=True).check()
            feedback.append(it(option["feedback"]))
    page.locator('form.quiz-form[action$="/quiz/"] button[type="submit"]').click()
    return feedback


def _sign_up(page, live_server, email):
    page.goto(f"{live_server.url}/en/accounts/signup/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Sign Up")
    page.get_by_label("Email").fill(email)
    page.get_by_label("Your name, as it will appear on your credentials").fill("Maria Rossi")
    expect(page.get_by_text("This name will appear on the credentials you earn")).to_be_visible()
    page.get_by_label(re.compile(r"^Password:?$")).fill(PASSWORD)
    page.get_by_label("Password (again)").fill(PASSWORD)
    page.get_by_role("button", name="Sign Up").click()

    expect(page).to_have_url(f"{live_server.url}/en/accounts/confirm-email/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Verify Your Email Address")


def _confirmation_link(live_server, email):
    messages = [message for message in mail.outbox if email in message.to]
    assert len(messages) == 1, [message.to for message in mail.outbox]
    links = re.findall(
        rf"{re.escape(live_server.url)}/en/accounts/confirm-email/[^/\s]+/", messages[0].body
    )
    assert len(links) == 1, messages[0].body
    return links[0]


def test_new_learner_signs_up_and_takes_the_first_module_in_italian(live_server, page):
    email = f"learner-{uuid.uuid4().hex[:12]}@example.eu"

    # Sign up, then confirm the address from the link in the e-mail: that signs the learner in.
    _sign_up(page, live_server, email)
    page.goto(_confirmation_link(live_server, email))
    expect(page.get_by_role("heading", level=1)).to_have_text("Confirm Email Address")
    expect(page.get_by_role("main")).to_contain_text(email)
    page.get_by_role("button", name="Confirm").click()

    expect(page).to_have_url(f"{live_server.url}/en/learning/")
    expect(page.get_by_role("heading", level=1)).to_have_text("My learning")
    account_nav = page.get_by_role("navigation", name="Your account")
    expect(account_nav.get_by_role("link", name="Sign out")).to_be_visible()
    expect(page.get_by_text("You are not enrolled in any course yet.")).to_be_visible()

    # The catalogue, switched to Italian, and the course translated into Italian.
    page.goto(f"{live_server.url}/en/courses/")
    page.locator("nav.language-switcher").get_by_role("link", name="Italiano", exact=True).click()
    expect(page).to_have_url(f"{live_server.url}/it/corsi/")
    expect(page.locator("html")).to_have_attribute("lang", "it")
    page.get_by_role("link", name=it(COURSE["title"]), exact=True).click()

    expect(page).to_have_url(f"{live_server.url}{COURSE_IT}")
    expect(page.locator("html")).to_have_attribute("lang", "it")
    expect(page.get_by_role("heading", level=1)).to_have_text(it(COURSE["title"]))

    # Enrolling leads to the first unit of the first module.
    page.locator('form[action$="/enrol/"] button[type="submit"]').click()
    expect(page).to_have_url(f"{live_server.url}{MODULE_1_IT}unit/1/")

    # Work through the module's units in order: text and resources, then the reflection.
    for number, unit in enumerate(UNITS[: QUIZ_NUMBER - 1], 1):
        expect(page).to_have_url(f"{live_server.url}{MODULE_1_IT}unit/{number}/")
        expect(page.locator("html")).to_have_attribute("lang", "it")
        expect(page.locator("h1#unit-title")).to_have_text(it(unit["value"]["title"]))
        if unit["type"] == "reflection":
            expect(page.locator("main")).to_contain_text(it(unit["value"]["prompt"]))
            answer = page.locator("textarea#reflection")
            expect(page.locator('label[for="reflection"]')).to_be_visible()
            answer.fill(
                "Nel corso di logistica: il discente sa confrontare le norme UE sull'orario di "
                "lavoro con quelle del paese ospitante; lo valuto con un diario di riflessione."
            )
            page.locator(f'form[action$="/unit/{number}/reflection/"] button').click()
        else:
            page.locator(f'form[action$="/unit/{number}/done/"] button').click()

    # The quiz: a first attempt with wrong answers fails ...
    expect(page).to_have_url(f"{live_server.url}{MODULE_1_IT}unit/{QUIZ_NUMBER}/")
    expect(page.locator("h1#unit-title")).to_have_text(it(QUIZ["title"]))
    questions = page.locator("form.quiz-form fieldset")
    expect(questions).to_have_count(len(QUIZ["questions"]))
    for position, question in enumerate(QUIZ["questions"]):
        expect(questions.nth(position).locator("legend")).to_contain_text(it(question["text"]))
    expect(questions.locator('input[type="checkbox"]')).to_have_count(
        sum(len(q["options"]) for q in QUIZ["questions"] if q["kind"] == "multiple")
    )

    feedback = _answer_quiz(page, correct=False)
    result = page.locator("section#quiz-result")
    expect(result).to_have_class(re.compile(r"\bquiz-result--failed\b"))
    total = len(QUIZ["questions"])
    expect(result).to_contain_text(re.compile(rf"\b0\D+{total}\D+0\s?%"))
    for text in feedback:
        expect(result).to_contain_text(text)

    # The result is shown without the form; the learner asks for another attempt ...
    expect(page.locator("form.quiz-form")).to_have_count(0)
    page.locator(f'a[href$="/unit/{QUIZ_NUMBER}/?retry=1"]').click()
    expect(page.locator("form.quiz-form fieldset")).to_have_count(len(QUIZ["questions"]))

    # ... and a second one, with the right answers, passes: the next step is the next module.
    feedback = _answer_quiz(page, correct=True)
    expect(result).to_have_class(re.compile(r"\bquiz-result--passed\b"))
    expect(result).to_contain_text(re.compile(rf"\b{total}\D+{total}\D+100\s?%"))
    for text in feedback:
        expect(result).to_contain_text(text)
    expect(page.locator("form.quiz-form")).to_have_count(0)
    expect(page.locator(".next-step a.button")).to_have_attribute(
        "href", f"{COURSE_IT}{it(MODULES[1]['slug'])}/"
    )

    # The learner leaves, comes back to the module overview and resumes where they left off.
    page.goto(f"{live_server.url}/it/")
    page.goto(f"{live_server.url}{COURSE_IT}")
    module_item = page.locator("ol.module-list > li").filter(
        has=page.get_by_role("link", name=it(MODULE_1["title"]), exact=True)
    )
    expect(module_item.locator(".badge--done")).to_be_visible()
    module_item.get_by_role("link", name=it(MODULE_1["title"]), exact=True).click()

    expect(page).to_have_url(f"{live_server.url}{MODULE_1_IT}")
    expect(page.get_by_role("heading", level=1)).to_have_text(it(MODULE_1["title"]))
    units = page.locator("ol.unit-list > li")
    expect(units).to_have_count(len(UNITS))
    expect(units.locator(".badge--done")).to_have_count(len(UNITS))
    expect(page.locator("section[aria-labelledby='units-heading'] progress")).to_have_attribute(
        "value", "100"
    )
    resume = page.locator("section[aria-labelledby='units-heading'] a.button")
    expect(resume).to_have_attribute("href", re.compile(r"/unit/\d+/$"))
    resume.click()

    # The quiz was the last unit opened.
    expect(page).to_have_url(f"{live_server.url}{MODULE_1_IT}unit/{QUIZ_NUMBER}/")
    expect(page.locator("h1#unit-title")).to_have_text(it(QUIZ["title"]))
    expect(page.locator("article.unit .badge--done")).to_be_visible()

    # The dashboard: one module of three completed, and the quiz passed at the second attempt.
    page.goto(f"{live_server.url}/en/learning/")
    course = page.locator("section.dashboard-course")
    expect(course).to_have_count(1)
    expect(course.get_by_role("heading", level=2)).to_have_text(COURSE["title"])
    percent = round(100 * len(UNITS) / COURSE_UNITS)
    expect(course).to_contain_text(f"1 of {len(COURSE['modules'])} modules completed ({percent}%).")
    row = course.get_by_role("row").filter(
        has=page.get_by_role("rowheader", name=MODULE_1["title"])
    )
    expect(row.get_by_role("cell")).to_have_text(
        [f"{len(UNITS)} / {len(UNITS)}", "best 100% in 2 attempts — passed"]
    )

    # In Italian, the dashboard shows the Italian course.
    page.goto(f"{live_server.url}/it/learning/")
    expect(page.locator("html")).to_have_attribute("lang", "it")
    course = page.locator("section.dashboard-course")
    expect(course.get_by_role("heading", level=2)).to_have_text(it(COURSE["title"]))
    expect(course.get_by_role("row").filter(has_text=it(MODULE_1["title"]))).to_contain_text(
        f"{len(UNITS)} / {len(UNITS)}"
    )


def test_learner_pages_have_no_serious_accessibility_violation(
    live_server, page, accessibility_problems
):
    problems = {}

    def scan(path):
        page.goto(f"{live_server.url}{path}")
        check(path)

    def check(where):
        found = accessibility_problems(page)
        if found:
            problems[where] = found

    # Pages anyone sees: sign-up, the catalogue and a course.
    scan("/en/accounts/signup/")
    scan("/en/courses/")
    scan("/it/corsi/")
    scan(COURSE_EN)

    # A learner signs in and enrols; then a quiz unit, its result and the dashboard.
    email = f"learner-{uuid.uuid4().hex[:12]}@example.eu"
    user = get_user_model().objects.create_user(email, email=email, password=PASSWORD)
    EmailAddress.objects.create(user=user, email=email, verified=True, primary=True)
    page.goto(f"{live_server.url}/en/accounts/login/?next={COURSE_EN}")
    page.get_by_label("E-mail address or username").fill(email)
    page.get_by_label(re.compile(r"^Password:?$")).fill(PASSWORD)
    page.get_by_role("button", name="Sign In").click()
    expect(page).to_have_url(f"{live_server.url}{COURSE_EN}")
    check(f"{COURSE_EN} (signed in)")
    page.get_by_role("button", name="Enrol in this course").click()
    expect(page).to_have_url(f"{live_server.url}{MODULE_1_EN}unit/1/")

    quiz_unit = f"{MODULE_1_EN}unit/{QUIZ_NUMBER}/"
    scan(quiz_unit)
    page.get_by_role("button", name="Submit my answers").click()
    expect(page.get_by_role("heading", name="Not passed yet")).to_be_visible()
    check(f"{quiz_unit} (result)")
    scan(f"{MODULE_1_IT}unit/{QUIZ_NUMBER}/")
    scan("/en/learning/")

    assert not problems, "\n".join(f"{where}: {found}" for where, found in problems.items())
