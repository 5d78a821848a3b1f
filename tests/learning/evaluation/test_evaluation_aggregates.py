"""The aggregates follow the statements as they are stored, and a rebuild gives the same rows."""

import io
from datetime import timedelta

from django.core.management import call_command

import pytest

from courses.activities import course_iri
from learning.evaluation.models import ActivityFact, AnswerFact, EnrolmentFact
from learning.privacy.erasure import erase_learner
from learning.privacy.models import AuditEntry
from learning.xapi.models import LRSClient
from learning.xapi.services import store_statements
from tests.learning.evaluation.conftest import T0

pytestmark = pytest.mark.django_db


def snapshot():
    enrolments = sorted(
        EnrolmentFact.objects.values_list(
            "registration",
            "learner",
            "course_iri",
            "language",
            "target_group",
            "country",
            "organisation_type",
            "enrolled_at",
            "completed_at",
            "credential_at",
        )
    )
    activities = sorted(
        ActivityFact.objects.values_list(
            "enrolment__registration",
            "activity_iri",
            "kind",
            "started_at",
            "completed_at",
            "attempts",
            "last_score",
        )
    )
    answers = sorted(
        AnswerFact.objects.values_list(
            "enrolment__registration",
            "question_iri",
            "quiz_iri",
            "language",
            "first_correct",
            "first_response",
            "attempt_score",
            "answers",
        )
    )
    return enrolments, activities, answers


def test_aggregates_follow_the_recorded_acts(pilot):
    course_a = course_iri(pilot["course_a"])
    facts = EnrolmentFact.objects.filter(
        course_iri=course_a, enrolled_at__lt=T0 + timedelta(days=30)
    )
    assert facts.count() == 7
    assert facts.filter(completed_at__isnull=False).count() == 5
    assert facts.filter(credential_at__isnull=False).count() == 5
    a1 = facts.get(enrolled_at=T0, completed_at=T0 + timedelta(days=1))
    assert a1.target_group == "teachers-trainers" and a1.language == "en"
    # B4 answered every question twice; the first answers and their attempt's score stay.
    b4 = EnrolmentFact.objects.get(learner=str(pilot["learners"]["b4"].xapi_account.name))
    answers = list(b4.answers.order_by("pk"))
    assert [answer.answers for answer in answers] == [2, 2, 2, 2]
    assert [answer.first_correct for answer in answers] == [False, False, True, False]
    assert {answer.attempt_score for answer in answers} == {1.0}
    quiz = b4.facts.get(kind=ActivityFact.QUIZ)
    assert (quiz.attempts, quiz.last_score, quiz.completed_at is not None) == (2, 4.0, True)


def test_rebuild_gives_the_incremental_rows_and_is_idempotent(pilot):
    before = snapshot()
    out = io.StringIO()
    call_command("rebuild_evaluation", stdout=out)
    assert snapshot() == before
    call_command("rebuild_evaluation", stdout=io.StringIO())
    assert snapshot() == before
    assert "enrolments aggregated" in out.getvalue()


def test_rebuild_replaces_lost_or_wrong_rows(pilot):
    before = snapshot()
    EnrolmentFact.objects.filter(course_iri=course_iri(pilot["course_b"])).delete()
    AnswerFact.objects.update(answers=99)
    call_command("rebuild_evaluation", stdout=io.StringIO())
    assert snapshot() == before


def test_statements_of_lrs_clients_are_not_counted(pilot):
    client = LRSClient(name="Other LMS", key="other")
    client.set_secret()
    client.save()
    body = EnrolmentFact.objects.count()
    statement = {
        "actor": {"objectType": "Agent", "mbox": "mailto:x@example.org"},
        "verb": {"id": "http://adlnet.gov/expapi/verbs/registered"},
        "object": {
            "id": course_iri(pilot["course_a"]),
            "definition": {"type": "http://adlnet.gov/expapi/activities/course"},
        },
        "context": {"registration": "6f1b3a52-1111-4c4c-9a9a-0123456789ab"},
    }
    store_statements([statement], authority=client.authority("http://testserver"), client=client)
    assert EnrolmentFact.objects.count() == body
    call_command("rebuild_evaluation", stdout=io.StringIO())
    assert EnrolmentFact.objects.count() == body


def test_erasing_a_learner_removes_their_rows(pilot):
    learner = pilot["learners"]["a1"]
    name = str(learner.xapi_account.name)
    assert EnrolmentFact.objects.filter(learner=name).exists()
    erase_learner(learner, performed_by=AuditEntry.Performer.ADMINISTRATOR)
    assert not EnrolmentFact.objects.filter(learner=name).exists()
    before = snapshot()
    call_command("rebuild_evaluation", stdout=io.StringIO())
    assert snapshot() == before
