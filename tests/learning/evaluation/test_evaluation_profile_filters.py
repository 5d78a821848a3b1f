"""The country and organisation-type filters: hand-computed counts on the pilot fixture, bad
values, profile changes followed by the facts, and a rebuild giving the same figures."""

import io

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.test import Client
from django.urls import reverse

import pytest

from courses.activities import course_iri
from learning.evaluation.models import EnrolmentFact

pytestmark = pytest.mark.django_db

PERIOD = {"start": "2026-03-01", "end": "2026-03-29"}


@pytest.fixture
def evaluator_client(db):
    user = get_user_model().objects.create_user("eva", email="eva@example.org")
    user.groups.add(Group.objects.get(name="Evaluators"))
    client = Client()
    client.force_login(user)
    return client


def by_course(client, **filters):
    """The overview's per-course rows: course name → [enrolled, completed, credentials]."""
    response = client.get(reverse("evaluation_admin:overview"), {**PERIOD, **filters})
    assert response.status_code == 200
    tables = {t.slug: t for s in response.context["sections"] for t in s["tables"]}
    return {
        str(label): [None if cell.suppressed else cell.value for cell in cells]
        for label, cells in tables["by-course"].rows
    }


def funnel_people(client, course, **filters):
    query = {**PERIOD, "course": course_iri(course), **filters}
    response = client.get(reverse("evaluation_admin:funnel"), query)
    assert response.status_code == 200
    tables = {t.slug: t for s in response.context["sections"] for t in s["tables"]}
    return [None if cells[0].suppressed else cells[0].value for _l, cells in tables["funnel"].rows]


def test_country_filter_counts_the_learners_of_that_country(pilot, evaluator_client):
    a, b = pilot["course_a"].title, pilot["course_b"].title
    # Italy: A1–A6 in course A (A1–A5 completed, with credentials), B6 alone in course B.
    assert by_course(evaluator_client, country="IT") == {a: [6, 5, 5], b: [None, 0, 0]}
    # Romania: B1–B5.
    assert by_course(evaluator_client, country="RO") == {b: [5, 0, 0]}
    # Not stated: A7 alone, suppressed.
    assert by_course(evaluator_client, country="none") == {a: [None, 0, 0]}
    # Funnel of course A for Italy: 6 enrolled, 6 started module 1, 5 completed it, then 5s.
    assert funnel_people(evaluator_client, pilot["course_a"], country="IT")[:3] == [6, 6, 5]


def test_organisation_type_filter_counts_the_learners_of_that_type(pilot, evaluator_client):
    a, b = pilot["course_a"].title, pilot["course_b"].title
    assert by_course(evaluator_client, organisation_type="vet-provider") == {a: [5, 5, 5]}
    assert by_course(evaluator_client, organisation_type="technical-hei") == {b: [6, 0, 0]}
    # A6 (company) and A7 (not stated) are each fewer than five.
    assert by_course(evaluator_client, organisation_type="company") == {a: [None, 0, 0]}
    both = by_course(evaluator_client, country="IT", organisation_type="technical-hei")
    assert both == {b: [None, 0, 0]}
    people = funnel_people(evaluator_client, pilot["course_b"], organisation_type="technical-hei")
    assert people[0] == 6


@pytest.mark.parametrize(
    ("query", "shown"), [({"country": "XX"}, "XX"), ({"organisation_type": "guild"}, "guild")]
)
def test_unknown_country_or_type_gets_a_notice_and_400(pilot, evaluator_client, query, shown):
    for name in ("overview", "funnel", "items", "engagement", "report"):
        response = evaluator_client.get(reverse(f"evaluation_admin:{name}"), {**PERIOD, **query})
        assert response.status_code == 400
        page = response.content.decode()
        assert "These filters cannot be applied" in page and shown in page


def test_profile_change_moves_the_learners_facts_and_a_rebuild_agrees(pilot, evaluator_client):
    b6 = pilot["learners"]["b6"]
    b6.country, b6.organisation_type = "RO", "company"
    b6.save()
    facts = EnrolmentFact.objects.filter(learner=str(b6.xapi_account.name))
    assert list(facts.values_list("country", "organisation_type")) == [("RO", "company")]
    b = pilot["course_b"].title
    before = (
        by_course(evaluator_client, country="RO"),
        by_course(evaluator_client, organisation_type="technical-hei"),
    )
    assert before == ({b: [6, 0, 0]}, {b: [5, 0, 0]})
    call_command("rebuild_evaluation", stdout=io.StringIO())
    after = (
        by_course(evaluator_client, country="RO"),
        by_course(evaluator_client, organisation_type="technical-hei"),
    )
    assert after == before


def test_saving_other_fields_does_not_touch_the_facts(pilot, django_assert_num_queries):
    a1 = pilot["learners"]["a1"]
    with django_assert_num_queries(1):
        a1.save(update_fields=["last_login"])
