"""Peer figures: percentiles among submitted assessments and the opted-in best performers.

Every figure is computed by the database in a fixed number of queries, however many
assessments there are. A group's figures are shown only when it holds at least
`MINIMUM_GROUP` institutions, so that no figure describes one institution.

The percentile of a score is the share of the group's assessments scoring lower, plus half of
those scoring the same (the mid-rank rule), so that equal scores share one percentile.
"""

from dataclasses import dataclass

from django.db.models import Count, Q

from django_countries.fields import Country

from website.core.vocabularies import Dimension

from .models import Assessment
from .scoring import maturity_level

MINIMUM_GROUP = 5
BEST_PERFORMERS_SHOWN = 3
PEER_FILTERS = ("country", "kind", "size")


@dataclass(frozen=True)
class GroupFigures:
    """Percentiles of one assessment within a group of submitted assessments.

    Attributes:
        institutions: How many institutions the group holds.
        assessments: How many submitted assessments it holds.
        percentiles: Dimension code → percentile (0–100), plus "overall"; empty when the group
            is too small to show figures.
    """

    institutions: int
    assessments: int
    percentiles: dict

    @property
    def shown(self):
        return bool(self.percentiles)


def _measures():
    return {code: Assessment.score_field(code) for code in Dimension.values} | {
        "overall": "score_overall"
    }


def group_figures(assessment, group):
    """The assessment's percentiles within `group` (a queryset of submitted assessments)."""
    own = {name: getattr(assessment, field) for name, field in _measures().items()}
    aggregates = {
        "institutions": Count("institution", distinct=True),
        "assessments": Count("pk"),
    }
    for name, field in _measures().items():
        aggregates[f"below_{name}"] = Count("pk", filter=Q(**{f"{field}__lt": own[name]}))
        aggregates[f"equal_{name}"] = Count("pk", filter=Q(**{field: own[name]}))
    counts = group.aggregate(**aggregates)
    percentiles = {}
    if counts["institutions"] >= MINIMUM_GROUP:
        total = counts["assessments"]
        percentiles = {
            name: round(100 * (counts[f"below_{name}"] + counts[f"equal_{name}"] / 2) / total)
            for name in _measures()
        }
    return GroupFigures(counts["institutions"], counts["assessments"], percentiles)


def comparable(assessment):
    """Submitted assessments of the same questionnaire version."""
    return Assessment.objects.filter(version=assessment.version, submitted_at__isnull=False)


def peer_group(assessment, filters):
    """Comparable assessments of institutions sharing the chosen traits (country, kind, size)."""
    institution = assessment.institution
    traits = {
        f"institution__{name}": getattr(institution, name)
        for name in PEER_FILTERS
        if name in filters
    }
    return comparable(assessment).filter(**traits)


@dataclass(frozen=True)
class BestPerformer:
    """An opted-in institution among the highest scores of a dimension.

    Attributes:
        name: The institution's name.
        country: Its country.
        score: Its score in the dimension.
        level: The maturity level of that score.
    """

    name: str
    country: object
    score: int
    level: object


def best_performers(assessment):
    """Dimension code → the best opted-in institutions (one query per dimension).

    Only institutions that opted in appear; each appears once, with its best assessment.
    """
    opted_in = comparable(assessment).filter(institution__shows_as_best_performer=True)
    found = {}
    for code in Dimension.values:
        field = Assessment.score_field(code)
        rows = opted_in.order_by(f"-{field}", "institution__name").values_list(
            "institution_id", "institution__name", "institution__country", field
        )[: BEST_PERFORMERS_SHOWN * 10]
        performers, seen = [], set()
        for institution_id, name, country, value in rows:
            if institution_id in seen:
                continue
            seen.add(institution_id)
            performers.append(
                BestPerformer(name, Country(code=country), value, maturity_level(value))
            )
            if len(performers) == BEST_PERFORMERS_SHOWN:
                break
        found[code] = performers
    return found
