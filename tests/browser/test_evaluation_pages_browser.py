"""The pilot evaluation pages in English and Romanian: axe finds nothing serious or critical,
they reflow at 320 px (a wide table scrolls inside its own focusable, labelled region), and
every chart's text lies inside its viewBox."""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.test import Client
from django.urls import reverse

from wagtail.users.models import UserProfile

import pytest

from learning.evaluation.figures import known_courses
from learning.evaluation.synthetic import add_synthetic_learners
from tests.browser.test_reflow import NARROW, outside_scrolling_regions, overflow
from tests.learning.evaluation.test_evaluation_benchmark import add_changing_peer_groups

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

# The Wagtail admin scrolls its content in `main`, which hides what overflows sideways: the
# document never grows wider than the window, so the site's check (`overflow`) cannot see a
# page that does not reflow. What passes the window's right edge outside any scrolling element
# is found here instead, and the containers around the evaluation must not be wider inside
# than they show.
WIDER_CONTAINERS = """() => {
    const wider = [];
    for (let element = document.querySelector(".evaluation"); element;
         element = element.parentElement) {
        if (element.scrollWidth > element.clientWidth + 1) {
            wider.push(`${element.tagName} ${element.className}: ${element.scrollWidth}`);
        }
    }
    return wider;
}"""

# What scrolls sideways on its own inside the evaluation: it must be a region that the
# keyboard can reach and that has a name (axe is content with a focusable element inside).
UNREACHABLE_SCROLLERS = """() => {
    const found = {scrolling: 0, unreachable: []};
    for (const element of document.querySelectorAll(".evaluation *")) {
        const overflow = getComputedStyle(element).overflowX;
        if (!["auto", "scroll"].includes(overflow) || element.scrollWidth <= element.clientWidth) {
            continue;
        }
        found.scrolling += 1;
        const named = element.hasAttribute("aria-labelledby") || element.hasAttribute("aria-label");
        if (element.getAttribute("role") !== "region" || element.tabIndex !== 0 || !named) {
            found.unreachable.push(`${element.tagName} ${element.className}`);
        }
    }
    return found;
}"""

PRINT_SCROLLERS = """() => [...document.querySelectorAll(".evaluation .admin-table-region")]
    .filter(region => getComputedStyle(region).overflowX !== "visible")
    .map(region => region.getAttribute("aria-labelledby"))"""


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
    add_changing_peer_groups()
    course = next(iter(known_courses()))
    _sign_in(page, live_server, evaluator)
    page.set_viewport_size(NARROW)
    failures = []
    scrolling = 0
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
            found = overflow(page)
            if found["scrollWidth"] > found["innerWidth"]:
                failures.append(f"{language} {name}: {found}")
            wider = page.evaluate(WIDER_CONTAINERS)
            outside = outside_scrolling_regions(page)
            if wider or outside:
                failures.append(f"{language} {name}: does not reflow: {wider} {outside}")
            scrollers = page.evaluate(UNREACHABLE_SCROLLERS)
            scrolling += scrollers["scrolling"]
            if scrollers["unreachable"]:
                failures.append(f"{language} {name}: scrolls, unreachable: {scrollers}")
            if name in ("benchmarking", "report"):
                # The year-on-year change, drawn either side of zero.
                change = page.locator("svg[aria-labelledby^='chart-change-title']")
                assert change.locator("rect").count() == 2, (language, name)
            outside = page.evaluate(TEXT_OUTSIDE)
            if outside:
                failures.append(f"{language} {name}: text outside the viewBox: {outside[:5]}")
            problems = accessibility_problems(page)
            if problems:
                failures.append(f"{language} {name}: {problems}")
    assert not failures, "\n".join(failures)
    assert scrolling, "no table was wide enough at 320 px to test its region"
    # Printed (the last page is the report), every table shows whole: no region scrolls.
    page.emulate_media(media="print")
    assert page.locator(".evaluation .admin-table-region").count()
    assert not page.evaluate(PRINT_SCROLLERS)
