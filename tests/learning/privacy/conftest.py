"""A learner with one record of every kind the platform keeps, and a second learner.

`full_learner` completes a seeded course (enrolment, learning events, statements, credential),
writes a reflection, is named by LRS clients (by account, by e-mail, and as someone else's
instructor), has LRS documents, forwarded statements, a benchmarking institution of their own,
a practice proposal, a signed-in session and an admin log entry about them.
"""

import json
import uuid

from django.contrib.admin.models import CHANGE, LogEntry
from django.contrib.auth import get_user_model
from django.contrib.contenttypes.models import ContentType
from django.core.files.storage import FileSystemStorage
from django.db.models import Max
from django.test import Client
from django.utils import timezone, translation

import pytest
from allauth.account.models import EmailAddress

from courses.activities import course_iri, unit_iri
from courses.models import CoursePage
from learning.badges.models import Achievement
from learning.badges.services import issue_for_enrolment
from learning.benchmarking.models import Institution
from learning.benchmarking.questionnaires import source_questionnaire
from learning.benchmarking.services import start_assessment
from learning.privacy.models import DataExport
from learning.progress import services
from learning.progress.vocabulary import ActivityType, Verb
from learning.xapi.keys import agent_key
from learning.xapi.models import Document, ExternalLRS, LRSClient, OutboxEntry, Statement
from learning.xapi.services import store_statements
from learning.xapi.statements import learner_agent
from tests.content_data import content
from website.practices.models import PracticeIndexPage
from website.practices.submissions import create_draft

SLUG = content("benchmarking/questionnaire")["slug"]

PASSWORD = "Crossing-borders-2025"
EMAIL = "ada.lovelace@example.eu"
CLIENT_AUTHORITY = {"objectType": "Agent", "account": {"homePage": "http://lrs.test", "name": "c"}}


@pytest.fixture(autouse=True)
def _english():
    with translation.override("en"):
        yield


@pytest.fixture(autouse=True)
def export_storage(monkeypatch, tmp_path):
    """Export files go to a temporary folder (the field's storage is bound at start-up)."""
    location = tmp_path / "exports"
    field = DataExport._meta.get_field("file")
    monkeypatch.setattr(field, "storage", FileSystemStorage(location=location))
    return location


def make_learner(username, email, **fields):
    user = get_user_model().objects.create_user(username, email=email, password=PASSWORD, **fields)
    EmailAddress.objects.create(user=user, email=email, verified=True, primary=True)
    return user


def client_for(user):
    client = Client(HTTP_HOST="localhost")
    client.force_login(user)
    return client


def seeded_course(index=0):
    return CoursePage.objects.filter(locale__language_code="en").order_by("path")[index]


def earn_credential(learner, course):
    """Record what the credential's criteria ask for, then issue it (the platform does that
    on commit, which tests never reach)."""
    achievement = Achievement.objects.get(course_iri=course_iri(course))
    enrolment, _created = services.enrol(learner, achievement.course_iri, "en")
    for iri in achievement.required_modules:
        services.record_event(enrolment, Verb.COMPLETED, iri, ActivityType.MODULE, once=True)
    for iri in achievement.required_quizzes:
        result = {"score": {"scaled": 1.0}, "success": True}
        services.record_event(
            enrolment, Verb.PASSED, iri, ActivityType.ASSESSMENT, result=result, once=True
        )
    services.record_event(
        enrolment, Verb.COMPLETED, achievement.course_iri, ActivityType.COURSE, once=True
    )
    assert issue_for_enrolment(enrolment) is not None
    return enrolment


def statement(actor, verb="http://adlnet.gov/expapi/verbs/experienced", **extra):
    return {
        "id": str(uuid.uuid4()),
        "actor": actor,
        "verb": {"id": verb},
        "object": {"objectType": "Activity", "id": "http://lrs.test/activities/workshop"},
        **extra,
    }


@pytest.fixture
def external_lrs(db):
    return ExternalLRS.objects.create(
        name="Partner evaluation LRS",
        endpoint="http://partner.test/xapi/",
        username="k",
        password="s",
        enabled=True,
    )


