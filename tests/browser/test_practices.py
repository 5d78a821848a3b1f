"""A visitor filters and searches the good-practice repository with the keyboard and mouse;
axe-core scans of the index, a practice page and the proposal form."""

import pytest

pytestmark = pytest.mark.browser


def result_titles(page):
    return page.locator(".practice-card h3").all_inner_texts()


def test_visitor_filters_and_searches_practices(live_server, page, accessibility_problems):
    page.goto(f"{live_server.url}/en/good-practices/")
    assert len(result_titles(page)) == 12

    page.get_by_label("Italy").check()
    page.get_by_role("button", name="Apply filters").click()
    page.wait_for_url("**country=IT**")
    assert len(result_titles(page)) == 3
    assert page.get_by_role("status").first.inner_text() == "3 practices found."

    page.get_by_label("Words to look for").fill("accreditation")
    page.get_by_label("Words to look for").press("Enter")
    page.wait_for_url("**q=accreditation**")
    assert result_titles(page) == ["Internationalisation in the regional VET accreditation system"]
    assert "country=IT" in page.url  # the filter state stays in the shareable address

    page.get_by_label("Words to look for").fill("zeppelin")
    page.get_by_label("Words to look for").press("Enter")
    page.get_by_role("link", name="Remove the search for “zeppelin”").click()
    assert len(result_titles(page)) == 3
    assert not accessibility_problems(page)


@pytest.mark.parametrize(
    "path",
    [
        "/en/good-practices/",
        "/en/good-practices/?dimension=offshore&country=RO",
        "/en/good-practices/learner-mobility-mechatronics/",
        "/it/buone-pratiche/mobilita-allievi-meccatronica/",
        "/en/good-practices/countries/",
        "/en/good-practices/propose/",
    ],
)
def test_practice_pages_have_no_serious_accessibility_violation(
    live_server, page, accessibility_problems, path
):
    response = page.goto(f"{live_server.url}{path}")
    assert response.status == 200
    problems = accessibility_problems(page)
    assert not problems, f"{path}: {problems}"
