"""Batches of statements (issue 15, part 3): a fixed number of queries whatever the batch's size,
every statement indexed as if stored alone, duplicates handled as xAPI 1.0.3 Part Three 2.1.2
says, and nothing half-stored when one statement of a batch fails."""

import copy
import uuid

from django.db import connection
from django.test.utils import CaptureQueriesContext

import pytest

from learning.xapi.keys import index_entries
from learning.xapi.models import Statement, StatementIndex


def _batch(statement, size, *, offset=0):
    """`size` statements, each with its own actor, object activity and registration."""
    batch = []
    for number in range(offset, offset + size):
        item = copy.deepcopy(statement)
        item["actor"]["mbox"] = f"mailto:learner-{number}@example.eu"
        item["object"]["id"] = f"http://example.eu/activities/unit-{number}"
        item["context"] = {
            "registration": str(uuid.UUID(int=number + 1)),
            "contextActivities": {"parent": {"id": "http://example.eu/activities/course-1"}},
        }
        batch.append(item)
    return batch


def _queries_of_a_post(lrs, batch):
    with CaptureQueriesContext(connection) as queries:
        response = lrs.post("statements", batch)
    assert response.status_code == 200, response.content[:300]
    return len(queries)


def test_batch_post_query_count_is_constant_in_the_batch_size(lrs, statement):
    # Warm up what a first request reads once (the client, cached activity definitions).
    _queries_of_a_post(lrs, _batch(statement, 1, offset=10_000))
    ten = _queries_of_a_post(lrs, _batch(statement, 10))
    hundred = _queries_of_a_post(lrs, _batch(statement, 100, offset=10))
    assert hundred == ten
    assert Statement.objects.count() == 111


def test_batch_post_writes_its_index_rows_in_one_statement(lrs, statement):
    # Row by row (executemany), SQLite gives the interpreter lock away at every row and the
    # threads validating other batches keep it for up to 5 ms each time (bench/README.md).
    with CaptureQueriesContext(connection) as queries:
        assert lrs.post("statements", _batch(statement, 100)).status_code == 200
    index_table = StatementIndex._meta.db_table
    inserts = [query for query in queries if f'INSERT INTO "{index_table}"' in query["sql"]]
    assert len(inserts) == 1
    assert StatementIndex.objects.count() == inserts[0]["sql"].count("), (") + 1


@pytest.mark.parametrize("deleted_before", [0, 3])
def test_batch_post_indexes_every_statement_as_if_stored_alone(lrs, statement, deleted_before):
    # Deleting the newest statements first leaves the storage sequence ahead of the table's
    # largest `seq`: the new rows' numbers must still be the ones their index rows point to.
    lrs.post("statements", _batch(statement, 5, offset=1_000))
    Statement.objects.filter(
        pk__in=Statement.objects.order_by("-seq").values("pk")[:deleted_before]
    ).delete()
    batch = _batch(statement, 50)
    ids = lrs.post("statements", batch).json()
    assert len(ids) == 50
    for statement_id in ids:
        stored = Statement.objects.get(statement_id=statement_id)
        expected = {
            (kind, StatementIndex.digest(identifier), related)
            for kind, identifier, related in index_entries(stored.body)
        }
        assert set(stored.index.values_list("kind", "key", "related")) == expected


def test_batch_post_index_finds_each_statement_by_agent_activity_and_registration(lrs, statement):
    batch = _batch(statement, 30)
    ids = lrs.post("statements", batch).json()
    for item, statement_id in zip(batch, ids, strict=True):
        for params in (
            {"agent": {"mbox": item["actor"]["mbox"]}},
            {"activity": item["object"]["id"]},
            {"registration": item["context"]["registration"]},
        ):
            found = lrs.get("statements", params).json()["statements"]
            assert [found_item["id"] for found_item in found] == [statement_id]


def test_batch_post_with_one_id_twice_is_a_400_and_stores_nothing(lrs, statement):
    batch = _batch(statement, 20)
    repeated = str(uuid.uuid4())
    batch[3]["id"] = repeated
    batch[17]["id"] = repeated.upper()
    response = lrs.post("statements", batch)
    assert response.status_code == 400
    assert repeated in response.json()["error"]
    assert not Statement.objects.exists()
    assert not StatementIndex.objects.exists()


def test_batch_post_repeating_a_stored_statement_stores_only_the_new_ones(lrs, statement):
    first = _batch(statement, 1)[0]
    first["id"] = str(uuid.uuid4())
    assert lrs.post("statements", first).status_code == 200
    index_rows = StatementIndex.objects.count()
    batch = [*_batch(statement, 5, offset=1), first]
    ids = lrs.post("statements", batch).json()
    assert ids[-1] == first["id"]
    assert Statement.objects.count() == 6
    assert Statement.objects.filter(statement_id=first["id"]).count() == 1
    # The repeated statement gains no second set of index rows.
    assert StatementIndex.objects.count() == index_rows * 6


@pytest.mark.parametrize("position", [0, 49, 99])
def test_batch_post_with_an_invalid_statement_stores_nothing(lrs, statement, position):
    batch = _batch(statement, 100)
    batch[position]["verb"]["id"] = "not an IRI"
    response = lrs.post("statements", batch)
    assert response.status_code == 400
    assert f"Statement {position + 1}:" in response.json()["error"]
    assert not Statement.objects.exists()
    assert not StatementIndex.objects.exists()


def test_batch_post_conflicting_in_the_middle_stores_nothing(lrs, statement):
    stored = _batch(statement, 1, offset=500)[0]
    stored["id"] = str(uuid.uuid4())
    assert lrs.post("statements", stored).status_code == 200
    batch = _batch(statement, 100)
    batch[50] = {**copy.deepcopy(stored), "verb": {"id": "http://example.eu/verbs/other"}}
    response = lrs.post("statements", batch)
    assert response.status_code == 409
    assert Statement.objects.count() == 1
    assert StatementIndex.objects.filter(statement__statement_id=stored["id"]).count() == (
        StatementIndex.objects.count()
    )


def test_sqlite_checkpoints_the_wal_every_20000_pages():
    if connection.vendor != "sqlite":
        pytest.skip("a setting of the SQLite connections")
    connection.ensure_connection()
    with connection.cursor() as cursor:
        cursor.execute("PRAGMA wal_autocheckpoint")
        assert cursor.fetchone()[0] == 20_000
