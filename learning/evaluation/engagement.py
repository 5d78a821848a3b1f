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
from django.db.models import Case, Count, F, FloatField, Q, Value, When
from django.db.models.functions import Cast, Coalesce, Extract, Greatest

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

    One pass over the selected activities: their times are kept (MATERIALIZED) for the
    quartiles per module and then for the statistics of the times within each module's fences,
    without fetching a row per learner or joining the enrolments twice.
    """
    spent = Cast(
        Greatest(
            Coalesce(F("seconds"), Extract(F("completed_at") - F("started_at"), "epoch")),
            Value(0.0),
        ),
        FloatField(),
    )
    times = rows.annotate(
        minutes=spent / 60.0,
        reported=Case(When(seconds__isnull=False, then=1), default=0),
    ).values_list("activity_iri", "minutes", "reported")
    inner, params = times.query.sql_with_params()
    with connection.cursor() as cursor:
        cursor.execute(
            f"""
            WITH times AS MATERIALIZED ({inner}),
            fences AS (
                SELECT activity_iri, COUNT(*) AS people, SUM(reported) AS reported,
                    PERCENTILE_CONT(0.25) WITHIN GROUP (ORDER BY minutes) AS first,
                    PERCENTILE_CONT(0.75) WITHIN GROUP (ORDER BY minutes) AS third
                FROM times GROUP BY activity_iri
            )
            SELECT fences.activity_iri, fences.people, fences.reported, COUNT(*),
                PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY times.minutes), AVG(times.minutes)
            FROM fences JOIN times ON times.activity_iri = fences.activity_iri AND (
                fences.people < 4 OR times.minutes BETWEEN
                    fences.first - %s * (fences.third - fences.first)
                    AND fences.third + %s * (fences.third - fences.first)
            )
            GROUP BY fences.activity_iri, fences.people, fences.reported
            """,  # noqa: S608 (the inner query is Django's, its values are parameters)
            [*params, FENCE, FENCE],
        )
        found = {row[0]: row[1:] for row in cursor.fetchall()}
    result = {}
    for iri in module_iris:
        people, reported, kept, median, mean = found.get(iri, (0, 0, 0, None, None))
        result[iri] = TimeOnTask(
            people=people, kept=kept, median=median, mean=mean, reported=reported
        )
    return result


def reflections(selection):
    """Reflection unit IRI → learners who wrote a reflection on it (counts only; one query)."""
    rows = (
        ActivityFact.objects.filter(
            selection.conditions("enrolment__"), kind=ActivityFact.REFLECTION
        )
        .values("activity_iri")
        # Counted on the enrolment column (never null): the covering index is enough.
        .annotate(people=Count("enrolment"))
        .order_by("activity_iri")
    )
    return {row["activity_iri"]: row["people"] for row in rows}
