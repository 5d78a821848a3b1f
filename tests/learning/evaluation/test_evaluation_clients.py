"""An administrator may let an LRS client's statements about the platform's courses count."""

import io
import uuid

from django.core.management import call_command

import pytest

from courses.activities import course_iri
from learning.evaluation.models import EnrolmentFact
from learning.progress.vocabulary import ActivityType
from learning.xapi.forms import LRSClientForm
from learning.xapi.models import LRSClient
from learning.xapi.services import store_statements

pytestmark = pytest.mark.django_db


def _client(feeds):
    client = LRSClient(name="Partner LMS", key=f"partner-{feeds}", feeds_evaluation=feeds)
    client.set_secret()
    client.save()
    return client


def _enrolment(course):
    return {
        "actor": {
            "objectType": "Agent",
            "account": {"homePage": "https://lms.example.org", "name": str(uuid.uuid4())},
        },
        "verb": {"id": "http://adlnet.gov/expapi/verbs/registered"},
        "object": {"id": course, "definition": {"type": ActivityType.COURSE}},
        "context": {"registration": str(uuid.uuid4()), "language": "ro"},
    }


def test_an_opted_in_client_counts_for_the_platforms_courses_only(pilot):
    platform_course = course_iri(pilot["course_a"])
    opted_in, other = _client(True), _client(False)
    ours = _enrolment(platform_course)
    elsewhere = _enrolment("https://lms.example.org/course/other")
    authority = opted_in.authority("http://testserver")
    store_statements([ours, elsewhere], authority=authority, client=opted_in)
    store_statements(
        [_enrolment(platform_course)], authority=other.authority("http://x"), client=other
    )
    counted = set(EnrolmentFact.objects.values_list("registration", flat=True))
    assert uuid.UUID(ours["context"]["registration"]) in counted
    assert uuid.UUID(elsewhere["context"]["registration"]) not in counted
    assert EnrolmentFact.objects.filter(course_iri=platform_course, language="ro").count() == 1
    call_command("rebuild_evaluation", stdout=io.StringIO())
    assert set(EnrolmentFact.objects.values_list("registration", flat=True)) == counted


def test_the_switch_is_in_the_client_form():
    assert "feeds_evaluation" in LRSClientForm().fields
