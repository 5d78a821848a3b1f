"""How the pages read the aggregates at scale: the same figures from queries that read only the
selected rows (bench/README.md, PostgreSQL at 100,000 learners)."""

import uuid
from datetime import UTC, date, datetime

from django.contrib.auth.models import Group
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

import pytest

from courses.activities import course_iri
from learning.badges.models import Achievement
from learning.evaluation.coverage import coverage
from learning.evaluation.figures import WORK_MEM, Selection, known_courses, working_memory
from learning.evaluation.models import EnrolmentFact
from tests.learning.evaluation.test_evaluation_pages import PERIOD
from website.core.vocabularies import Competence, ProficiencyLevel

pytestmark = pytest.mark.django_db

EVER = Selection(start=date(2000, 1, 1), end=date(2100, 1, 1))


@pytest.fixture
def evaluator(db, django_user_model):
    user = django_user_model.objects.create_user("eva", email="eva@example.org")
    user.groups.add(Group.objects.get(name="Evaluators"))
    return user


def _enrol(learner, course, credential=False, target_group="managers"):
    moment = datetime(2026, 3, 2, 9, tzinfo=UTC)
    return EnrolmentFact.objects.create(
        registration=uuid.uuid4(),
        learner=learner,
        course_iri=course,
        target_group=target_group,
        enrolled_at=moment,
        credential_at=moment if credential else None,
    )


def _coverage_of_rows(selection):
    """The coverage as counted before the database did it: a set of learners per key."""
    mapping = {a.course_iri: a.competences for a in Achievement.objects.all()}
    learners, credentials = {}, {}
    for fact in selection.enrolments():
        for competence, level in mapping.get(fact.course_iri, []):
            key = (competence, level, fact.target_group)
            learners.setdefault(key, set()).add(fact.learner)
            if fact.credential_at is not None:
                credentials.setdefault(key, set()).add(fact.learner)
    return {
        key: {"learners": len(people), "credentials": len(credentials.get(key, ()))}
        for key, people in learners.items()
    }


def test_coverage_counts_a_learner_once_over_the_courses_leading_to_a_competence(courses):
    first, second = (course_iri(course) for course in courses)
    shared = [Competence.GLOBAL.value, ProficiencyLevel.FOUNDATION.value]
    other = [Competence.EU_FUNDING.value, ProficiencyLevel.ADVANCED.value]
    Achievement.objects.filter(course_iri=first).update(competences=[shared])
    Achievement.objects.filter(course_iri=second).update(competences=[shared, other])
    EnrolmentFact.objects.all().delete()  # the demonstration learners of the site, if any
    _enrol("l1", first, credential=True)
    _enrol("l1", second)
    _enrol("l2", second, credential=True)
    _enrol("l3", second, target_group="")
    expected = {
        (*shared, "managers"): {"learners": 2, "credentials": 2},
        (*other, "managers"): {"learners": 2, "credentials": 1},
        (*shared, ""): {"learners": 1, "credentials": 0},
        (*other, ""): {"learners": 1, "credentials": 0},
    }
    assert coverage(EVER) == expected == _coverage_of_rows(EVER)


def test_known_courses_list_each_enrolled_course_once(courses):
    unknown = "https://example.org/courses/gone"
    for learner in ("l1", "l2", "l3"):
        _enrol(learner, unknown)
        _enrol(learner, course_iri(courses[0]))
    listed = known_courses()
    assert listed[unknown] == unknown
    assert set(listed) == set(Achievement.objects.values_list("course_iri", flat=True)) | {unknown}


@pytest.mark.parametrize("page", ["overview", "funnel", "items", "engagement"])
def test_pages_reach_the_selected_enrolments_through_one_join(pilot, evaluator, client, page):
    client.force_login(evaluator)
    query = {**PERIOD, "course": course_iri(pilot["course_a"])}
    with CaptureQueriesContext(connection) as captured:
        assert client.get(reverse(f"evaluation_admin:{page}"), query).status_code == 200
    table = EnrolmentFact._meta.db_table
    nested = [
        entry["sql"]
        for entry in captured
        if f'IN (SELECT U0."id" FROM "{table}"' in entry["sql"].replace("`", '"')
    ]
    assert nested == []


@pytest.mark.skipif(connection.vendor != "postgresql", reason="work_mem is PostgreSQL's")
@pytest.mark.django_db(transaction=True)
def test_pages_get_room_to_sort_in_memory_for_their_transaction_only():
    def work_mem():
        with connection.cursor() as cursor:
            cursor.execute("SHOW work_mem")
            return cursor.fetchone()[0]

    before = work_mem()
    with working_memory():
        assert work_mem() == WORK_MEM
    assert work_mem() == before != WORK_MEM
