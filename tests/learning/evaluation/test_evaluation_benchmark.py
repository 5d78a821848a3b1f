"""The benchmarking part of the evaluation against hand-computed figures."""

import re
from datetime import UTC, datetime

from django.contrib.auth.models import Group
from django.urls import reverse
from django.utils import translation

from wagtail.users.models import UserProfile

import pytest
from lxml import html

from learning.benchmarking.models import Assessment, Institution, Questionnaire
from learning.benchmarking.questionnaires import current_version
from learning.evaluation.admin_views import TITLES
from learning.evaluation.cells import SUPPRESSED
from tests.learning.evaluation.test_evaluation_pages import rows, values

pytestmark = pytest.mark.django_db

# Overall (and every dimension) score per institution: six VET providers and two technical
# higher-education institutions in 2025; five of the VET providers again in 2026, 5 points up.
VET_2025 = [10, 20, 30, 40, 50, 60]
HEI_2025 = [70, 80]


@pytest.fixture
def evaluator(db, django_user_model):
    user = django_user_model.objects.create_user("eva", email="eva@example.org")
    user.groups.add(Group.objects.get(name="Evaluators"))
    return user


def _assess(version, institution, year, value):
    Assessment.objects.create(
        institution=institution,
        version=version,
        period=year,
        submitted_at=datetime(year, 6, 1, tzinfo=UTC),
        score_curriculum=value,
        score_offshore=value,
        score_dual_joint=value,
        score_networks=value,
        score_overall=value,
    )


@pytest.fixture
def assessments(db):
    Assessment.objects.all().delete()
    version = current_version(Questionnaire.objects.first())
    for kind, scores in (("vet-provider", VET_2025), ("technical-hei", HEI_2025)):
        for number, value in enumerate(scores):
            institution = Institution.objects.create(
                name=f"{kind} {number}", country="IT", kind=kind, size="small", is_verified=True
            )
            _assess(version, institution, 2025, value)
            if kind == "vet-provider" and number < 5:
                _assess(version, institution, 2026, value + 5)
    unverified = Institution.objects.create(
        name="Unverified", country="IT", kind="vet-provider", size="small", is_verified=False
    )
    _assess(version, unverified, 2025, 100)


def test_benchmarking_figures_match_hand_computed_values(assessments, evaluator, client):
    client.force_login(evaluator)
    response = client.get(reverse("evaluation_admin:benchmarking"))
    assert response.status_code == 200
    submissions = dict(rows(response, "submissions"))
    assert submissions["2025 · All institutions"] == ["8"]
    assert submissions["2025 · VET provider"] == ["6"]
    assert submissions["2025 · Technical higher education institution"] == ["fewer than 5"]
    overall = dict(zip(submissions, values(response, "scores-overall"), strict=True))
    # All eight in 2025: 10 … 80, median 45. The six VET providers: quartiles 22.5 and 47.5.
    assert overall["2025 · All institutions"] == [8, 27.5, 45, 62.5]
    assert overall["2025 · VET provider"] == [6, 22.5, 35, 47.5]
    # Two institutions: every figure suppressed.
    assert overall["2025 · Technical higher education institution"] == [None] * 4
    change = dict(rows(response, "change"))
    assert change["2026 · All institutions"] == ["5", "+5.00"]


# Year-on-year change per peer group, 2025 to 2026: six VET providers 5 points up, five
# technical HEIs 8 points down, two others 5 points up (too few to show); all 13: no change.
CHANGES = {"vet-provider": (6, 5), "technical-hei": (5, -8), "other": (2, 5)}


def add_changing_peer_groups():
    """Verified institutions assessed in 2025 and 2026 as in `CHANGES`."""
    Assessment.objects.all().delete()
    version = current_version(Questionnaire.objects.first())
    for kind, (institutions, change) in CHANGES.items():
        for number in range(institutions):
            institution = Institution.objects.create(
                name=f"{kind} {number}", country="RO", kind=kind, size="small", is_verified=True
            )
            _assess(version, institution, 2025, 40 + 5 * number)
            _assess(version, institution, 2026, 40 + 5 * number + change)


@pytest.mark.parametrize(
    ("language", "rise", "fall", "zero", "heading"),
    [
        ("en", "+5.00", "-8.00", "0.00", "Pilot evaluation: benchmarking"),
        ("ro", "+5,00", "-8,00", "0,00", "Evaluarea pilot: analiză comparativă"),
    ],
)
def test_year_on_year_change_is_drawn_either_side_of_zero(
    db, evaluator, client, language, rise, fall, zero, heading
):
    add_changing_peer_groups()
    profile = UserProfile.get_for_user(evaluator)
    profile.preferred_language = language
    profile.save()
    client.force_login(evaluator)
    response = client.get(reverse("evaluation_admin:benchmarking"))
    assert response.status_code == 200
    with translation.override(language):
        suppressed = str(SUPPRESSED)
    document = html.fromstring(response.content)
    with translation.override(language):
        title = str(TITLES["benchmarking"])
    assert document.xpath("//h1")[0].text_content().strip() == title == heading
    figure = "//figure[.//svg[@aria-labelledby='chart-change-title chart-change-desc']]"
    (table,) = document.xpath(f"{figure}//table")
    assert [[td.text_content() for td in tr.iter("td")] for tr in table.iter("tr")][1:] == [
        ["13", zero],  # all institutions
        [suppressed] * 2,  # the two others
        ["5", fall],  # technical HEIs
        ["6", rise],  # VET providers
    ]
    (chart,) = document.xpath("//svg[@aria-labelledby='chart-change-title chart-change-desc']")
    assert chart.get("role") == "img"
    zero_x = float(chart.find("line").get("x1"))
    bars = [(float(r.get("x")), float(r.get("width"))) for r in chart.iter("rect")]
    # Only the HEIs' fall (the largest change: 180 px, left of zero) and the VET providers'
    # rise (5/8 of it, right of zero): no bar for the zero nor for the suppressed group.
    assert bars == [(pytest.approx(zero_x - 180), 180), (zero_x, 112.5)]
    texts = [text.text_content() for text in chart.iter("text")]
    assert {rise, fall, zero, suppressed} <= set(texts)
    for element in chart.iter():
        for name in ("x", "y", "width", "height", "x1", "y1", "x2", "y2"):
            if element.get(name) is not None:
                assert re.fullmatch(r"-?\d+(\.\d+)?", element.get(name)), (name, element.get(name))
    # The same figures in the table beside it, which scrolls inside its own labelled region.
    region = table.getparent()
    assert (region.get("role"), region.get("tabindex")) == ("region", "0")
    assert region.get("aria-labelledby") == table.find("caption").get("id")
