"""The learner's journey in Romanian, French and Dutch: catalogue, course, module, quiz and the
credential, each page in the visitor's language with no English left on the way.

The pages are driven by their structure (form actions, ids); what they show is checked against
the course content (content/courses/) and its catalogues in that language (locale/<lang>/content/).
"""

import re

from django.contrib.auth import get_user_model
from django.utils import translation

from wagtail.models import Locale

import pytest
from allauth.account.models import EmailAddress
from playwright.sync_api import expect

from courses.models import CoursePage
from learning.badges import verification
from learning.badges.models import Credential
from tests.browser.test_credential_journey import PASSWORD, _all_but_the_last_unit
from tests.content_data import course, translator

pytestmark = pytest.mark.browser

FOLDER = "students-awareness-of-intercultural-diversity"
COURSE, MODULES = course(FOLDER)
MODULE_1 = MODULES[0]
UNITS = MODULE_1["units"]
QUIZ_NUMBER = next(number for number, unit in enumerate(UNITS, 1) if unit["type"] == "quiz")
QUIZ = UNITS[QUIZ_NUMBER - 1]["value"]
LANGUAGES = ("ro", "fr", "nl")


def _content_translator(language):
    return translator(
        language,
        "courses/index",
        f"courses/{FOLDER}/course",
        f"courses/{FOLDER}/{COURSE['modules'][0]}",
    )


def _learner(language):
    email = f"learner-{language}@example.eu"
    learner = get_user_model().objects.create_user(
        f"learner-{language}", email=email, password=PASSWORD, first_name="Ana", last_name="Pop"
    )
    EmailAddress.objects.create(user=learner, email=email, verified=True, primary=True)
    return learner


def _sign_in(page, live_server, language, email, next_path):
    page.goto(f"{live_server.url}/{language}/accounts/login/?next={next_path}")
    expect(page.locator("html")).to_have_attribute("lang", language)
    page.locator('input[name="login"]').fill(email)
    page.locator('input[name="password"]').fill(PASSWORD)
    page.locator('form[action*="/accounts/login/"] button[type="submit"]').click()
    expect(page).to_have_url(f"{live_server.url}{next_path}")


@pytest.mark.parametrize("language", LANGUAGES)
def test_learner_takes_a_module_in_their_language(
    live_server, page, accessibility_problems, language
):
    text = _content_translator(language)
    catalogue = f"/{language}/{text('courses')}/"
    course_path = f"{catalogue}{text(COURSE['slug'])}/"
    module_path = f"{course_path}{text(MODULE_1['slug'])}/"
    _learner(language)
    _sign_in(page, live_server, language, f"learner-{language}@example.eu", catalogue)

    # The catalogue lists the course by its translated title and leads to the translated page.
    expect(page.get_by_role("heading", level=1)).to_have_text(text("Courses"))
    assert accessibility_problems(page) == ""
    page.get_by_role("link", name=text(COURSE["title"]), exact=True).click()
    expect(page).to_have_url(f"{live_server.url}{course_path}")
    expect(page.get_by_role("heading", level=1)).to_have_text(text(COURSE["title"]))
    module_links = page.locator("ol.module-list > li a")
    expect(module_links.first).to_have_text(text(MODULE_1["title"]))
    expect(module_links.first).to_have_attribute("href", module_path)

    # Enrolling leads to the first unit of the translated module; every unit is translated.
    page.locator('form[action$="/enrol/"] button[type="submit"]').click()
    for number, unit in enumerate(UNITS[: QUIZ_NUMBER - 1], 1):
        expect(page).to_have_url(f"{live_server.url}{module_path}unit/{number}/")
        expect(page.locator("html")).to_have_attribute("lang", language)
        expect(page.locator("h1#unit-title")).to_have_text(text(unit["value"]["title"]))
        if unit["type"] == "reflection":
            expect(page.locator("main")).to_contain_text(text(unit["value"]["prompt"]))
            page.locator("textarea#reflection").fill("Ana Pop, 2026: " + "x " * 20)
            page.locator(f'form[action$="/unit/{number}/reflection/"] button').click()
        else:
            page.locator(f'form[action$="/unit/{number}/done/"] button').click()

    # The quiz, in the learner's language, passed with the feedback of every chosen option.
    expect(page).to_have_url(f"{live_server.url}{module_path}unit/{QUIZ_NUMBER}/")
    expect(page.locator("h1#unit-title")).to_have_text(text(QUIZ["title"]))
    assert accessibility_problems(page) == ""
    feedback = []
    for question in QUIZ["questions"]:
        for option in question["options"]:
            if option["correct"]:
                page.get_by_label(text(option["text"]), exact=True).check()
                feedback.append(text(option["feedback"]))
    page.locator('form.quiz-form[action$="/quiz/"] button[type="submit"]').click()
    result = page.locator("section#quiz-result")
    expect(result).to_have_class(re.compile(r"\bquiz-result--passed\b"))
    total = len(QUIZ["questions"])
    expect(result).to_contain_text(re.compile(rf"\b{total}\D+{total}\D+100\s?%"))
    for sentence in feedback:
        expect(result).to_contain_text(sentence)
    assert accessibility_problems(page) == ""


@pytest.mark.parametrize("language", LANGUAGES)
def test_learner_finishes_the_course_and_sees_the_credential_in_their_language(
    live_server, page, accessibility_problems, language
):
    learner = _learner(language)
    english = CoursePage.objects.get(locale__language_code="en", slug=COURSE["slug"])
    last_unit = _all_but_the_last_unit(learner, english)
    # The same unit of the translated module.
    module_path, number = re.fullmatch(r"(.*/)unit/(\d+)/", last_unit).groups()
    module = english.modules()[-1].get_translation(Locale.objects.get(language_code=language))
    with translation.override(language):
        translated_unit = f"{module.url}unit/{number}/"

    _sign_in(page, live_server, language, learner.email, translated_unit)
    expect(page.locator("html")).to_have_attribute("lang", language)
    page.locator(f'form[action$="/unit/{number}/done/"] button').click()
    credential = Credential.objects.get(learner=learner)

    # The credential page speaks the visitor's language and shows the course's translated title.
    text = _content_translator(language)
    page.goto(f"{live_server.url}/{language}/credentials/{credential.pk}/")
    expect(page.locator("html")).to_have_attribute("lang", language)
    expect(page.get_by_role("heading", level=1)).to_contain_text(text(COURSE["title"]))
    with translation.override(language):
        valid = str(verification.MESSAGES[verification.VALID])
    assert not valid.startswith("Valid: issued by this platform")
    expect(page.get_by_role("status")).to_contain_text(valid)
    expect(page.get_by_text("Ana Pop")).to_be_visible()
    assert accessibility_problems(page) == ""
