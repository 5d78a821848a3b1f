"""Browser fixtures: Debian's Chromium driven by Playwright against pytest-django's live server.

The browser is never downloaded: Playwright launches the system Chromium (/usr/bin/chromium, or
$CHROMIUM_PATH). When it is missing the tests fail rather than skip; the Makefile decides whether
browser tests run at all (`pytest -m "not browser"` leaves them out).
"""

import json
import os
from pathlib import Path

from django.apps import apps
from django.contrib.contenttypes.models import ContentType
from django.core.management import call_command
from django.core.management.color import no_style
from django.db import connection

from wagtail.models import Page

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import sync_playwright

from website.practices.models import PracticePage
from website.practices.search import store_search_vectors

# Playwright's sync API runs an event loop in the test thread; Django would otherwise refuse the
# ORM calls that fixtures (load_digint) make from that thread.
os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"

CHROMIUM_PATH = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


@pytest.fixture(scope="session")
def browser():
    """One headless Chromium for the whole session."""
    if not Path(CHROMIUM_PATH).is_file():
        pytest.fail(
            f"Chromium is missing at {CHROMIUM_PATH}: install it (apt-get install chromium) or "
            "set CHROMIUM_PATH; `pytest -m 'not browser'` leaves the browser tests out.",
            pytrace=False,
        )
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM_PATH, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def page(browser):
    """A fresh page in a new context (no cookies or storage shared between tests)."""
    context = browser.new_context(locale="en-GB")
    page = context.new_page()
    yield page
    context.close()


# axe-core impacts that fail a page: "minor" and "moderate" ones are left to review.
BLOCKING_IMPACTS = {"serious", "critical"}


@pytest.fixture(scope="session")
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


@pytest.fixture
def accessibility_problems(axe):
    """A function that scans a page as it is now with axe-core.

    It returns the serious and critical violations described for a failure message, or an empty
    string when there are none.
    """

    def scan(page):
        # A document still loading (after a click that navigates) has no tree for axe yet.
        page.wait_for_load_state("load")
        results = axe.run(page)
        blocking = [
            violation
            for violation in results.response["violations"]
            if violation["impact"] in BLOCKING_IMPACTS
        ]
        if not blocking:
            return ""
        return f"{len(blocking)} serious or critical axe violation(s):\n{describe(blocking)}"

    return scan


@pytest.fixture(scope="session")
def _database_snapshot(django_db_setup, django_db_blocker):
    """The test database as the session set it up (migrations, then the DIG.INT content).

    Serialised with Django's own test-runner mechanism (the one behind `serialized_rollback`)
    before the first live-server test flushes the database. Django's `serialized_rollback`
    itself cannot be used here: Playwright's event loop gives the test a different connection
    object from the one the serialised copy was attached to.
    """
    with django_db_blocker.unblock():
        objects = json.loads(connection.creation.serialize_db_to_string())
    # Content types first: building a page instance looks its content type up (and would create
    # one under a new id if it were not there yet).
    objects.sort(key=lambda obj: obj["model"] != "contenttypes.contenttype")
    return json.dumps(objects)


def _restore(snapshot):
    """Put back what a flush removed: rows from migrations as well as content.

    The flush after a transactional test empties every table, Wagtail's tree root and the
    locales included (load_digint builds on those, it does not create them), and lets
    post_migrate recreate content types and permissions under new ids; flushing again without
    post_migrate clears those so that the snapshot goes back with its original ids.
    """
    call_command("flush", interactive=False, inhibit_post_migrate=True, verbosity=0)
    ContentType.objects.clear_cache()
    connection.creation.deserialize_db_from_string(snapshot)
    ContentType.objects.clear_cache()
    # Rows came back with their ids; on PostgreSQL the id sequences must follow them, or the
    # next user or page created would collide with a restored one (the demo learner is id 1).
    models = apps.get_models(include_auto_created=True)
    with connection.cursor() as cursor:
        for statement in connection.ops.sequence_reset_sql(no_style(), models):
            cursor.execute(statement)
    # The practices' stored search vectors are not serialised (PostgreSQL search reads them).
    store_search_vectors(PracticePage.objects.values_list("pk", flat=True))


def _is_flushed():
    return not Page.objects.filter(depth=1).exists()


@pytest.fixture(scope="module", autouse=True)
def _restore_database_after_module(_database_snapshot, django_db_blocker):
    """Leave the database as the session set it up for the tests that run after this module."""
    yield
    with django_db_blocker.unblock():
        if _is_flushed():
            _restore(_database_snapshot)


@pytest.fixture(autouse=True)
def digint_content(transactional_db, _database_snapshot):
    """The DIG.INT content for each browser test.

    Live-server tests are transactional: the database is flushed after each of them; the
    snapshot, taken after the session's load_digint, puts the content back.
    """
    if _is_flushed():
        _restore(_database_snapshot)
