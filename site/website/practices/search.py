"""Full-text search of practices in the visitor's language.

Wagtail's database backend keeps one text-search configuration for the whole index, so it
would stem Italian text with English rules. Practices are searched here instead, over their
own columns (title, summary and `search_text`).

On PostgreSQL each practice stores its `search_vector`, built in the text-search configuration
of its own language (title weighted A, summary B, the rest C) whenever the page is saved, so
on publishing and on translation, and GIN-indexed: a search is an indexed `@@` match, ranked
by `ts_rank` in the database, and the facet counts of a search run over the same match. The
stemmer finds inflected forms ("training" finds "trained" in English, "tirocini" finds
"tirocinio" in Italian). Elsewhere (SQLite) every word must appear in one of the columns.
"""

from django.contrib.postgres.search import SearchQuery, SearchRank
from django.db import connection
from django.db.models import Case, F, IntegerField, Q, Value, When

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
FALLBACK_CONFIG = "simple"


def normalise_query(raw):
    """The visitor's query, trimmed to a sane length; empty if only spaces (NUL is a space:
    PostgreSQL refuses it in any string)."""
    return " ".join(raw.replace("\x00", " ").split())[:MAX_QUERY_LENGTH]


def _search_query(query, languages):
    """The query parsed in the configuration of each language the practices are written in."""
    configs = dict.fromkeys(SEARCH_CONFIGS.get(code, FALLBACK_CONFIG) for code in languages)
    parsed = [SearchQuery(query, config=config, search_type="websearch") for config in configs]
    combined = parsed[0]
    for other in parsed[1:]:
        combined = combined | other
    return combined


def matching(queryset, query, languages):
    """`queryset` narrowed to the practices that match `query`.

    `languages`: the page's language first, then the language of any practice shown untranslated
    (the source language), whose stored vectors were stemmed with its own rules.
    """
    if connection.vendor == "postgresql":
        return queryset.filter(search_vector=_search_query(query, languages))
    for word in query.split()[:MAX_WORDS]:
        queryset = queryset.filter(
            Q(title__icontains=word)
            | Q(introduction__icontains=word)
            | Q(search_text__icontains=word)
        )
    return queryset


def by_relevance(queryset, query, languages):
    """Matching practices, best first: title matches weigh most, then the summary."""
    if connection.vendor == "postgresql":
        relevance = SearchRank(F("search_vector"), _search_query(query, languages))
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


def _config_by_language_sql():
    """SQL choosing each practice's configuration from its locale's language code."""
    cases = " ".join(
        f"WHEN '{code}' THEN '{config}'" for code, config in sorted(SEARCH_CONFIGS.items())
    )
    return f"(CASE locale.language_code {cases} ELSE '{FALLBACK_CONFIG}' END)::regconfig"


def store_search_vectors(page_ids):
    """Rebuild the stored search vectors of these practices from their saved rows (PostgreSQL).

    One statement for any number of practices: after a save, a translation, or a bulk insert.
    """
    page_ids = list(page_ids)
    if connection.vendor != "postgresql" or not page_ids:
        return
    config = _config_by_language_sql()
    with connection.cursor() as cursor:
        cursor.execute(
            f"""
            UPDATE practices_practicepage AS practice
            SET search_vector =
                setweight(to_tsvector({config}, coalesce(page.title, '')), 'A')
                || setweight(to_tsvector({config}, coalesce(practice.introduction, '')), 'B')
                || setweight(to_tsvector({config}, coalesce(practice.search_text, '')), 'C')
            FROM wagtailcore_page AS page
            JOIN wagtailcore_locale AS locale ON locale.id = page.locale_id
            WHERE page.id = practice.page_ptr_id AND practice.page_ptr_id = ANY(%s)
            """,
            [page_ids],
        )
