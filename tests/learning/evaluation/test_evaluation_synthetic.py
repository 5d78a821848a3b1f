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

from learning.evaluation import aggregates
from learning.evaluation.figures import Selection, known_courses
from learning.evaluation.models import EnrolmentFact, SyntheticLearner
from learning.evaluation.synthetic import add_synthetic_learners
from learning.xapi.models import Statement

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
    facts = EnrolmentFact.objects.filter(synthetic=True)
    assert len(set(facts.values_list("country", flat=True))) > 1
    assert len(set(facts.values_list("organisation_type", flat=True))) > 1
    for fact in facts:
        user = SyntheticLearner.objects.get(user__xapi_account__name=fact.learner).user
        assert (fact.country, fact.organisation_type) == (str(user.country), user.organisation_type)


def test_aggregating_a_batch_takes_a_query_per_enrolment_not_per_statement():
    add_synthetic_learners(12)
    statements = Statement.objects.count()
    with CaptureQueriesContext(connection) as captured:
        aggregates.rebuild()
    enrolments = EnrolmentFact.objects.count()
    # Delete, read the statements, the batch's facts and profiles, create each enrolment, write
    # the facts in bulk: some twenty queries besides one per enrolment.
    assert len(captured) <= enrolments + 20 < statements


def test_query_counts_stay_constant_as_learners_grow(evaluator, client):
    client.force_login(evaluator)
    add_synthetic_learners(10)
    course = next(iter(known_courses()))
    small = _queries(client, course)
    add_synthetic_learners(60)
    assert _queries(client, course) == small
