"""Peer figures: percentiles among submitted assessments and the opted-in best performers.

Every figure is computed by the database in a fixed number of queries, however many
assessments there are. Three rules keep any figure from describing one institution:

1. Only verified institutions count (an administrator confirmed them), so nobody can make up
   institutions to build a group around a real one; an account registers a limited number of
   institutions (LEARNING_BENCHMARKING_MAX_REGISTRATIONS).
2. A group's figures are shown only when it holds at least `MINIMUM_GROUP` institutions.
3. Overlapping groups: a viewer can ask for the group of every combination of traits
   (country, type, size), and these groups nest. Comparing the figures of two nested groups
   that differ by one institution would reveal that institution's scores, so a group's
   figures are withheld when a larger group the viewer can ask for holds between 1 and
   `MINIMUM_GROUP - 1` more institutions (`disclosed_trait_sets`). Any two groups whose
   figures are shown are then equal or differ by at least `MINIMUM_GROUP` institutions.

The percentile of a score is the share of the group's assessments scoring lower, plus half of
those scoring the same (the mid-rank rule), so that equal scores share one percentile.
"""

from dataclasses import dataclass
from itertools import combinations

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
            is too small to show figures or withheld.
        withheld: The group is large enough but overlaps a larger one too closely (rule 3).
    """

    institutions: int
    assessments: int
    percentiles: dict
    withheld: bool = False

    @property
    def shown(self):
        return bool(self.percentiles)


def _measures():
    return {code: Assessment.score_field(code) for code in Dimension.values} | {
        "overall": "score_overall"
    }


def group_figures(assessment, group, disclosed=True):
    """The assessment's percentiles within `group` (a queryset of submitted assessments).

    `disclosed` False withholds them (rule 3), whatever the group's size.
    """
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
    withheld = counts["institutions"] >= MINIMUM_GROUP and not disclosed
    if counts["institutions"] >= MINIMUM_GROUP and disclosed:
        total = counts["assessments"]
        percentiles = {
            name: round(100 * (counts[f"below_{name}"] + counts[f"equal_{name}"] / 2) / total)
            for name in _measures()
        }
    return GroupFigures(counts["institutions"], counts["assessments"], percentiles, withheld)


def comparable(assessment):
    """Submitted assessments of verified institutions, of the same questionnaire version."""
    return Assessment.objects.filter(
        version=assessment.version, submitted_at__isnull=False, institution__is_verified=True
    )


def _traits(assessment, filters):
    institution = assessment.institution
    return {
        f"institution__{name}": getattr(institution, name)
        for name in PEER_FILTERS
        if name in filters
    }


def peer_group(assessment, filters):
    """Comparable assessments of institutions sharing the chosen traits (country, kind, size)."""
    return comparable(assessment).filter(**_traits(assessment, filters))


def disclosed_trait_sets(assessment):
    """The trait sets whose group figures may be shown to this assessment's viewer (rule 3).

    One query counts the institutions of every group the viewer can ask for.
    """
    trait_sets = [
        frozenset(chosen)
        for size in range(len(PEER_FILTERS) + 1)
        for chosen in combinations(PEER_FILTERS, size)
    ]
    counts = comparable(assessment).aggregate(
        **{
            "_".join(sorted(traits)) or "all": Count(
                "institution", distinct=True, filter=Q(**_traits(assessment, traits))
            )
            for traits in trait_sets
        }
    )
    size = {traits: counts["_".join(sorted(traits)) or "all"] for traits in trait_sets}
    return {
        traits
        for traits in trait_sets
        if size[traits] >= MINIMUM_GROUP
        and not any(
            0 < size[larger] - size[traits] < MINIMUM_GROUP
            for larger in trait_sets
            if larger < traits
        )
    }


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
