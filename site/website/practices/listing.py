"""The practice index's state, read from the query string: facets, search, sort, results."""

from dataclasses import dataclass

from django.conf import settings
from django.db.models import Q
from django.http import QueryDict
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from wagtail.models import Locale

from website.core.models import view_restrictions_exist
from website.core.pagecache import cached_until_publish

from . import search
from .facets import Selection, all_facets, count_values, year_span
from .models import PracticePage

# The query parameters a listing reads (the page number aside).
LISTING_PARAMS = ("q", "sort", *(facet.param for facet in all_facets()))

SORTS = {
    "relevance": _("Relevance"),
    "date": _("Newest first"),
    "title": _("Title"),
}


@dataclass
class Listing:
    query: str
    sort: str
    selection: Selection
    facets: list
    published: object  # every practice the index shows, before search and facets
    searched: object  # the practices matching the search, before any facet
    practices: object  # the searched practices the facets let through, in order

    def matching(self):
        """The practices that match the search and every facet, unordered (for grouping)."""
        return self.searched.filter(self.selection.q(self.facets))

    def counts(self, index_page):
        """Every facet with its values and their counts, and the total: `FacetCounts`.

        Counting scans every practice that matches the search, so the result is kept until
        the next publication (or `PAGE_CACHE_SECONDS`) for this page, language, search and
        selection, whatever the sort or page of results, for every visitor.
        """

        def count():
            years = year_span(self.published, timezone.now().year)
            return count_values(self.searched, all_facets(years), self.selection)

        return cached_until_publish(
            "practice-facets",
            index_page.pk,
            get_language(),
            QueryDict(self.query_string(sort=None)).urlencode(),
            compute=count,
        )

    def query_string(self, **changes):
        """The current state as a query string, with `changes` applied (None removes)."""
        params = QueryDict(mutable=True)
        if self.query:
            params["q"] = self.query
        if self.sort != default_sort(self.query):
            params["sort"] = self.sort
        for param, values in self.selection.values.items():
            params.setlist(param, values)
        for param, value in changes.items():
            if value is None:
                params.pop(param, None)
            else:
                params[param] = value
        return params.urlencode()

    def without(self, param, code):
        """The current query string with one facet value (or the search, `q`) removed."""
        params = QueryDict(self.query_string(), mutable=True)
        if param == "q":
            params.pop("q", None)
            params.pop("sort", None)
        else:
            params.setlist(param, [value for value in params.getlist(param) if value != code])
        return params.urlencode()


def default_sort(query):
    return "relevance" if query else "date"


def published_practices(index_page):
    """The live practices shown on `index_page`: its own, and for practices not yet translated
    into its language, the source-language version."""
    practices = PracticePage.objects.live()
    if view_restrictions_exist():
        practices = practices.public()
    source_index = cached_until_publish(
        "source-index", index_page.pk, compute=lambda: _source_index(index_page)
    )
    if not source_index or source_index[0] == index_page.pk:
        return practices.child_of(index_page)
    _pk, source_path, source_depth = source_index
    translated = PracticePage.objects.live().child_of(index_page).values("translation_key")
    return practices.filter(
        Q(path__startswith=index_page.path, depth=index_page.depth + 1)
        | (
            Q(path__startswith=source_path, depth=source_depth + 1)
            & ~Q(translation_key__in=translated)
        )
    )


def _source_index(index_page):
    """(id, path, depth) of the index in the source language, or "" when it has none."""
    source = index_page.get_translation_or_none(Locale.get_default())
    return (source.pk, source.path, source.depth) if source is not None else ""


def build_listing(request, index_page):
    """The practices of `index_page` that match the request's search and facets."""
    # Practices not yet translated are shown (and searched) in the source language.
    languages = [index_page.locale.language_code, settings.LANGUAGE_CODE]
    query = search.normalise_query(request.GET.get("q", ""))
    sort = request.GET.get("sort", "")
    if sort not in SORTS or (sort == "relevance" and not query):
        sort = default_sort(query)

    practices = published_practices(index_page)
    facets = all_facets()  # the year facet's values are found when counting
    selection = Selection.from_query(request.GET, facets)
    searched = search.matching(practices, query, languages) if query else practices
    filtered = searched.filter(selection.q(facets))
    if sort == "relevance":
        ordered = search.by_relevance(filtered, query, languages)
    elif sort == "title":
        ordered = filtered.order_by("title")
    else:
        ordered = filtered.order_by("-first_published_at", "title")
    return Listing(query, sort, selection, facets, practices, searched, ordered)
