"""Time on task and reflections of a course, from the aggregates in a fixed number of queries.

Time on task per module, for each learner who completed it: the durations its statements
reported, added up, when there are any; otherwise the time from its first launch to its
completion. Launch-to-completion spans include breaks (a learner may leave a module open
overnight), so times outside Tukey's fences — more than 1.5 interquartile ranges below the
first or above the third quartile — are left out before the median and mean are taken.
"""

import statistics
from dataclasses import dataclass

from django.db import connection
from django.db.models import Avg, Count, F, FloatField, Q, Value
from django.db.models.functions import Cast, Coalesce, Extract, Greatest

from .figures import Percentile
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
    """Module IRI → TimeOnTask for the selected enrolments (one query; two on PostgreSQL)."""
    rows = ActivityFact.objects.filter(
        Q(seconds__isnull=False) | Q(started_at__isnull=False),
        selection.conditions("enrolment__"),
        activity_iri__in=module_iris,
        kind=ActivityFact.MODULE,
        completed_at__isnull=False,
    )
    if connection.vendor == "postgresql":
        return _time_on_task_in_database(rows, module_iris)
    minutes = {iri: [] for iri in module_iris}
    reported = dict.fromkeys(module_iris, 0)
    for iri, seconds, started, completed in rows.values_list(
        "activity_iri", "seconds", "started_at", "completed_at"
    ):
        if seconds is not None:
            reported[iri] += 1
        else:
            seconds = (completed - started).total_seconds()
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


def _time_on_task_in_database(rows, module_iris):
    """`time_on_task` with the quartiles, fences, median and mean taken by PostgreSQL.

    The same figures without fetching a row per learner: first the quartiles per module, then
    the statistics of the times within each module's fences.
    """
    spent = Cast(
        Greatest(
            Coalesce(F("seconds"), Extract(F("completed_at") - F("started_at"), "epoch")),
            Value(0.0),
        ),
        FloatField(),
    )
    rows = rows.annotate(minutes=spent / 60.0)
    spread = {
        row["activity_iri"]: row
        for row in rows.values("activity_iri").annotate(
            people=Count("pk"),
            reported=Count("pk", filter=Q(seconds__isnull=False)),
            first=Percentile("minutes", 0.25),
            third=Percentile("minutes", 0.75),
        )
    }
    within = Q(pk__in=[])
    for iri, row in spread.items():
        if row["people"] < 4:
            within |= Q(activity_iri=iri)
        else:
            fence = FENCE * (row["third"] - row["first"])
            within |= Q(
                activity_iri=iri,
                minutes__gte=row["first"] - fence,
                minutes__lte=row["third"] + fence,
            )
    kept = {
        row["activity_iri"]: row
        for row in rows.filter(within)
        .values("activity_iri")
        .annotate(kept=Count("pk"), median=Percentile("minutes", 0.5), mean=Avg("minutes"))
    }
    result = {}
    for iri in module_iris:
        counts, figures = spread.get(iri, {}), kept.get(iri, {})
        result[iri] = TimeOnTask(
            people=counts.get("people", 0),
            kept=figures.get("kept", 0),
            median=figures.get("median"),
            mean=figures.get("mean"),
            reported=counts.get("reported", 0),
        )
    return result


def reflections(selection):
    """Reflection unit IRI → learners who wrote a reflection on it (counts only; one query)."""
    rows = (
        ActivityFact.objects.filter(
            selection.conditions("enrolment__"), kind=ActivityFact.REFLECTION
        )
        .values("activity_iri")
        .annotate(people=Count("pk"))
        .order_by("activity_iri")
    )
    return {row["activity_iri"]: row["people"] for row in rows}
