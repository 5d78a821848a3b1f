"""Small screens and long words: every page type reflows at 320 px, the menu button works by
keyboard (and the navigation stays reachable without JavaScript), and the header keeps to one
row at 1280 px in every language.

WCAG 2.1 SC 1.4.10 (Reflow): content is usable at 320 CSS px wide without scrolling in two
directions; tables and diagrams may scroll inside their own region, the page itself may not.
One browser page signs in once (the demo learner, made a member of an institution with a
submitted assessment and a plan) and walks through the page types in English and Romanian.
"""

import random
import re
from pathlib import Path

from django.contrib.auth import get_user_model
from django.urls import reverse
from django.utils import timezone, translation

from wagtail.models import Locale

import pytest
from playwright.sync_api import expect

from courses.activities import course_iri
from courses.demo import DEMO_EMAIL, DEMO_USERNAME
from courses.models import CourseIndexPage, ModulePage
from learning.badges.models import Credential
from learning.benchmarking import plans
from learning.benchmarking.models import Assessment, Institution
from learning.benchmarking.questionnaires import current_version, source_questionnaire
from learning.benchmarking.scoring import score
from learning.benchmarking.synthetic import _answer
from learning.progress.models import Enrolment
from tests.content_data import content
from website.core.vocabularies import Dimension
from website.guidelines.models import BlueprintPage, GuidelinesPage
from website.home.models import HomePage
from website.practices.models import PracticeIndexPage, PracticePage

pytestmark = pytest.mark.browser

PASSWORD = "Reflow-at-320-pixels"
NARROW = {"width": 320, "height": 640}
WIDE = {"width": 1280, "height": 900}
LANGUAGES = ["en", "ro"]

OUTSIDE_WINDOW = (Path(__file__).parent / "outside_window.js").read_text()


def overflow(page):
    """What passes the window's right edge outside any element that scrolls or clips."""
    return page.evaluate(OUTSIDE_WINDOW, ["auto", "scroll", "hidden"])


def outside_scrolling_regions(page):
    """In the Wagtail admin (which clips its content in `main`): what passes the window's right
    edge outside any element that scrolls."""
    return page.evaluate(OUTSIDE_WINDOW, ["auto", "scroll"])["culprits"]


@pytest.fixture
def learner():
    """The demo learner (a completed course and its credential, from load_digint)."""
    user = get_user_model().objects.get(username=DEMO_USERNAME)
    user.set_password(PASSWORD)
    user.save()
    return user


@pytest.fixture
def member(learner):
    """The demo learner as a member of an institution with a submitted assessment of last
    year and a plan with one action; long Romanian names and texts, as partners write them."""
    user = learner
    institution = Institution.objects.create(
        name="Colegiul Tehnic de Comunicații și Informatică Aplicată „Augustin Maior”",
        country="RO",
        kind="vet-provider",
        size="large",
    )
    institution.members.add(user)
    version = current_version(source_questionnaire(content("benchmarking/questionnaire")["slug"]))
    rng = random.Random(16)
    answers = {question["id"]: _answer(question, 0.6, rng) for question in version.questions}
    scores = score(version.questions, answers)
    assessment = Assessment.objects.create(
        institution=institution,
        version=version,
        period=timezone.now().year - 1,
        answers=answers,
        submitted_at=timezone.now(),
        family_scores=scores.families,
        score_overall=scores.overall,
        **{Assessment.score_field(code): scores.dimensions[code] for code in Dimension.values},
    )
    plan = plans.start_plan(institution, assessment)
    objective = plans.add_objective(
        plan, "cooperation", "Internaționalizarea curriculumului prin parteneriate europene"
    )
    plans.add_action(
        objective,
        plan.first_year + 1,
        "Departamentul de relații internaționale",
        "Un curs comun cu o școală parteneră din Italia, recunoscut în ambele țări",
        "dimension:dual_joint",
        75,
    )
    return user, institution, assessment


