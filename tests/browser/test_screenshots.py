"""`make screenshots`: every page type at 1280 and 320 px, in English and Romanian, as PNGs in
var/screenshots/ (or $SCREENSHOTS_DIR), for a person to look at; also the open mobile menu,
the sign-in and proposal forms and the course completion page.

It reuses the reflow test's data (the demo learner, a member of an institution with a
submitted assessment and a plan) and runs only when SCREENSHOTS_DIR is set, so `make test`
writes no files.
"""

import os
import re
from pathlib import Path

import pytest

from tests.browser.test_reflow import LANGUAGES, NARROW, WIDE, addresses, learner, member, sign_in

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(
        not os.environ.get("SCREENSHOTS_DIR"), reason="`make screenshots` sets SCREENSHOTS_DIR"
    ),
]

__all__ = ["learner", "member"]  # fixtures, imported for this module's test


def file_name(language, width, name):
    return f"{language}-{width}-{re.sub(r'[^a-z0-9]+', '-', name.lower()).strip('-')}.png"


def completion_path(course_path):
    return f"{course_path}completed/"


def test_take_screenshots(live_server, browser, page, member):
    folder = Path(os.environ["SCREENSHOTS_DIR"])
    folder.mkdir(parents=True, exist_ok=True)
    _user, institution, assessment = member
    anonymous = browser.new_context(locale="en-GB")
    visitor = anonymous.new_page()
    page.set_viewport_size(WIDE)
    sign_in(page, live_server)
    taken = 0
    for language in LANGUAGES:
        signed_in = addresses(language, institution, assessment)
        course_path = dict(signed_in)["course"]
        signed_in.append(("course completed", completion_path(course_path)))
        public = [
            ("sign in", f"/{language}/accounts/login/"),
            ("propose a practice", dict(signed_in)["practice index"] + "propose/"),
        ]
        for size in (WIDE, NARROW):
            for browser_page, paths in ((page, signed_in), (visitor, public)):
                browser_page.set_viewport_size(size)
                for name, path in paths:
                    response = browser_page.goto(f"{live_server.url}{path}")
                    assert response.status == 200, f"{language} {name} {path}: {response.status}"
                    browser_page.screenshot(
                        path=folder / file_name(language, size["width"], name), full_page=True
                    )
                    taken += 1
        visitor.set_viewport_size(NARROW)
        visitor.goto(f"{live_server.url}/{language}/")
        visitor.locator(".menu-button").click()
        visitor.screenshot(path=folder / file_name(language, 320, "mobile menu open"))
        taken += 1
    anonymous.close()
    assert len(list(folder.glob("*.png"))) >= taken
