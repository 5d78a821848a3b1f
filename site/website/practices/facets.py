"""Facet filters of the practice index: parsing a query string, filtering, counting values.

Values within a facet are alternatives (OR); facets combine (AND). A value's count is the
number of practices the visitor would see with that value ticked: the other facets' filters
apply, its own does not. Every count comes from a fixed number of aggregate queries,
whatever the number of practices; the number of practices matching every facet (the
listing's total) comes from the same aggregate query as the vocabulary facets' counts.
"""

import re
from dataclasses import dataclass, field, replace
from functools import reduce
from operator import or_

from django.db.models import Count, Max, Min, Q
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from django_countries import countries

from website.core.vocabularies import Competence, Dimension, FundingProgramme, OrganisationType

from .fields import token
from .models import AUDIENCE_CHOICES, PracticeKeywords, PracticeTag

NUTS_CODE = re.compile(r"^[A-Z]{2}[0-9A-Z]{1,3}$")
TAG_SLUG = re.compile(r"^[-a-z0-9_]{1,100}$")
MAX_VALUES_PER_FACET = 20
MAX_YEARS_SHOWN = 40


@dataclass
class FacetValue:
    code: str
    label: str
    count: int = 0
    selected: bool = False
    remove_query: str = ""  # for a selected value: the query string without it


@dataclass
class Facet:
    """One filterable property of a practice."""

    param: str
    label: str
    field: str

    def parse(self, raw_values):
        """(valid values, ignored values) out of the query string's values."""
        valid, ignored = [], []
        for value in raw_values[:MAX_VALUES_PER_FACET]:
            (valid if self.is_valid(value) else ignored).append(value)
        return list(dict.fromkeys(valid)), ignored

    def q(self, values):
        return reduce(or_, (self.value_q(value) for value in values))

    def value_q(self, value):
        return Q(**{self.field: value})


@dataclass
class ChoiceFacet(Facet):
    """A facet over a fixed vocabulary: all its counts come from one shared aggregate query."""

    choices: list = field(default_factory=list)

    def is_valid(self, value):
        return value in dict(self.choices)

    def options(self):
        return [(str(code), str(label)) for code, label in self.choices]


@dataclass
class SetFacet(ChoiceFacet):
    """A facet over a `ChoiceSetField`: a practice can carry several of its values."""

    def value_q(self, value):
        return Q(**{f"{self.field}__contains": token(value)})


@dataclass
class YearFacet(ChoiceFacet):
    """Years in which a practice was active; the choices span the practices on show."""

    def is_valid(self, value):
        return value.isdigit() and len(value) == 4

    def value_q(self, value):
        year = int(value)
        return Q(year_started__lte=year) & (Q(year_ended__gte=year) | Q(year_ended__isnull=True))


@dataclass
class GroupedFacet(Facet):
    """A facet with open-ended values (regions, tags), counted by grouping."""

    pattern: re.Pattern = None
    label_field: str = ""

    def is_valid(self, value):
        return bool(self.pattern.match(value))

    def value_label(self, code, name):
        return f"{name} ({code})" if name else code

    def rows(self, queryset):
        """(code, label, count) for each value among the practices of `queryset`."""
        rows = (
            queryset.exclude(**{self.field: ""})
            .values_list(self.field, self.label_field or self.field)
            .annotate(count=Count("pk"))
            .order_by()
        )
        for code, name, count in rows:
            yield code, self.value_label(code, name), count


@dataclass
class CountryFacet(GroupedFacet):
    """ISO 3166 countries, named in the visitor's language."""

    def is_valid(self, value):
        return value in countries

    def value_label(self, code, name):
        return countries.name(code)


@dataclass
class TagFacet(GroupedFacet):
    """Free keywords; matched through a subquery so that no join multiplies the practices."""

    def value_q(self, value):
        return self.q([value])

    def q(self, values):
        tagged = PracticeTag.objects.filter(tag__slug__in=values).values("content_object_id")
        return Q(pk__in=tagged)

    def rows(self, queryset):
        """(keyword, label in the reader's language, count) for each keyword in use."""
        labels = PracticeKeywords.labels_for(get_language())
        rows = (
            PracticeTag.objects.filter(content_object__in=queryset.values("pk"))
            .values_list("tag__slug", "tag__name")
            .annotate(count=Count("content_object_id"))
            .order_by()
        )
        for keyword, name, count in rows:
            yield keyword, labels.get(keyword, name), count


@dataclass
class OriginFacet(ChoiceFacet):
    """Reported practices or examples written by the project: ticking "reported" hides the
    examples."""

    def value_q(self, value):
        return Q(is_example=value == EXAMPLE)


