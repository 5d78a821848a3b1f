"""A rebuild of the aggregates while statements arrive loses none and counts none twice.

PostgreSQL only: the rebuild takes the statement table's share lock, so a storing transaction
waits until the rebuild commits and then adds its own statements. SQLite runs one writer at
a time anyway (the whole database is locked), so there is no race to test there.
"""

import threading
import time
import uuid

from django.db import connection

import pytest

from learning.evaluation import aggregates
from learning.evaluation.models import EnrolmentFact
from learning.progress.vocabulary import ActivityType
from learning.xapi.models import Statement
from learning.xapi.services import store_statements
from learning.xapi.statements import platform_authority

pytestmark = [
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
    pytest.mark.skipif(
        connection.vendor != "postgresql",
        reason="SQLite serialises writers; the share lock the test checks is PostgreSQL's",
    ),
]

COURSE = "https://example.org/xapi/course/concurrency"


def _enrolment():
    return {
        "actor": {
            "objectType": "Agent",
            "account": {"homePage": "https://example.org", "name": str(uuid.uuid4())},
        },
        "verb": {"id": "http://adlnet.gov/expapi/verbs/registered"},
        "object": {"id": COURSE, "definition": {"type": ActivityType.COURSE}},
        "context": {"registration": str(uuid.uuid4()), "language": "en"},
    }


def _store(bodies):
    try:
        store_statements(bodies, authority=platform_authority())
    finally:
        connection.close()


def test_statements_stored_during_a_rebuild_are_counted_exactly_once(monkeypatch):
    stored = Statement.objects.filter(client__isnull=True, voided=False).count()
    before = [_enrolment() for _ in range(30)]
    _store(before)
    rebuilding = threading.Event()
    original = aggregates.apply_rows

    def slow_apply(rows):
        # The rebuild holds its lock; let the writer try to store meanwhile.
        if not rebuilding.is_set():
            rebuilding.set()
            time.sleep(1.5)
        return original(rows)

    monkeypatch.setattr(aggregates, "apply_rows", slow_apply)
    during = [_enrolment() for _ in range(20)]
    results = {}

    def rebuild():
        try:
            results["read"] = aggregates.rebuild()
        finally:
            connection.close()

    rebuilder = threading.Thread(target=rebuild)
    rebuilder.start()
    assert rebuilding.wait(10)
    writer = threading.Thread(target=_store, args=(during,))
    writer.start()
    rebuilder.join(30)
    writer.join(30)
    assert results["read"] == stored + 30
    registrations = sorted(
        str(value)
        for value in EnrolmentFact.objects.filter(course_iri=COURSE).values_list(
            "registration", flat=True
        )
    )
    expected = sorted(body["context"]["registration"] for body in before + during)
    assert registrations == expected


def test_storing_locks_the_enrolment_rows_it_changes():
    """Two batches about one enrolment (two tabs of a learner) must change its rows one after
    the other: the listener reads the batch's enrolments FOR UPDATE."""
    from django.test.utils import CaptureQueriesContext

    enrolment = _enrolment()
    store_statements([enrolment], authority=platform_authority())
    follow_up = {**_enrolment(), "context": enrolment["context"], "actor": enrolment["actor"]}
    with CaptureQueriesContext(connection) as queries:
        store_statements([follow_up], authority=platform_authority())
    locking = [
        query["sql"]
        for query in queries.captured_queries
        if "evaluation_enrolmentfact" in query["sql"] and "FOR UPDATE" in query["sql"]
    ]
    assert locking


def test_two_batches_starting_one_enrolment_both_count(monkeypatch):
    """Two batches about a new enrolment: the second waits for the first and adds to its rows
    (without the registration's lock both would insert the enrolment and one would fail)."""
    enrolment = _enrolment()
    module = "https://example.org/xapi/module/concurrency"
    launches = [
        {
            **enrolment,
            "verb": {"id": "http://adlnet.gov/expapi/verbs/launched"},
            "object": {"id": f"{module}-{number}", "definition": {"type": ActivityType.MODULE}},
            "context": {
                **enrolment["context"],
                "contextActivities": {"grouping": [{"id": COURSE}]},
            },
        }
        for number in (1, 2)
    ]
    read = threading.Barrier(2, timeout=2)
    original = aggregates._profiles

    def profiles_after_both_read(names):
        # Each batch has read its rows; wait (briefly) until the other has too.
        try:
            read.wait()
        except threading.BrokenBarrierError:
            pass
        return original(names)

    monkeypatch.setattr(aggregates, "_profiles", profiles_after_both_read)
    errors = []

    def store(body):
        try:
            _store([body])
        except Exception as error:  # noqa: BLE001 - the test reports what went wrong
            errors.append(error)

    writers = [threading.Thread(target=store, args=(body,)) for body in launches]
    for writer in writers:
        writer.start()
    for writer in writers:
        writer.join(30)
    assert errors == []
    fact = EnrolmentFact.objects.get(registration=enrolment["context"]["registration"])
    assert sorted(fact.facts.values_list("activity_iri", flat=True)) == [
        f"{module}-1",
        f"{module}-2",
    ]
