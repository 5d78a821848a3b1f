"""From results to a plan: objectives, actions with KPIs whose baseline is the assessment,
progress shown by a later assessment, and access for members only."""

from django.http import QueryDict
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.html import escape
from django.utils.translation import gettext

import pytest

from learning.benchmarking.models import Action, Assessment, Kpi, Objective, Plan
from learning.benchmarking.services import answers_from_post, save_answers
from website.core.vocabularies import Dimension

pytestmark = pytest.mark.django_db


def submit(institution, version, period, data, user):
    assessment = Assessment.objects.create(institution=institution, version=version, period=period)
    post = QueryDict(mutable=True)
    for name, value in data.items():
        post.setlist(name, value if isinstance(value, list) else [value])
    return save_answers(assessment, answers_from_post(post), user, submit=True)


@pytest.fixture
def baseline(institution, version, member, full_answers, first_of_kind):
    data = full_answers(version)
    data[f"q-{first_of_kind(version, 'number')['id']}"] = "5"
    return submit(institution, version, 2024, data, member)


def plan_url(institution):
    return reverse("benchmarking:plan", args=[institution.pk])


@pytest.fixture
def plan(baseline, member_client, institution):
    response = member_client.post(plan_url(institution), {"step": "start", "baseline": baseline.pk})
    assert response.status_code == 302
    return Plan.objects.get(institution=institution)


@pytest.fixture
def objective(plan, member_client, institution):
    member_client.post(
        plan_url(institution),
        {"step": "objective", "priority": "mobility", "text": "Every learner abroad once."},
    )
    return Objective.objects.get(plan=plan)


def test_plan_starts_after_the_baseline_year(plan, baseline):
    assert (plan.first_year, plan.last_year) == (2025, 2029)
    assert plan.baseline == baseline


def test_action_kpi_takes_its_baseline_from_the_assessment(
    objective, member_client, institution, version, first_of_kind
):
    number = first_of_kind(version, "number")
    response = member_client.post(
        plan_url(institution),
        {
            "step": "action",
            "objective": objective.pk,
            "year": 2026,
            "owner": "Mobility office",
            "description": "Partner schools in Spain",
            "measure": f"question:{number['id']}",
            "target": 40,
        },
    )
    assert response.status_code == 302
    kpi = Kpi.objects.get(action__objective=objective)
    assert (kpi.measure, kpi.baseline, kpi.target) == (f"question:{number['id']}", 5, 40)
    assert number["text"] in member_client.get(plan_url(institution)).content.decode()


def test_kpi_is_stored_as_a_code_and_named_in_the_readers_language(
    objective, member_client, institution
):
    member_client.post(
        plan_url(institution),
        {
            "step": "action",
            "objective": objective.pk,
            "year": 2026,
            "owner": "Direzione",
            "description": "Campus pilota",
            "measure": "dimension:offshore",
            "target": 1500,
        },
    )
    assert Kpi.objects.get(action__objective=objective).measure == "dimension:offshore"
    assert not any(field.name == "label" for field in Kpi._meta.get_fields())
    with translation.override("it"):
        italian = member_client.get(plan_url(institution)).content.decode()
        offshore = escape(gettext("Score: %(dimension)s") % {"dimension": Dimension.OFFSHORE.label})
    assert offshore.startswith("Punteggio: ") and offshore in italian
    assert "<td>1.500</td>" in italian  # the target, grouped the Italian way
    english = member_client.get(plan_url(institution)).content.decode()
    assert "Score: VET offshore campuses" in english and "<td>1,500</td>" in english


def test_later_assessment_shows_progress_on_kpis(
    objective, member_client, institution, version, member, full_answers
):
    member_client.post(
        plan_url(institution),
        {
            "step": "action",
            "objective": objective.pk,
            "year": 2025,
            "owner": "Director",
            "description": "Offshore pilot",
            "measure": "dimension:offshore",
            "target": 100,
        },
    )
    data = full_answers(version)
    for question in version.questions:
        if question["dimension"] == "offshore" and question["kind"] == "yes_no":
            data[f"q-{question['id']}"] = "no"
    later = submit(institution, version, 2025, data, member)
    page = member_client.get(plan_url(institution)).content.decode()
    assert f"{later.score_offshore} in 2025" in page


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"year": 2031}, "Choose a year of the plan, from 2025 to 2029."),
        ({"measure": "question:unknown"}, "Select a valid choice."),
        ({"target": -1}, "greater than or equal to 0"),
        ({"owner": ""}, "This field is required."),
    ],
)
def test_bad_actions_are_refused_and_nothing_is_stored(
    objective, member_client, institution, changes, message
):
    data = {
        "step": "action",
        "objective": objective.pk,
        "year": 2026,
        "owner": "Director",
        "description": "Offshore pilot",
        "measure": "dimension:offshore",
        "target": 80,
    }
    response = member_client.post(plan_url(institution), {**data, **changes})
    assert response.status_code == 400
    assert message in response.content.decode()
    assert not Action.objects.exists() and not Kpi.objects.exists()


def test_unknown_priority_is_refused(plan, member_client, institution):
    response = member_client.post(
        plan_url(institution), {"step": "objective", "priority": "sports", "text": "Win"}
    )
    assert response.status_code == 400
    assert not Objective.objects.exists()


def test_plan_cannot_start_from_a_draft_or_another_institutions_assessment(
    member_client, institution, other_institution, version, member
):
    draft = Assessment.objects.create(institution=institution, version=version, period=2024)
    foreign = Assessment.objects.create(
        institution=other_institution, version=version, period=2024, submitted_at=timezone.now()
    )
    assert (
        member_client.post(
            plan_url(institution), {"step": "start", "baseline": draft.pk}
        ).status_code
        == 400
    )
    assert (
        member_client.post(
            plan_url(institution), {"step": "start", "baseline": foreign.pk}
        ).status_code
        == 404
    )
    assert not Plan.objects.exists()


def test_members_of_another_institution_can_neither_read_nor_change_the_plan(
    objective, outsider_client, institution
):
    url = plan_url(institution)
    assert outsider_client.get(url).status_code == 404
    response = outsider_client.post(
        url, {"step": "objective", "priority": "languages", "text": "Intruding objective"}
    )
    assert response.status_code == 404
    assert Objective.objects.count() == 1
