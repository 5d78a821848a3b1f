"""The benchmarking part of the evaluation against hand-computed figures."""

from datetime import UTC, datetime

from django.contrib.auth.models import Group
from django.urls import reverse

import pytest

from learning.benchmarking.models import Assessment, Institution, Questionnaire
from learning.benchmarking.questionnaires import current_version
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
    assert change["2026 · All institutions"] == ["5", "5.00"]
