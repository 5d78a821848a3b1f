"""Issuance: criteria from the platform's own events, exactly once, an 'earned' event."""

import io

from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.db import IntegrityError, connection, transaction

import pytest

from courses.demo import complete_course
from courses.models import CoursePage
from learning.badges import issuance
from learning.badges.issuance import BADGE_ACTIVITY_TYPE, issue_for_enrolment
from learning.badges.models import Achievement, Credential
from learning.badges.verification import VALID, verify_document
from learning.progress.models import LearningEvent
from learning.progress.services import enrol, record_event
from learning.progress.vocabulary import ActivityType, Verb


@pytest.fixture
def learner(db):
    return get_user_model().objects.create_user(
        "ada", email="ada@example.eu", password="a-long-learner-password", first_name="Ada"
    )


@pytest.fixture
def course(db):
    """A loaded course other than the demo learner's, in English."""
    courses = CoursePage.objects.filter(locale__language_code="en").order_by("path")
    return courses[1]


def test_completing_a_course_issues_one_valid_credential(
    learner, course, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        enrolment = complete_course(learner, course)
    credential = Credential.objects.get(learner=learner)
    assert credential.achievement.course_iri == enrolment.course_iri
    assert verify_document(credential.as_json()).outcome == VALID
    earned = LearningEvent.objects.filter(enrolment=enrolment, verb=Verb.EARNED)
    assert earned.count() == 1
    assert earned.get().activity_iri == credential.achievement.iri
    assert earned.get().activity_type == BADGE_ACTIVITY_TYPE


def test_completing_again_issues_nothing_new(learner, course, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        enrolment = complete_course(learner, course)
    with django_capture_on_commit_callbacks(execute=True):
        complete_course(learner, course)
    assert issue_for_enrolment(enrolment) == Credential.objects.get(learner=learner)
    assert Credential.objects.filter(learner=learner).count() == 1
    assert enrolment.events.filter(verb=Verb.EARNED).count() == 1


def test_a_course_completion_alone_does_not_meet_the_criteria(
    learner, course, django_capture_on_commit_callbacks
):
    """Modules and quizzes must be recorded too: a bare 'completed course' event is not enough."""
    achievement = Achievement.objects.get(course_iri__endswith=str(course.translation_key))
    enrolment, _created = enrol(learner, achievement.course_iri)
    with django_capture_on_commit_callbacks(execute=True):
        record_event(enrolment, Verb.COMPLETED, achievement.course_iri, ActivityType.COURSE)
    assert not Credential.objects.filter(learner=learner).exists()


def test_a_failed_quiz_keeps_the_credential_back(learner, course):
    achievement = Achievement.objects.get(course_iri__endswith=str(course.translation_key))
    assert achievement.required_quizzes
    enrolment, _created = enrol(learner, achievement.course_iri)
    for iri in [achievement.course_iri, *achievement.required_modules]:
        record_event(enrolment, Verb.COMPLETED, iri, ActivityType.MODULE)
    for iri in achievement.required_quizzes:
        record_event(enrolment, Verb.FAILED, iri, ActivityType.ASSESSMENT)
    assert issue_for_enrolment(enrolment) is None
    for iri in achievement.required_quizzes:
        record_event(enrolment, Verb.PASSED, iri, ActivityType.ASSESSMENT)
    assert issue_for_enrolment(enrolment) is not None


def test_the_database_refuses_a_second_credential(credential):
    duplicate = Credential(
        achievement=credential.achievement,
        learner=credential.learner,
        enrolment=credential.enrolment,
        language="en",
        status_index=(credential.status_index + 1) % 131072,
        document="{}",
    )
    with pytest.raises(IntegrityError), transaction.atomic():
        duplicate.save(force_insert=True)


def test_a_racing_issuer_gets_the_credential_already_stored(credential):
    """Two issuers past the existence check: the second insert fails and returns the first."""
    evidence = issuance.criteria_evidence(credential.achievement, credential.enrolment)
    winner = issuance._store(credential.enrolment, credential.achievement, evidence)
    assert winner == credential
    assert Credential.objects.filter(learner=credential.learner).count() == 1


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_concurrent_completions_issue_one_credential(course):
    """Real concurrent transactions (threads, each with its own connection)."""
    import threading

    if connection.vendor == "sqlite":
        pytest.skip("SQLite serialises writers; the race needs PostgreSQL")
    learner = get_user_model().objects.create_user("racer", password="a-long-learner-password")
    enrolment = complete_course(learner, course)  # autocommit: issues once already
    Credential.objects.filter(learner=learner).delete()
    barrier = threading.Barrier(4)
    results = []

    def issue():
        try:
            barrier.wait()
            results.append(issue_for_enrolment(enrolment))
        finally:
            connection.close()

    threads = [threading.Thread(target=issue) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert Credential.objects.filter(learner=learner).count() == 1
    assert len({credential.pk for credential in results}) == 1


def test_without_a_key_the_completion_stands_and_the_credential_comes_later(
    learner, course, settings, tmp_path, django_capture_on_commit_callbacks
):
    key = settings.LEARNING_BADGES_ISSUER_KEY
    settings.LEARNING_BADGES_ISSUER_KEY = ""
    settings.LEARNING_BADGES_ISSUER_KEY_FILE = tmp_path / "missing.key"
    with django_capture_on_commit_callbacks(execute=True):
        enrolment = complete_course(learner, course)
    enrolment.refresh_from_db()
    assert enrolment.completed_at is not None
    assert not Credential.objects.filter(learner=learner).exists()

    settings.LEARNING_BADGES_ISSUER_KEY = key
    call_command("issue_credentials", stdout=io.StringIO())
    assert Credential.objects.filter(learner=learner).count() == 1
