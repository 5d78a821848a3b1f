import re

from django.core.paginator import Paginator
from django.template.response import TemplateResponse

from wagtail.models import Locale, Page

from website.core.models import view_restrictions_exist
from website.core.pagecache import mark_cacheable
from website.core.routing import remember_site

RESULTS_PER_PAGE = 10
MAX_QUERY_LENGTH = 200
# Operators of the backends' query languages (SQLite FTS5 quotes, NUL...): only words count.
NOT_A_WORD = re.compile(r"[^\w\s]+")


def search(request):
    """Full-text search over the live pages of the visitor's language."""
    query = request.GET.get("q", "").strip()[:MAX_QUERY_LENGTH]
    words = " ".join(NOT_A_WORD.sub(" ", query).split())
    results = Page.objects.none()
    remember_site(request)  # every result links to its page
    if words:
        pages = Page.objects.live().filter(locale=Locale.get_active())
        if view_restrictions_exist():
            pages = pages.public()
        results = pages.search(words, operator="and")
    page_number = request.GET.get("page")
    paginated = Paginator(results, RESULTS_PER_PAGE).get_page(page_number)
    mark_cacheable(request, ("q", "page"))
    return TemplateResponse(
        request, "search/search.html", {"search_query": query, "results": paginated}
    )
