"""The benchmarking part of the evaluation, per year and peer group (institution type).

Submissions, score distributions and year-on-year change, from the dimension scores that
`learning.benchmarking.scoring` stored when each assessment was submitted. Only verified
institutions count, as in the public report, and a figure is shown only for a group of at
least `MINIMUM_GROUP` institutions (the same rule). One query.
"""

import statistics
from dataclasses import dataclass

from learning.benchmarking.comparison import MINIMUM_GROUP
from learning.benchmarking.models import Assessment
from website.core.vocabularies import Dimension

ALL = ""
MEASURES = [*Dimension.values, "overall"]


@dataclass(frozen=True)
class Distribution:
    """One measure's scores in one group and year: institutions, quartiles and median."""

    institutions: int
    first: float | None
    median: float | None
    third: float | None

    @property
    def shown(self):
        return self.institutions >= MINIMUM_GROUP


def _rows(synthetic):
    fields = [Assessment.score_field(code) for code in Dimension.values] + ["score_overall"]
    assessments = Assessment.objects.filter(
        submitted_at__isnull=False, institution__is_verified=True
    )
    if not synthetic:
        assessments = assessments.filter(institution__is_synthetic=False)
    return assessments.values_list("period", "institution_id", "institution__kind", *fields)


def benchmark(synthetic=False):
    """Per (year, peer group): institutions, score distributions and year-on-year change.

    Returns {(year, group): {"institutions": n, "scores": {measure: Distribution},
    "change": (institutions in both years, mean change of the overall score or None)}}. The
    peer group is an institution type, or `ALL`. An institution with several submitted
    assessments in a year counts once, with the one submitted last.
    """
    latest = {}
    for period, institution, kind, *scores in _rows(synthetic).order_by("submitted_at"):
        latest[(period, institution)] = (kind, dict(zip(MEASURES, scores, strict=True)))
    groups = {}
    for (period, institution), (kind, scores) in latest.items():
        for group in (ALL, kind):
            groups.setdefault((period, group), {})[institution] = scores
    result = {}
    for (period, group), members in sorted(groups.items()):
        distributions = {}
        for measure in MEASURES:
            values = sorted(s[measure] for s in members.values() if s[measure] is not None)
            if len(values) >= MINIMUM_GROUP:
                first, median, third = statistics.quantiles(values, n=4, method="inclusive")
                distributions[measure] = Distribution(len(values), first, median, third)
            else:
                distributions[measure] = Distribution(len(values), None, None, None)
        before = groups.get((period - 1, group), {})
        both = [
            members[i]["overall"] - before[i]["overall"]
            for i in members.keys() & before.keys()
            if members[i]["overall"] is not None and before[i]["overall"] is not None
        ]
        change = statistics.fmean(both) if len(both) >= MINIMUM_GROUP else None
        result[(period, group)] = {
            "institutions": len(members),
            "scores": distributions,
            "change": (len(both), change),
        }
    return result