def addresses(language, institution, assessment):
    """(page type, path) for every page type, in `language`."""
    locale = Locale.objects.get(language_code=language)

    def page_url(model, **filters):
        return model.objects.live().filter(locale=locale, **filters).first().get_url()

    learner_enrolment = Enrolment.objects.filter(learner__username=DEMO_USERNAME).first()
    module = next(
        module
        for module in ModulePage.objects.live().filter(locale=locale).order_by("path")
        if course_iri(module.course(with_streamfields=False)) == learner_enrolment.course_iri
    )
    credential = Credential.objects.filter(learner__username=DEMO_USERNAME).first()
    course = module.get_parent()
    with translation.override(language):
        return [
            ("home", page_url(HomePage)),
            ("guidelines", page_url(GuidelinesPage)),
            ("Blueprint", page_url(BlueprintPage)),
            ("practice index", page_url(PracticeIndexPage)),
            ("practice", page_url(PracticePage)),
            ("courses catalogue", page_url(CourseIndexPage)),
            ("course", course.get_url()),
            ("module", module.get_url()),
            ("module unit", f"{module.get_url()}unit/1/"),
            ("learner dashboard", reverse("learning-dashboard")),
            ("backpack", reverse("backpack")),
            ("credential", reverse("credential", args=[credential.pk])),
            ("competences", reverse("competence-map")),
            ("benchmarking landing", reverse("benchmarking:index")),
            ("institution", reverse("benchmarking:institution", args=[institution.pk])),
            ("benchmarking report", reverse("benchmarking:report", args=[assessment.pk])),
            ("benchmarking plan", reverse("benchmarking:plan", args=[institution.pk])),
            ("credential verify", reverse("credential-verify")),
            ("search", reverse("search") + "?q=internationalisation"),
        ]


def sign_in(page, live_server):
    page.goto(f"{live_server.url}/en/accounts/login/")
    page.get_by_label("E-mail address or username").fill(DEMO_EMAIL)
    page.get_by_label(re.compile(r"^Password:?$")).fill(PASSWORD)
    page.get_by_role("button", name="Sign In").click()
    expect(page).to_have_url(re.compile(r"/learning/$"))


def test_every_page_type_reflows_at_320px(live_server, page, member, accessibility_problems):
    _user, institution, assessment = member
    page.set_viewport_size(NARROW)
    sign_in(page, live_server)
    failures = []
    for language in LANGUAGES:
        for name, path in addresses(language, institution, assessment):
            response = page.goto(f"{live_server.url}{path}")
            assert response.status == 200, f"{language} {name} {path}: {response.status}"
            found = overflow(page)
            if found["scrollWidth"] > found["innerWidth"]:
                failures.append(f"{language} {name} ({path}): {found}")
            problems = accessibility_problems(page)
            if problems:
                failures.append(f"{language} {name} ({path}): {problems}")
    # The open menu reflows too (the home page, in each language).
    for language in LANGUAGES:
        page.goto(f"{live_server.url}/{language}/")
        page.locator(".menu-button").click()
        found = overflow(page)
        if found["scrollWidth"] > found["innerWidth"]:
            failures.append(f"{language} open menu: {found}")
    assert not failures, "\n".join(failures)


def test_menu_button_opens_the_navigation_by_keyboard(
    live_server, browser, page, accessibility_problems
):
    page.set_viewport_size(NARROW)
    response = page.goto(f"{live_server.url}/en/")
    # The script is the site's own file, allowed by the policy without 'unsafe-inline'.
    policy = response.headers["content-security-policy"]
    script_src = next(part for part in policy.split(";") if "script-src" in part)
    assert "'self'" in script_src and "unsafe-inline" not in script_src
    navigation = page.get_by_role("navigation", name="Main menu")
    button = page.get_by_role("button", name="Menu")
    expect(navigation).to_be_hidden()
    # Closed, the header is one row (the brand and the button): content starts within the
    # first 100 px of a 640 px screen, where it started 485 px down before the button.
    assert page.locator("main").bounding_box()["y"] < 100

    for _tab in range(5):  # the skip link, the brand, then the button
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.classList.contains('menu-button')"):
            break
    expect(button).to_be_focused()
    expect(button).to_have_attribute("aria-expanded", "false")
    page.keyboard.press("Enter")
    expect(button).to_have_attribute("aria-expanded", "true")
    links = navigation.get_by_role("link")
    assert links.count() >= 5
    for index in range(links.count()):
        expect(links.nth(index)).to_be_visible()
    expect(page.get_by_role("link", name="Sign in")).to_be_visible()
    expect(page.get_by_role("searchbox", name="Search the site")).to_be_visible()
    assert page.evaluate("document.scrollingElement.scrollWidth <= window.innerWidth")
    problems = accessibility_problems(page)
    assert not problems, f"open menu: {problems}"
    # Tab moves on into the menu; Escape closes it and gives the focus back to the button.
    page.keyboard.press("Tab")
    assert page.evaluate("document.getElementById('site-menu').contains(document.activeElement)")
    page.keyboard.press("Escape")
    expect(button).to_have_attribute("aria-expanded", "false")
    expect(button).to_be_focused()
    expect(navigation).to_be_hidden()

    # Without JavaScript there is no button to press: the navigation is simply there.
    context = browser.new_context(locale="en-GB", viewport=NARROW, java_script_enabled=False)
    try:
        without_script = context.new_page()
        without_script.goto(f"{live_server.url}/en/")
        expect(without_script.get_by_role("button", name="Menu")).to_be_hidden()
        expect(
            without_script.get_by_role("navigation", name="Main menu").get_by_role("link").first
        ).to_be_visible()
        assert without_script.evaluate("document.scrollingElement.scrollWidth <= window.innerWidth")
    finally:
        context.close()