REPORTED, EXAMPLE = "reported", "example"
ORIGIN_CHOICES = [
    (REPORTED, _("Reported practice")),
    (EXAMPLE, _("Example written by the DIG.INT project")),
]


def all_facets(years=()):
    return [
        SetFacet("dimension", _("Internationalisation dimension"), "dimensions", Dimension.choices),
        SetFacet("audience", _("Target group"), "target_groups", AUDIENCE_CHOICES),
        SetFacet("competence", _("Competence"), "competences", Competence.choices),
        SetFacet("funding", _("Funding programme"), "funding", FundingProgramme.choices),
        ChoiceFacet(
            "organisation", _("Type of organisation"), "organisation_type", OrganisationType.choices
        ),
        YearFacet("year", _("Active in"), "year_started", [(str(y), str(y)) for y in years]),
        CountryFacet("country", _("Country"), "country"),
        GroupedFacet("region", _("Region"), "region_code", NUTS_CODE, "region_name"),
        TagFacet("tag", _("Tag"), "tags", TAG_SLUG),
        OriginFacet("origin", _("Origin"), "is_example", ORIGIN_CHOICES),
    ]


@dataclass
class Selection:
    """What the visitor asked for: valid values per facet, and what was ignored."""

    values: dict
    ignored: list

    @classmethod
    def from_query(cls, query_dict, facets):
        values, ignored = {}, []
        for facet in facets:
            valid, rejected = facet.parse(query_dict.getlist(facet.param))
            if valid:
                values[facet.param] = valid
            ignored.extend((facet.label, value) for value in rejected)
        return cls(values, ignored)

    def q(self, facets, *, excluding=None):
        """All selected facets' filters combined, leaving out the facet `excluding`."""
        condition = Q()
        for facet in facets:
            if facet.param != excluding and facet.param in self.values:
                condition &= facet.q(self.values[facet.param])
        return condition

    def is_empty(self):
        return not self.values


def year_span(queryset, current_year):
    """The years in which the practices of `queryset` were active, newest first."""
    bounds = queryset.aggregate(first=Min("year_started"), last=Max("year_ended"))
    if bounds["first"] is None:
        return []
    last = min(max(bounds["last"] or current_year, current_year), current_year)
    first = max(bounds["first"], last - MAX_YEARS_SHOWN + 1)
    return list(range(last, first - 1, -1))


@dataclass
class FacetCounts:
    """What the facet column shows, and how many practices match every selected facet."""

    values: list  # (facet, [FacetValue]) in display order
    total: int


def count_values(queryset, facets, selection):
    """Each facet with its values and counts; `queryset` holds the searched practices."""
    choice_facets = [facet for facet in facets if isinstance(facet, ChoiceFacet)]
    aggregates = {"total": Count("pk", filter=selection.q(facets))}
    for facet_index, facet in enumerate(choice_facets):
        others = selection.q(facets, excluding=facet.param)
        for value_index, (code, _label) in enumerate(facet.options()):
            aggregates[f"f{facet_index}_{value_index}"] = Count(
                "pk", filter=others & facet.value_q(code)
            )
    counts = queryset.aggregate(**aggregates)
    result = []
    for facet_index, facet in enumerate(choice_facets):
        chosen = set(selection.values.get(facet.param, ()))
        values = [
            FacetValue(code, label, counts[f"f{facet_index}_{value_index}"], code in chosen)
            for value_index, (code, label) in enumerate(facet.options())
        ]
        result.append((facet, values))
    for facet in facets:
        if isinstance(facet, GroupedFacet):
            result.append((facet, _grouped_values(queryset, facets, facet, selection)))
    order = [facet.param for facet in facets]
    result = [(_in_plain_text(facet), values) for facet, values in result]
    return FacetCounts(sorted(result, key=lambda pair: order.index(pair[0].param)), counts["total"])


def _in_plain_text(facet):
    """The facet with its label and choices as plain strings in the current language.

    Facet counts are cached per language; a lazy translation in the cached value would be
    rebuilt on every read (unpickling one defines a new proxy class: about 40 per page).
    """
    changes = {"label": str(facet.label)}
    if isinstance(facet, ChoiceFacet):
        changes["choices"] = facet.options()
    return replace(facet, **changes)


def _grouped_values(queryset, facets, facet, selection):
    chosen = set(selection.values.get(facet.param, ()))
    filtered = queryset.filter(selection.q(facets, excluding=facet.param))
    values = {
        code: FacetValue(code, label, count, code in chosen)
        for code, label, count in facet.rows(filtered)
    }
    for code in chosen - values.keys():
        values[code] = FacetValue(code, code, 0, True)
    return sorted(values.values(), key=lambda value: (-value.count, value.label))
