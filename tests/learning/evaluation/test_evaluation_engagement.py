"""Time on task, reflection counts, competence coverage, the printable report, and voiding:
figures against hand-computed values on a small fixture."""

import io
from datetime import timedelta
from pathlib import Path

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.contrib.staticfiles import finders
from django.core.management import call_command
from django.urls import reverse
from django.utils import translation

import pytest

from courses.activities import course_iri, module_iri, unit_iri
from learning.badges.models import Achievement
from learning.evaluation.engagement import trimmed
from learning.evaluation.models import EnrolmentFact
from learning.progress import services
from learning.progress.vocabulary import ActivityType, Verb
from learning.xapi.models import Statement
from learning.xapi.primitives import duration_seconds
from learning.xapi.services import store_statements
from learning.xapi.statements import platform_authority
from learning.xapi.vocabulary import VOIDED
from tests.learning.evaluation.conftest import T0, _learner, at
from tests.learning.evaluation.test_evaluation_aggregates import snapshot
from tests.learning.evaluation.test_evaluation_pages import PERIOD, rows, values

pytestmark = pytest.mark.django_db

# Minutes from opening module 1 to completing it; the last learner's records also report
# 15 and 20 minutes of durations, which count instead of the 1,000-minute span.
SPANS = [10, 20, 30, 40, 50, 600, 1000]
REPORTED = ["PT15M", "PT20M"]


@pytest.fixture
def evaluator(db, django_user_model):
    user = django_user_model.objects.create_user("eva", email="eva@example.org")
    user.groups.add(Group.objects.get(name="Evaluators"))
    return user


@pytest.fixture
def timed(courses, client):
    course = courses[0]
    module = course.modules()[0]
    reflection = next(block for block in module.units if block.block_type == "reflection")
    lesson = next(block for block in module.units if block.block_type not in ("quiz",))
    for number, minutes in enumerate(SPANS, start=1):
        learner = _learner(f"t{number}", "managers")
        with at(T0), translation.override("en"):
            enrolment, _ = services.enrol(learner, course_iri(course), "en")
            services.record_event(
                enrolment,
                Verb.LAUNCHED,
                module_iri(module),
                ActivityType.MODULE,
                parent_iri=course_iri(course),
                language="en",
            )
            if number == len(SPANS):
                for duration in REPORTED:
                    services.record_event(
                        enrolment,
                        Verb.EXPERIENCED,
                        unit_iri(module, lesson.id),
                        ActivityType.LESSON,
                        parent_iri=module_iri(module),
                        result={"duration": duration},
                        language="en",
                    )
        with at(T0 + timedelta(minutes=minutes)), translation.override("en"):
            services.record_event(
                enrolment,
                Verb.COMPLETED,
                module_iri(module),
                ActivityType.MODULE,
                parent_iri=course_iri(course),
                language="en",
            )
            if number <= 5:
                services.save_reflection(
                    enrolment,
                    unit_iri(module, reflection.id),
                    f"private thoughts number {number} 9c2e",
                    parent_iri=module_iri(module),
                    language="en",
                )
    return course


def test_durations_are_read_in_seconds():
    assert duration_seconds("PT1H30M") == 5400
    assert duration_seconds("PT0.5S") == 0.5
    assert duration_seconds("P1DT2M") == 86400 + 120
    assert duration_seconds("P2W") == 14 * 86400
    assert duration_seconds("soon") is None and duration_seconds(None) is None


def test_trimming_leaves_out_what_lies_beyond_tukeys_fences():
    # Quartiles 25 and 45: the fences are -5 and 75.
    assert trimmed([10, 20, 30, 35, 40, 50, 600]) == [10, 20, 30, 35, 40, 50]
    assert trimmed([1, 1000, 5]) == [1, 1000, 5]


def test_time_on_task_and_reflections_match_hand_computed_values(timed, evaluator, client):
    client.force_login(evaluator)
    query = {**PERIOD, "course": course_iri(timed)}
    response = client.get(reverse("evaluation_admin:engagement"), query)
    assert response.status_code == 200
    first = values(response, "time-on-task")[0]
    # Times 10, 20, 30, 35 (reported), 40, 50, 600: 600 trimmed; median 32.5, mean 185 / 6.
    assert first[:3] == [7, 6, 32.5]
    assert first[3] == pytest.approx(185 / 6)
    assert rows(response, "time-on-task")[0][1][2:] == ["32.5", "30.8"]
    # The other modules: nobody has a time, so nothing is suppressed and nothing computed.
    assert all(row[0] == 0 for row in values(response, "time-on-task")[1:])
    assert values(response, "reflections") == [[5, 5 / 7]]
    page = response.content.decode()
    assert "Tukey" in page and "9c2e" not in page
    export = client.get(reverse("evaluation_admin:engagement"), {**query, "export": "reflections"})
    assert "9c2e" not in export.content.decode()