def test_practice_filters_fold_behind_a_disclosure_on_small_screens(live_server, page):
    page.set_viewport_size(NARROW)
    index = PracticeIndexPage.objects.live().get(locale__language_code="en")
    page.goto(f"{live_server.url}{index.get_url()}")
    summary = page.locator("details.filters-disclosure > summary")
    expect(summary).to_have_text("Filters")
    words = page.get_by_label("Words to look for")
    expect(words).to_be_hidden()
    # The results come first: the first practice is on the first or second screen.
    first_result = page.locator(".practice-list > li").first
    assert first_result.bounding_box()["y"] < 2 * NARROW["height"]
    assert first_result.bounding_box()["y"] - summary.bounding_box()["y"] < 300
    summary.focus()
    page.keyboard.press("Enter")
    expect(words).to_be_visible()

    # On a wide screen the filters stand open beside the results, without the summary.
    page.set_viewport_size(WIDE)
    page.reload()
    expect(summary).to_be_hidden()
    expect(words).to_be_visible()


# Languages whose header must fit at 1280 px, the signed-in header (three account links)
# being the widest.
HEADER_LANGUAGES = ["fr", "nl", "ro", "es", "it", "en"]

HEADER_ROWS = """() => {
    const tops = (selector) => [...document.querySelectorAll(selector)].map(
        (element) => Math.round(element.getBoundingClientRect().top));
    const box = (selector) => document.querySelector(selector).getBoundingClientRect();
    return {
        navigation: tops(".main-nav li"),
        languages: tops(".language-switcher li"),
        account: tops(".account-links a"),
        navigationHeight: box(".main-nav ul").height,
        navigationRight: box(".main-nav ul").right,
        itemsRight: Math.max(...[...document.querySelectorAll(".main-nav li")].map(
            (element) => element.getBoundingClientRect().right)),
        homeLinkHeight: box(".main-nav a").height,
        scrollWidth: document.scrollingElement.scrollWidth,
        innerWidth: window.innerWidth,
    };
}"""


def test_header_keeps_to_one_row_per_group_at_1280px_in_every_language(live_server, page, learner):
    page.set_viewport_size(WIDE)
    sign_in(page, live_server)
    for language in HEADER_LANGUAGES:
        page.goto(f"{live_server.url}/{language}/")
        rows = page.evaluate(HEADER_ROWS)
        # Every item of the main navigation on one row.
        assert len(set(rows["navigation"])) == 1, (language, rows)
        # The band's height below twice a one-line link: a second row of links would double it,
        # while a long title wrapping inside its item (the fallback for a longer menu) adds
        # only one line of text (about half a link's height).
        assert rows["navigationHeight"] < 2 * rows["homeLinkHeight"], (language, rows)
        # No item runs past the band (words that cannot wrap would overflow it).
        assert rows["itemsRight"] <= rows["navigationRight"] + 1, (language, rows)
        assert len(set(rows["languages"])) == 1, (language, rows)
        assert len(set(rows["account"])) == 1, (language, rows)
        assert rows["scrollWidth"] <= rows["innerWidth"], (language, rows)
