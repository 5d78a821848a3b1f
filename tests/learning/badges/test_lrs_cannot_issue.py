"""Statements that LRS clients post never count towards a credential."""

import base64
import json
import uuid

from django.contrib.auth import get_user_model

import pytest

from courses.activities import course_iri
from courses.models import CoursePage
from learning.badges.models import Achievement, Credential
from learning.progress.models import LearningEvent
from learning.progress.services import enrol
from learning.progress.vocabulary import ActivityType, Verb
from learning.xapi.models import LRSClient
from learning.xapi.statements import learner_agent

pytestmark = pytest.mark.django_db


def test_a_learner_scoped_client_posting_completions_issues_nothing(
    client, django_capture_on_commit_callbacks
):
    learner = get_user_model().objects.create_user("grace", password="a-long-learner-password")
    course = CoursePage.objects.filter(locale__language_code="en").order_by("path")[1]
    enrolment, _created = enrol(learner, course_iri(course), language="en")
    achievement = Achievement.objects.get(course_iri=course_iri(course))
    lrs_client = LRSClient(
        name="content", key="content", scopes="statements/write statements/read/mine"
    )
    lrs_client.set_secret("content-secret-long-enough")
    lrs_client.save()

    actor = learner_agent(learner)
    context = {"registration": str(enrolment.id)}

    def statement(verb, iri, activity_type, result):
        return {
            "id": str(uuid.uuid4()),
            "actor": actor,
            "verb": {"id": verb, "display": {"en": verb.rsplit("/", 1)[-1]}},
            "object": {"id": iri, "definition": {"type": activity_type}},
            "result": result,
            "context": context,
        }

    forged = [
        statement(Verb.COMPLETED, iri, ActivityType.MODULE, {"completion": True})
        for iri in achievement.required_modules
    ]
    forged += [
        statement(Verb.PASSED, iri, ActivityType.ASSESSMENT, {"success": True})
        for iri in achievement.required_quizzes
    ]
    forged.append(
        statement(Verb.COMPLETED, achievement.course_iri, ActivityType.COURSE, {"completion": True})
    )
    events_before = LearningEvent.objects.filter(enrolment=enrolment).count()
    token = base64.b64encode(b"content:content-secret-long-enough").decode()
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            "/xapi/statements",
            json.dumps(forged),
            content_type="application/json",
            HTTP_AUTHORIZATION=f"Basic {token}",
            HTTP_X_EXPERIENCE_API_VERSION="1.0.3",
        )
    assert response.status_code == 200, response.content  # the LRS stores them as sent
    assert len(response.json()) == len(forged)
    assert LearningEvent.objects.filter(enrolment=enrolment).count() == events_before
    assert not Credential.objects.filter(learner=learner).exists()
