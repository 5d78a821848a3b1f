"""Site search answers any query string, with quotes, NUL and query-language operators."""

import pytest

QUERIES = ['x"', "a\x00b", '"', "x'", "(", "a OR", "NEAR(", "*", "-", "^", "a:b", "\\", "\x00"]


@pytest.mark.django_db
@pytest.mark.parametrize("query", QUERIES)
def test_search_answers_any_query(client, query):
    response = client.get("/en/search/", {"q": query})
    assert response.status_code == 200


@pytest.mark.django_db
def test_search_still_finds_words_next_to_punctuation(client):
    response = client.get("/en/search/", {"q": '"Blueprint'})
    assert response.status_code == 200
    assert response.context["results"].paginator.count > 0
