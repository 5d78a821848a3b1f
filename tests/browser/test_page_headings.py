"""Every page type's title sits the same distance below the navigation (one spacing token):
titles no longer touch the navigation on search, propose, sign-in, benchmarking and the
dashboard, which open with a plain container rather than the CMS pages' header."""

import re

from django.contrib.auth import get_user_model

import pytest
from playwright.sync_api import expect

from courses.demo import DEMO_EMAIL, DEMO_USERNAME
from courses.models import CourseIndexPage
from website.guidelines.models import GuidelinesPage
from website.practices.models import PracticeIndexPage

pytestmark = pytest.mark.browser

PASSWORD = "Headings-below-the-navigation"
GAP = """() => document.querySelector("main h1").getBoundingClientRect().top
    - document.querySelector(".site-header").getBoundingClientRect().bottom"""


def english(model):
    return model.objects.live().get(locale__language_code="en").get_url()


def test_titles_keep_the_same_distance_from_the_navigation(live_server, page):
    user = get_user_model().objects.get(username=DEMO_USERNAME)
    user.set_password(PASSWORD)
    user.save()
    page.set_viewport_size({"width": 1280, "height": 900})
    anonymous = {
        "sign-in": "/en/accounts/login/",
        "search": "/en/search/?q=internationalisation",
        "propose": english(PracticeIndexPage) + "propose/",
        "benchmarking": "/en/benchmarking/",
        "guidelines": english(GuidelinesPage),
        "courses": english(CourseIndexPage),
    }
    gaps = {}
    for name, path in anonymous.items():
        assert page.goto(live_server.url + path).status == 200, name
        gaps[name] = page.evaluate(GAP)
    page.goto(f"{live_server.url}/en/accounts/login/")
    page.get_by_label("E-mail address or username").fill(DEMO_EMAIL)
    page.get_by_label(re.compile(r"^Password:?$")).fill(PASSWORD)
    page.get_by_role("button", name="Sign In").click()
    expect(page).to_have_url(re.compile(r"/learning/$"))
    # Opened again: the first time, the "signed in" message stands above the title.
    for name, path in {
        "dashboard": "/en/learning/",
        "signed-in benchmarking": "/en/benchmarking/",
    }.items():
        assert page.goto(live_server.url + path).status == 200, name
        gaps[name] = page.evaluate(GAP)
    expected = gaps["guidelines"]
    assert expected >= 24, gaps
    assert all(abs(gap - expected) <= 1 for gap in gaps.values()), str(gaps)
