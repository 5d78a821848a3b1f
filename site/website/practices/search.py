"""Full-text search of practices in the visitor's language.

Wagtail's database backend keeps one text-search configuration for the whole index, so it
would stem Italian text with English rules. Practices are searched here instead, over their
own columns (title, summary and `search_text`): on PostgreSQL with the text-search
configuration of the page's language, whose stemmer matches inflected forms ("training"
finds "trained" in English, "tirocini" finds "tirocinio" in Italian); elsewhere (SQLite) by
requiring every word.
"""

from django.contrib.postgres.search import SearchQuery, SearchRank, SearchVector
from django.db import connection
from django.db.models import Case, IntegerField, Q, Value, When

MAX_QUERY_LENGTH = 200
MAX_WORDS = 8

# PostgreSQL text-search configurations, by content language.
SEARCH_CONFIGS = {
    "en": "english",
    "it": "italian",
    "fr": "french",
    "nl": "dutch",
    "es": "spanish",
    "ro": "romanian",
}


def normalise_query(raw):
    """The visitor's query, trimmed to a sane length; empty if only spaces."""
    return " ".join(raw.split())[:MAX_QUERY_LENGTH]


def matching(queryset, query, language):
    """`queryset` narrowed to the practices that match `query`."""
    if connection.vendor == "postgresql":
        config = SEARCH_CONFIGS.get(language, "simple")
        return queryset.annotate(document=_vector(config)).filter(
            document=SearchQuery(query, config=config, search_type="websearch")
        )
    for word in query.split()[:MAX_WORDS]:
        queryset = queryset.filter(
            Q(title__icontains=word)
            | Q(introduction__icontains=word)
            | Q(search_text__icontains=word)
        )
    return queryset


def by_relevance(queryset, query, language):
    """Matching practices, best first: title matches weigh most, then the summary."""
    if connection.vendor == "postgresql":
        config = SEARCH_CONFIGS.get(language, "simple")
        search_query = SearchQuery(query, config=config, search_type="websearch")
        relevance = SearchRank(_vector(config), search_query)
    else:
        relevance = Value(0)
        for word in query.split()[:MAX_WORDS]:
            relevance = relevance + Case(
                When(title__icontains=word, then=Value(3)),
                When(introduction__icontains=word, then=Value(2)),
                default=Value(1),
                output_field=IntegerField(),
            )
    return queryset.annotate(relevance=relevance).order_by("-relevance", "title")


def _vector(config):
    return (
        SearchVector("title", weight="A", config=config)
        + SearchVector("introduction", weight="B", config=config)
        + SearchVector("search_text", weight="C", config=config)
    )
