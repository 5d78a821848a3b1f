"""The seed menu's sections in a browser: Overview, Results, Interviews and Contact in English
and Romanian, at 1280 and 320 px, with no serious or critical axe violation and no horizontal
scroll."""

import pytest

from website.sections.models import ContactPage, InterviewIndexPage, OverviewPage, ResultsPage

pytestmark = pytest.mark.browser

SIZES = {"wide": {"width": 1280, "height": 900}, "narrow": {"width": 320, "height": 640}}
LANGUAGES = ["en", "ro"]
MODELS = [OverviewPage, ResultsPage, InterviewIndexPage, ContactPage]


@pytest.mark.parametrize("size", sorted(SIZES))
@pytest.mark.parametrize("language", LANGUAGES)
def test_sections_are_accessible_and_reflow(
    live_server, page, accessibility_problems, language, size
):
    page.set_viewport_size(SIZES[size])
    urls = [model.objects.get(locale__language_code=language).url for model in MODELS]
    for url in urls:
        response = page.goto(f"{live_server.url}{url}")
        assert response.status == 200, url
        problems = accessibility_problems(page)
        assert not problems, f"{url} at {size}: {problems}"
        widths = page.evaluate("() => [document.scrollingElement.scrollWidth, window.innerWidth]")
        assert widths[0] <= widths[1], (url, size, widths)
    # The contact form refuses an empty message in the page's language, still without scroll.
    page.goto(f"{live_server.url}{urls[-1]}")
    page.click("form.contact-form button[type=submit]")
    page.wait_for_selector(".field-errors")
    assert page.evaluate("() => document.scrollingElement.scrollWidth") <= SIZES[size]["width"]
    assert not accessibility_problems(page)
