"""The pilot evaluation pages in English and Romanian: axe finds nothing serious or critical,
they reflow at 320 px, and every chart's text lies inside its viewBox."""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.test import Client
from django.urls import reverse

from wagtail.users.models import UserProfile

import pytest

from learning.evaluation.figures import known_courses
from learning.evaluation.synthetic import add_synthetic_learners
from tests.browser.test_reflow import NARROW, OVERFLOW

pytestmark = pytest.mark.browser

PAGES = ("overview", "funnel", "items", "engagement", "benchmarking", "report")
# Each text's box (getBBox, in viewBox units) against the viewBox, with half a unit of slack.
TEXT_OUTSIDE = """() => {
    const outside = [];
    for (const svg of document.querySelectorAll("svg.evaluation-chart")) {
        const box = svg.viewBox.baseVal;
        for (const text of svg.querySelectorAll("text")) {
            const b = text.getBBox();
            const right = box.x + box.width + 0.5, bottom = box.y + box.height + 0.5;
            if (b.x < box.x - 0.5 || b.y < box.y - 0.5 ||
                b.x + b.width > right || b.y + b.height > bottom) {
                outside.push(`${svg.getAttribute("aria-labelledby")}: ${text.textContent}`);
            }
        }
    }
    return outside;
}"""


@pytest.fixture
def evaluator():
    user = get_user_model().objects.create_user("eva-browser", email="eva@example.org")
    user.groups.add(Group.objects.get(name="Evaluators"))
    return user


def _sign_in(page, live_server, user):
    client = Client()
    client.force_login(user)
    session = client.cookies[settings.SESSION_COOKIE_NAME].value
    page.context.add_cookies(
        [{"name": settings.SESSION_COOKIE_NAME, "value": session, "url": live_server.url}]
    )


def test_evaluation_pages_are_accessible_and_reflow_in_english_and_romanian(
    live_server, page, evaluator, accessibility_problems
):
    add_synthetic_learners(40)
    course = next(iter(known_courses()))
    _sign_in(page, live_server, evaluator)
    page.set_viewport_size(NARROW)
    failures = []
    for language in ("en", "ro"):
        profile = UserProfile.get_for_user(evaluator)
        profile.preferred_language = language
        profile.save()
        for name in PAGES:
            url = f"{live_server.url}{reverse(f'evaluation_admin:{name}')}"
            response = page.goto(f"{url}?synthetic=on&course={course}")
            assert response.status == 200, (language, name, response.status)
            assert page.evaluate("document.documentElement.lang").startswith(language)
            assert page.locator("svg.evaluation-chart").count(), (language, name)
            found = page.evaluate(OVERFLOW)
            if found["scrollWidth"] > found["innerWidth"]:
                failures.append(f"{language} {name}: {found}")
            outside = page.evaluate(TEXT_OUTSIDE)
            if outside:
                failures.append(f"{language} {name}: text outside the viewBox: {outside[:5]}")
            problems = accessibility_problems(page)
            if problems:
                failures.append(f"{language} {name}: {problems}")
    assert not failures, "\n".join(failures)
