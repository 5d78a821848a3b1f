"""PostgreSQL: practices carry a stored, GIN-indexed search vector in their own language."""

from django.db import connection
from django.test.utils import CaptureQueriesContext

import pytest

from website.practices.factories import bulk_create_practices
from website.practices.models import PracticePage

pytestmark = pytest.mark.skipif(
    connection.vendor != "postgresql", reason="stored tsvectors are PostgreSQL's"
)


def stored_vector(page):
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT search_vector::text FROM practices_practicepage WHERE page_ptr_id = %s",
            [page.pk],
        )
        return cursor.fetchone()[0] or ""


def test_every_practice_has_a_vector_in_its_own_language(index_page, italian_index_page):
    english = PracticePage.objects.child_of(index_page).get(slug__contains="mechatronics")
    italian = PracticePage.objects.child_of(italian_index_page).get(
        translation_key=english.translation_key
    )
    assert "'placement':" in stored_vector(english)  # English stemmer: placements → placement
    assert "'tirocin':" in stored_vector(italian)  # Italian stemmer: tirocini → tirocin
    assert not PracticePage.objects.filter(search_vector__isnull=True).exists()


def test_publishing_rebuilds_the_vector(client, index_page):
    practice = PracticePage.objects.child_of(index_page).live().first()
    practice.title = "Zanzibar shipyard exchanges"
    practice.save_revision().publish()
    response = client.get(index_page.url, {"q": "shipyards"})
    assert "Zanzibar shipyard exchanges" in response.content.decode()


def test_search_uses_the_stored_vector_and_its_gin_index(client, index_page):
    with CaptureQueriesContext(connection) as captured:
        client.get(index_page.url, {"q": "mobility", "dimension": "curriculum"})
    searches = [query["sql"] for query in captured if "@@" in query["sql"]]
    assert searches, "the index and its facet counts match with @@"
    assert all("to_tsvector" not in sql for sql in searches)
    with connection.cursor() as cursor:
        cursor.execute("SET LOCAL enable_seqscan = off")
        cursor.execute(
            "EXPLAIN SELECT page_ptr_id FROM practices_practicepage "
            "WHERE search_vector @@ websearch_to_tsquery('english'::regconfig, 'mobility')"
        )
        plan = " ".join(row[0] for row in cursor.fetchall())
    assert "practices_search_vector_gin" in plan


def test_bulk_created_practices_are_searchable(client, index_page):
    bulk_create_practices(index_page, 30)
    response = client.get(index_page.url, {"q": "shadowing"})  # "staff job shadowing …"
    assert "practices found" in response.content.decode()
    assert "Practice " in response.content.decode()
