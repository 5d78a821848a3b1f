"""axe-core scans of each public page type: no serious or critical accessibility violation."""

import pytest
from axe_playwright_python.sync_playwright import Axe

pytestmark = pytest.mark.browser

BLOCKING_IMPACTS = {"serious", "critical"}

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
]


@pytest.fixture(scope="module")
def axe():
    return Axe()


def describe(violations):
    """One line per violation and node: what to fix, and where."""
    lines = []
    for violation in violations:
        targets = [", ".join(map(str, node["target"])) for node in violation["nodes"][:3]]
        more = len(violation["nodes"]) - len(targets)
        lines.append(
            f"- {violation['id']} ({violation['impact']}): {violation['help']} "
            f"[{violation['helpUrl']}]\n    at {' | '.join(targets)}"
            + (f" (and {more} more)" if more > 0 else "")
        )
    return "\n".join(lines)


@pytest.mark.parametrize(("path", "status"), PAGES, ids=[path for path, _status in PAGES])
def test_page_has_no_serious_accessibility_violation(live_server, page, axe, path, status):
    response = page.goto(f"{live_server.url}{path}")
    assert response.status == status

    results = axe.run(page)

    blocking = [
        violation
        for violation in results.response["violations"]
        if violation["impact"] in BLOCKING_IMPACTS
    ]
    assert not blocking, (
        f"{len(blocking)} serious or critical axe violation(s) on {path}:\n{describe(blocking)}"
    )