@pytest.fixture
def lrs_client(db):
    client = LRSClient(name="Workshop app", key="workshop", scopes="all")
    client.set_secret("workshop-secret")
    client.save()
    return client


def practice_data(email):
    return {
        "title": "Welding exchange weeks",
        "summary": "Learners spend two weeks in a partner school.",
        "description": "<p>A practice.</p>",
        "organisation_name": "Welding School",
        "organisation_type": "vet-provider",
        "country": "PT",
        "dimensions": ["curriculum"],
        "year_started": 2022,
        "contact": f"Write to {email}",
        "submitter_name": "Ada Lovelace",
        "submitter_email": email,
    }


@pytest.fixture
def administrator(db):
    return get_user_model().objects.create_superuser(
        "data-officer", email="officer@example.eu", password=PASSWORD
    )


@pytest.fixture
def other_learner(db, lrs_client):
    """Another learner with learning records of their own, which erasures must leave alone."""
    other = make_learner("grace", "grace.hopper@example.eu", first_name="Grace")
    earn_credential(other, seeded_course(1))
    store_statements(
        [statement(learner_agent(other))], authority=CLIENT_AUTHORITY, client=lrs_client
    )
    return other


@pytest.fixture
def full_learner(db, external_lrs, lrs_client, other_learner, administrator):
    before = Statement.objects.aggregate(last=Max("seq"))["last"]
    learner = make_learner(
        "ada-lovelace-1815",
        EMAIL,
        first_name="Ada",
        last_name="Lovelace",
        organisation="Analytical Engines",
    )
    course = seeded_course(0)
    enrolment = earn_credential(learner, course)
    module = course.modules()[0]
    services.save_reflection(
        enrolment,
        unit_iri(module, module.units[0].id),
        "Mobility changed how I teach welding.",
        parent_iri=course_iri(course),
    )
    account = learner_agent(learner)
    other_account = learner_agent(other_learner)
    store_statements(
        [
            statement(account),
            statement({"objectType": "Agent", "mbox": f"mailto:{EMAIL}"}),
            # Grace's statement, with Ada as her instructor: anonymised, not deleted.
            statement(other_account, context={"instructor": account}),
        ],
        authority=CLIENT_AUTHORITY,
        client=lrs_client,
    )
    Document.objects.create(
        kind=Document.STATE,
        activity_key="a" * 32,
        agent_key=agent_key(account),
        document_id="bookmark",
        content=json.dumps({"page": 3}).encode(),
        content_type="application/json",
        etag="x",
        updated=timezone.now(),
    )
    Document.objects.create(
        kind=Document.AGENT_PROFILE,
        agent_key=agent_key(account),
        document_id="preferences",
        content=b"{}",
        content_type="application/json",
        etag="y",
        updated=timezone.now(),
    )
    # The partner LRS received Ada's first statements; the rest still wait in the outbox.
    entries = OutboxEntry.objects.filter(target=external_lrs, statement_id__gt=before)
    delivered = list(entries.order_by("statement_id").values_list("pk", flat=True)[:3])
    OutboxEntry.objects.filter(pk__in=delivered).update(delivered=timezone.now())
    institution = Institution.objects.create(
        name="Ada's Welding Academy", country="PT", kind="vet-provider", size="small"
    )
    institution.members.add(learner)
    assessment, _created = start_assessment(institution, source_questionnaire(SLUG), 2025, learner)
    assessment.answers = {assessment.version.questions[0]["id"]: 3}
    assessment.save()
    create_draft(
        PracticeIndexPage.objects.get(locale__language_code="en"), practice_data(EMAIL), "en"
    )
    LogEntry.objects.create(
        user=administrator,
        content_type=ContentType.objects.get_for_model(learner),
        object_id=str(learner.pk),
        object_repr=EMAIL,
        action_flag=CHANGE,
    )
    learner.session_client = client_for(learner)
    return learner