def test_reflections_below_five_are_suppressed(timed, evaluator, client):
    client.force_login(evaluator)
    query = {**PERIOD, "course": course_iri(timed)}
    EnrolmentFact.objects.filter(learner__in=_names(["t1", "t2"])).delete()
    response = client.get(reverse("evaluation_admin:engagement"), query)
    assert rows(response, "reflections")[0][1] == ["fewer than 5", "fewer than 5"]


def _names(usernames):
    users = get_user_model().objects.filter(username__in=usernames)
    return [str(user.xapi_account.name) for user in users]


def test_competence_coverage_counts_learners_and_credentials(pilot, evaluator, client):
    client.force_login(evaluator)
    response = client.get(reverse("evaluation_admin:overview"), PERIOD)
    achievement = Achievement.objects.get(course_iri=course_iri(pilot["course_a"]))
    covered = values(response, "competences")
    labels = [label for label, _cells in rows(response, "competences")]
    assert achievement.competences
    for _competence, _level in achievement.competences:
        # Course A: seven teachers and trainers enrolled, five earned the credential.
        assert [7, 5] in covered
    assert all(
        "Teachers and trainers" in label or "Manag" in label or "Not stated" in label
        for label in labels
    )


def _completion_of(learner, course):
    name = str(learner.xapi_account.name)
    for statement in Statement.objects.filter(client__isnull=True, voided=False):
        body = statement.body
        if (
            body["verb"]["id"] == Verb.COMPLETED
            and body["object"]["id"] == course_iri(course)
            and body["actor"].get("account", {}).get("name") == name
        ):
            return statement
    raise AssertionError("no completion")


def test_voiding_a_platform_statement_reduces_the_figures_at_once(pilot, evaluator, client):
    client.force_login(evaluator)
    query = {**PERIOD, "course": course_iri(pilot["course_a"])}
    before = dict(rows(client.get(reverse("evaluation_admin:funnel"), query), "funnel"))
    completion = _completion_of(pilot["learners"]["a1"], pilot["course_a"])
    store_statements(
        [
            {
                "actor": {"objectType": "Agent", "mbox": "mailto:platform@example.org"},
                "verb": {"id": VOIDED},
                "object": {"objectType": "StatementRef", "id": str(completion.statement_id)},
            }
        ],
        authority=platform_authority(),
    )
    after = dict(rows(client.get(reverse("evaluation_admin:funnel"), query), "funnel"))
    assert before["Completed the course"][0] == "5"
    assert after["Completed the course"][0] == "fewer than 5"
    incremental = snapshot()
    call_command("rebuild_evaluation", stdout=io.StringIO())
    assert snapshot() == incremental


def test_printable_report_lists_every_section(pilot, evaluator, client):
    client.force_login(evaluator)
    query = {**PERIOD, "course": course_iri(pilot["course_b"])}
    response = client.get(reverse("evaluation_admin:report"), query)
    assert response.status_code == 200
    slugs = {table.slug for section in response.context["sections"] for table in section["tables"]}
    assert {"weekly", "competences", "funnel", "q1", "time-on-task", "reflections"} <= slugs
    stylesheet = Path(finders.find("css/evaluation-admin.css")).read_text()
    assert "@media print" in stylesheet
    overview_only = client.get(reverse("evaluation_admin:report"), PERIOD)
    assert overview_only.status_code == 200
    assert "funnel" not in {
        table.slug for section in overview_only.context["sections"] for table in section["tables"]
    }


def test_active_learners_per_week_match_the_pilot(pilot, evaluator, client):
    # Week of 2 March: A1–A5 enrol (and A1–A4 complete); of 9 March: A5 completes, A6 and A7
    # enrol; of 16 March: B1–B6 take the quiz.
    client.force_login(evaluator)
    response = client.get(reverse("evaluation_admin:overview"), PERIOD)
    assert values(response, "active") == [[0], [5], [None], [6], [0]]
    assert rows(response, "active")[2][1] == ["fewer than 5"]
