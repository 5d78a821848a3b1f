"""The fast ways of adding synthetic learners give exactly what the slow ones give.

Statement templates give `build_statement`'s statements; `copy_statements` (PostgreSQL) writes
the rows `store_statements` writes, and the store listener builds the same aggregates.
"""

import random
import uuid
from datetime import UTC, datetime
from types import SimpleNamespace

from django.db import connection, transaction
from django.utils import timezone

import pytest

from learning.evaluation.models import (
    ActiveWeek,
    ActivityFact,
    AnswerFact,
    EnrolmentFact,
    SyntheticLearner,
)
from learning.evaluation.synthetic import (
    StatementTemplates,
    _courses,
    _Learner,
    add_synthetic_learners,
)
from learning.xapi.models import Activity, Statement, StatementIndex
from learning.xapi.statements import build_statement

pytestmark = pytest.mark.django_db

NOW = datetime(2026, 6, 1, 12, 0, tzinfo=UTC)


def _statements(builder, seed):
    rng = random.Random(seed)
    courses = _courses()
    statements = []
    for number in range(8):
        actor = {
            "objectType": "Agent",
            "account": {"homePage": "https://example.org", "name": str(uuid.UUID(int=number))},
        }
        language = ("en", "ro", "it")[number % 3]
        learner = _Learner(rng, actor, rng.choice(courses), language, NOW, builder)
        learner.study()
        statements += learner.statements
    return statements


def test_statement_templates_give_build_statements_statements():
    slow = _statements(SimpleNamespace(build=build_statement), seed=7)
    fast = _statements(StatementTemplates(), seed=7)
    assert len(slow) > 100
    assert fast == slow
    assert {"result", "context", "object"} <= set().union(*fast)


def _snapshot():
    """Every row the learners left, without database ids or the time of storing."""
    statements = {
        str(statement_id): {key: value for key, value in body.items() if key != "stored"}
        for statement_id, body in Statement.objects.values_list("statement_id", "body")
    }
    index = sorted(
        StatementIndex.objects.values_list("statement__statement_id", "kind", "key", "related")
    )
    enrolment = [f.name for f in EnrolmentFact._meta.fields if f.name != "id"]
    activity = [f.name for f in ActivityFact._meta.fields if f.name not in ("id", "enrolment")]
    answer = [f.name for f in AnswerFact._meta.fields if f.name not in ("id", "enrolment")]
    return {
        "statements": statements,
        "index": index,
        "activities": sorted(Activity.objects.values_list("key", "iri", "definition"), key=repr),
        "enrolments": sorted(EnrolmentFact.objects.values_list(*enrolment)),
        "activity facts": sorted(
            ActivityFact.objects.values_list("enrolment__registration", *activity), key=repr
        ),
        "answer facts": sorted(
            AnswerFact.objects.values_list("enrolment__registration", *answer), key=repr
        ),
        "weeks": sorted(ActiveWeek.objects.values_list("enrolment__registration", "week")),
    }


@pytest.mark.skipif(connection.vendor != "postgresql", reason="COPY is PostgreSQL's")
def test_copy_path_writes_the_rows_and_aggregates_of_the_recording_path():
    with transaction.atomic():
        assert add_synthetic_learners(40, now=NOW) == 40
        recorded = _snapshot()
        transaction.set_rollback(True)
    assert not SyntheticLearner.objects.exists()
    assert add_synthetic_learners(40, now=NOW, fast=True) == 40
    copied = _snapshot()
    assert len(recorded["statements"]) > 40 * 10
    assert len(recorded["answer facts"]) > 40
    assert copied == recorded


@pytest.mark.skipif(connection.vendor == "postgresql", reason="PostgreSQL has COPY")
def test_copy_path_refuses_other_databases():
    with pytest.raises(NotImplementedError):
        add_synthetic_learners(1, now=timezone.now(), fast=True)
