"""Synthetic learners: made through the store path, left out unless asked for, and the pages'
query counts do not grow with them."""

import io
from datetime import timedelta

from django.contrib.auth.models import Group
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

import pytest

from learning.evaluation.figures import Selection, known_courses
from learning.evaluation.models import EnrolmentFact, SyntheticLearner
from learning.evaluation.synthetic import add_synthetic_learners

pytestmark = pytest.mark.django_db

PAGES = ("overview", "funnel", "items", "engagement", "report")


@pytest.fixture
def evaluator(db, django_user_model):
    user = django_user_model.objects.create_user("eva", email="eva@example.org")
    user.groups.add(Group.objects.get(name="Evaluators"))
    return user


def _queries(client, course):
    counts = {}
    for page in PAGES:
        query = {"synthetic": "on", "course": course}
        with CaptureQueriesContext(connection) as captured:
            response = client.get(reverse(f"evaluation_admin:{page}"), query)
        assert response.status_code == 200, page
        counts[page] = len(captured)
    return counts


def test_synthetic_learners_are_marked_and_left_out_unless_asked_for():
    out = io.StringIO()
    call_command("load_digint", "--synthetic-learners", "12", stdout=out)
    assert "12 synthetic learners added" in out.getvalue()
    assert SyntheticLearner.objects.count() == 12
    assert EnrolmentFact.objects.filter(synthetic=True).count() == 12
    assert add_synthetic_learners(12) == 0
    today = timezone.localdate()
    period = {"start": today - timedelta(days=100), "end": today}
    everyone = Selection(**period, synthetic=True).enrolments().count()
    assert everyone - Selection(**period).enrolments().count() == 12


def test_query_counts_stay_constant_as_learners_grow(evaluator, client):
    client.force_login(evaluator)
    add_synthetic_learners(10)
    course = next(iter(known_courses()))
    small = _queries(client, course)
    add_synthetic_learners(60)
    assert _queries(client, course) == small
