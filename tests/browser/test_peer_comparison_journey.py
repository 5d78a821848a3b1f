"""A member compares the institution with its peers and downloads its results as CSV, in a real
browser: the report at 1280 px and 320 px, axe-core on every state of the comparison."""

import csv
import io
import random
import re

from django.contrib.auth import get_user_model
from django.utils import timezone

import pytest
from allauth.account.models import EmailAddress
from playwright.sync_api import expect

from learning.benchmarking.models import Assessment, Institution
from learning.benchmarking.questionnaires import current_version, source_questionnaire
from learning.benchmarking.scoring import score
from learning.benchmarking.synthetic import _answer
from tests.content_data import content
from website.core.vocabularies import Dimension

pytestmark = pytest.mark.browser

EMAIL = "relazioni.internazionali@example.eu"
PASSWORD = "Compare-with-our-peers-2025"
NARROW = {"width": 320, "height": 640}
WIDE = {"width": 1280, "height": 900}
NO_SIDEWAYS_SCROLL = "document.scrollingElement.scrollWidth <= window.innerWidth"


def submit(institution, version, maturity, rng):
    answers = {question["id"]: _answer(question, maturity, rng) for question in version.questions}
    scores = score(version.questions, answers)
    return Assessment.objects.create(
        institution=institution,
        version=version,
        period=timezone.now().year - 1,
        answers=answers,
        submitted_at=timezone.now(),
        family_scores=scores.families,
        score_overall=scores.overall,
        **{Assessment.score_field(code): scores.dimensions[code] for code in Dimension.values},
    )


@pytest.fixture
def own_assessment():
    """An Italian VET provider among six Italian peers of its kind and size and six French
    technical HEIs, all verified and submitted for last year."""
    version = current_version(source_questionnaire(content("benchmarking/questionnaire")["slug"]))
    rng = random.Random(16)
    traits = {"kind": "vet-provider", "size": "medium", "is_verified": True}
    for number in range(6):
        peer = Institution.objects.create(name=f"Italian peer {number}", country="IT", **traits)
        submit(peer, version, 0.3 + number / 10, rng)
        other = Institution.objects.create(
            name=f"French HEI {number}",
            country="FR",
            kind="technical-hei",
            size="large",
            is_verified=True,
        )
        submit(other, version, 0.5, rng)
    user = get_user_model().objects.create_user("relazioni", email=EMAIL, password=PASSWORD)
    EmailAddress.objects.create(user=user, email=EMAIL, verified=True, primary=True)
    own = Institution.objects.create(name="Istituto Tecnico Belluzzi", country="IT", **traits)
    own.members.add(user)
    return submit(own, version, 0.6, rng)


def scan(page, accessibility_problems, where):
    problems = accessibility_problems(page)
    assert not problems, f"{where}: {problems}"


def test_member_compares_with_peers_and_downloads_the_csv(
    live_server, page, own_assessment, accessibility_problems
):
    page.set_viewport_size(WIDE)
    page.goto(f"{live_server.url}/en/accounts/login/?next=/en/benchmarking/")
    page.get_by_label("E-mail address or username").fill(EMAIL)
    page.get_by_label(re.compile(r"^Password:?$")).fill(PASSWORD)
    page.get_by_role("button", name="Sign In").click()
    page.get_by_role("link", name="Istituto Tecnico Belluzzi").click()
    page.get_by_role("link", name=re.compile("of 100: see the results")).click()

    # By default the peers share every trait: the six Italian VET providers of medium size.
    expect(page.get_by_role("heading", level=1)).to_contain_text("Istituto Tecnico Belluzzi")
    results = page.locator("main")
    expect(results).to_contain_text("All: 13 institutions have submitted")
    expect(results).to_contain_text("Peers: 7 institutions share the chosen traits.")
    scan(page, accessibility_problems, "report, peers sharing every trait")

    # Peers of the same type only, from any country and of any size: the seven again.
    page.get_by_label("the country").uncheck()
    page.get_by_label("the size").uncheck()
    page.get_by_role("button", name="Compare").click()
    expect(page).to_have_url(re.compile(r"compare=1&kind=1$"))
    expect(results).to_contain_text("Peers: 7 institutions share the chosen traits.")
    row = page.get_by_role("row", name=re.compile("^Overall"))
    expect(row.locator("td").nth(3)).not_to_have_text("—")
    scan(page, accessibility_problems, "report, peers of the same type")

    # Nothing ticked: no peer group, and the page says how to choose one.
    page.get_by_label("the type").uncheck()
    page.get_by_role("button", name="Compare").click()
    expect(results).to_contain_text("Choose at least one trait to compare with a peer group.")
    scan(page, accessibility_problems, "report, no peer group")

    # The report reflows at 320 px: its tables scroll inside their own region.
    page.set_viewport_size(NARROW)
    assert page.evaluate(NO_SIDEWAYS_SCROLL)
    scan(page, accessibility_problems, "report at 320 px")

    with page.expect_download() as download:
        page.get_by_role("link", name="Download the results (CSV)").click()
    assert download.value.suggested_filename == f"benchmarking-{own_assessment.period}.csv"
    rows = list(csv.reader(io.StringIO(open(download.value.path(), encoding="utf-8").read())))
    assert rows[0] == ["Section", "Item", "Value"]
    assert ["Overall score", "", str(own_assessment.score_overall)] in rows
    answers = [row for row in rows if row[0] == "Answer"]
    assert len(answers) == len(own_assessment.version.questions)
