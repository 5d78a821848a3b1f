"""axe-core scans of each public page type: no serious or critical accessibility violation."""

import pytest

pytestmark = pytest.mark.browser

PAGES = [
    # Each page type in English ...
    ("/en/", 200),
    ("/en/guidelines/", 200),
    ("/en/blueprint/", 200),
    ("/en/partners/", 200),
    ("/en/events/", 200),
    ("/en/events/final-conference-2025/", 200),
    ("/en/search/?q=quality", 200),
    ("/en/does-not-exist/", 404),
    # ... and the main pages in Italian.
    ("/it/", 200),
    ("/it/linee-guida/", 200),
    ("/it/blueprint/", 200),
    # Pages with the labels of what the seed does not state, in French and Romanian.
    ("/fr/blueprint/", 200),
    ("/fr/bonnes-pratiques/", 200),
    ("/fr/cours/", 200),
    ("/fr/cours/concevoir-politiques-internationalisation-efp/", 200),
    ("/ro/bune-practici/", 200),
    ("/ro/cursuri/", 200),
    ("/ro/cursuri/elaborarea-politicilor-de-internationalizare-efp/", 200),
    # The download links, the "proposed" labels and the tool's uses (issue 18).
    ("/ro/competences/", 200),
    ("/fr/benchmarking/", 200),
]


@pytest.mark.parametrize(("path", "status"), PAGES, ids=[path for path, _status in PAGES])
def test_page_has_no_serious_accessibility_violation(
    live_server, page, accessibility_problems, path, status
):
    response = page.goto(f"{live_server.url}{path}")
    assert response.status == status

    problems = accessibility_problems(page)
    assert not problems, f"{path}: {problems}"
