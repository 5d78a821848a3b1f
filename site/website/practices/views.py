"""The routes of the practice index: listing, countries, CSV export and the proposal form."""

import csv

from django.core.paginator import Paginator
from django.db.models import Count
from django.http import HttpResponse
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from wagtail.models import Locale

from django_countries import countries

from website.core.pagecache import mark_cacheable
from website.core.spam import too_many_submissions

from .forms import PracticeProposalForm
from .listing import LISTING_PARAMS, SORTS, build_listing
from .submissions import create_draft

RESULTS_PER_PAGE = 20
# A spreadsheet runs cells that start with these characters as formulas.
FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")


CARD_FIELDS = (
    "id",
    "title",
    "url_path",
    "slug",
    "locale",
    "introduction",
    "organisation_name",
    "organisation_type",
    "country",
    "dimensions",
    "year_started",
    "year_ended",
    "first_published_at",
    "is_example",
)


def practice_index(request, index_page):
    """The practices, filtered by facets and words, with the counts of every facet value."""
    listing = build_listing(request, index_page)
    counts = listing.counts(index_page)
    paginator = Paginator(
        listing.practices.select_related("locale").only(*CARD_FIELDS), RESULTS_PER_PAGE
    )
    paginator.count = counts.total  # counted with the facets: no second scan
    results = paginator.get_page(request.GET.get("page"))
    facet_values = counts.values
    for facet, values in facet_values:
        for value in values:
            if value.selected:
                value.remove_query = listing.without(facet.param, value.code)
    mark_cacheable(request, (*LISTING_PARAMS, "page"))
    return index_page.render(
        request,
        template="practices/practice_index_page.html",
        context_overrides={
            "listing": listing,
            "facet_values": facet_values,
            "state": listing.query_string(),
            "without_search": listing.without("q", None),
            "results": results,
            "sorts": SORTS,
        },
    )


def practices_by_country(request, index_page):
    """How many practices each country has, a table that links to each country's list."""
    listing = build_listing(request, index_page)
    rows = (
        listing.matching()
        .values("country")
        .annotate(count=Count("pk"))
        .order_by("-count", "country")
    )
    by_country = [
        {"code": row["country"], "name": countries.name(row["country"]), "count": row["count"]}
        for row in rows
    ]
    mark_cacheable(request, LISTING_PARAMS)
    return index_page.render(
        request,
        template="practices/practices_by_country.html",
        context_overrides={"listing": listing, "by_country": by_country},
    )


def export_csv(request, index_page):
    """The current filtered list as CSV, one practice per row, facets as codes."""
    listing = build_listing(request, index_page)
    own_url = request.build_absolute_uri(index_page.url)
    source_index = index_page.get_translation_or_none(Locale.get_default()) or index_page
    source_url = request.build_absolute_uri(source_index.url)
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = 'attachment; filename="practices.csv"'
    writer = csv.writer(response)
    writer.writerow(CSV_COLUMNS)
    for practice in listing.practices.only(*CSV_FIELDS).iterator(chunk_size=500):
        writer.writerow(
            [
                _cell(value)
                for value in (
                    practice.title,
                    f"{own_url if practice.path.startswith(index_page.path) else source_url}"
                    f"{practice.slug}/",
                    practice.introduction,
                    practice.organisation_name,
                    practice.organisation_type,
                    practice.country.code,
                    practice.region_code,
                    practice.region_name,
                    " ".join(practice.dimensions),
                    " ".join(practice.target_groups),
                    " ".join(practice.competences),
                    " ".join(practice.funding),
                    practice.year_started,
                    practice.year_ended or "",
                    practice.contact,
                    "true" if practice.is_example else "false",
                )
            ]
        )
    return response


CSV_COLUMNS = [
    "title",
    "url",
    "summary",
    "organisation",
    "organisation_type",
    "country",
    "region_code",
    "region_name",
    "dimensions",
    "target_groups",
    "competences",
    "funding",
    "year_started",
    "year_ended",
    "contact",
    "example",
]
CSV_FIELDS = (
    "id",
    "path",
    "title",
    "slug",
    "introduction",
    "organisation_name",
    "organisation_type",
    "country",
    "region_code",
    "region_name",
    "dimensions",
    "target_groups",
    "competences",
    "funding",
    "year_started",
    "year_ended",
    "contact",
    "is_example",
)


def _cell(value):
    text = str(value)
    return "'" + text if text.startswith(FORMULA_PREFIXES) else text


def propose_practice(request, index_page):
    """The public proposal form; a valid proposal becomes a draft for the moderators."""
    status = 200
    submitted = False
    if request.method == "POST":
        form = PracticeProposalForm(request.POST, request.FILES)
        if too_many_submissions("practice-proposals", request):
            form.is_valid()
            form.add_error(
                None, _("Too many proposals from your address; please try again in an hour.")
            )
            status = 429
        elif form.is_valid():
            if not form.is_spam():
                create_draft(index_page, form.cleaned_data, get_language())
            submitted = True
        else:
            status = 400
    else:
        form = PracticeProposalForm()
    response = index_page.render(
        request,
        template="practices/propose_practice.html",
        context_overrides={"form": form, "submitted": submitted},
    )
    response.status_code = status
    return response
