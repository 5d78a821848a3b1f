"""Time on task and reflections of a course, from the aggregates in a fixed number of queries.

Time on task per module, for each learner who completed it: the durations its statements
reported, added up, when there are any; otherwise the time from its first launch to its
completion. Launch-to-completion spans include breaks (a learner may leave a module open
overnight), so times outside Tukey's fences — more than 1.5 interquartile ranges below the
first or above the third quartile — are left out before the median and mean are taken.
"""

import statistics
from dataclasses import dataclass

from django.db.models import Count

from .models import ActivityFact

FENCE = 1.5


@dataclass(frozen=True)
class TimeOnTask:
    """The time learners spent on one module.

    Attributes:
        people: Learners with a time (before trimming).
        kept: Of them, those whose time lies within the fences.
        median: Median of the kept times, in minutes (None without any).
        mean: Mean of the kept times, in minutes.
        reported: Of `people`, those whose time came from reported durations.
    """

    people: int
    kept: int
    median: float | None
    mean: float | None
    reported: int


def trimmed(values):
    """The values within Tukey's fences (all of them when there are fewer than four)."""
    if len(values) < 4:
        return list(values)
    first, _median, third = statistics.quantiles(values, n=4, method="inclusive")
    spread = third - first
    low, high = first - FENCE * spread, third + FENCE * spread
    return [value for value in values if low <= value <= high]


def time_on_task(selection, module_iris):
    """Module IRI → TimeOnTask for the selected enrolments (one query)."""
    minutes = {iri: [] for iri in module_iris}
    reported = dict.fromkeys(module_iris, 0)
    rows = ActivityFact.objects.filter(
        enrolment__in=selection.enrolments(),
        activity_iri__in=module_iris,
        kind=ActivityFact.MODULE,
        completed_at__isnull=False,
    ).values_list("activity_iri", "seconds", "started_at", "completed_at")
    for iri, seconds, started, completed in rows:
        if seconds is not None:
            reported[iri] += 1
        elif started is not None:
            seconds = (completed - started).total_seconds()
        else:
            continue
        minutes[iri].append(max(seconds, 0) / 60)
    result = {}
    for iri, values in minutes.items():
        kept = trimmed(values)
        result[iri] = TimeOnTask(
            people=len(values),
            kept=len(kept),
            median=statistics.median(kept) if kept else None,
            mean=statistics.fmean(kept) if kept else None,
            reported=reported[iri],
        )
    return result


def reflections(selection):
    """Reflection unit IRI → learners who wrote a reflection on it (counts only; one query)."""
    rows = (
        ActivityFact.objects.filter(
            enrolment__in=selection.enrolments(), kind=ActivityFact.REFLECTION
        )
        .values("activity_iri")
        .annotate(people=Count("pk"))
        .order_by("activity_iri")
    )
    return {row["activity_iri"]: row["people"] for row in rows}
