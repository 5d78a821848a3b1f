from django.core.paginator import Paginator
from django.template.response import TemplateResponse

from wagtail.models import Locale, Page

RESULTS_PER_PAGE = 10
MAX_QUERY_LENGTH = 200


def search(request):
    """Full-text search over the live pages of the visitor's language."""
    query = request.GET.get("q", "").strip()[:MAX_QUERY_LENGTH]
    results = Page.objects.none()
    if query:
        results = (
            Page.objects.live()
            .public()
            .filter(locale=Locale.get_active())
            .search(query, operator="and")
        )
    page_number = request.GET.get("page")
    paginated = Paginator(results, RESULTS_PER_PAGE).get_page(page_number)
    return TemplateResponse(
        request, "search/search.html", {"search_query": query, "results": paginated}
    )
