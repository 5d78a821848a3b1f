"""The index renders with a number of queries that does not grow with the practices."""

from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext

from website.practices.factories import bulk_create_practices

FILTERED = {"dimension": "curriculum", "country": "IT", "q": "mobility"}


def queries_for(client, url, params):
    cache.clear()  # bulk inserts bypass the publish signals that invalidate the page cache
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url, params)
    assert response.status_code == 200
    return len(captured)


def test_index_queries_do_not_grow_with_10000_practices(client, index_page):
    bulk_create_practices(index_page, 100)
    with_few = queries_for(client, index_page.url, {**FILTERED, "page": "2"})
    bulk_create_practices(index_page, 9_900)
    with_many = queries_for(client, index_page.url, {**FILTERED, "page": "2"})
    assert with_many == with_few
    response = client.get(index_page.url, FILTERED)
    assert "practices found" in response.content.decode()
