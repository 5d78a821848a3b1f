"""The evaluation's figures, from the aggregates in a fixed number of queries.

The number of queries does not grow with the number of learners. Every function takes a
`Selection` (period, course, language, target group, country, organisation type) and returns plain
numbers; `cells` decides what may be shown.
"""

import math
import statistics
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from django.conf import settings
from django.db import connection, transaction
from django.db.models import Aggregate, Count, DurationField, F, Q
from django.db.models.functions import TruncWeek
from django.utils import timezone

from learning.badges.models import Achievement
from learning.xapi.activities import canonical_definitions

from .item_sums import item_sums
from .models import ActiveWeek, ActivityFact, EnrolmentFact

NOT_STATED = "none"
# Room for the pages' sorts and hash tables (a 100,000-learner course spilled to disk at 4 MB).
WORK_MEM = "64MB"


@dataclass(frozen=True)
class Selection:
    """Which enrolments the figures describe.

    Attributes:
        start: First day of the period (enrolments, completions and credentials in it count).
        end: Last day of the period, included.
        course: A course IRI, or "" for every course.
        language: A language code, or "" for every language.
        target_group: A target group code, `NOT_STATED`, or "" for every group.
        country: A country code (ISO 3166), `NOT_STATED`, or "" for every country.
        organisation_type: An organisation type code, `NOT_STATED`, or "" for every type.
        synthetic: Include the synthetic learners (made up for demonstration).
    """

    start: date
    end: date
    course: str = ""
    language: str = ""
    target_group: str = ""
    country: str = ""
    organisation_type: str = ""
    synthetic: bool = False

    def bounds(self):
        """The period as aware datetimes [start, end + 1 day)."""
        zone = timezone.get_current_timezone()
        return (
            datetime.combine(self.start, time.min, zone),
            datetime.combine(self.end + timedelta(days=1), time.min, zone),
        )

    def enrolments(self, *, in_period=True):
        """The enrolments selected (enrolled within the period unless `in_period` is False)."""
        return EnrolmentFact.objects.filter(self.conditions(in_period=in_period))

    def conditions(self, prefix="", *, in_period=True):
        """The selection as a Q on the enrolment's fields, reached through `prefix`.

        A row that points to its enrolment filters on it through one join (with
        `prefix="enrolment__"`) instead of joining it and testing `IN` the selected ones too.
        """
        conditions = Q()
        if not self.synthetic:
            conditions &= Q(**{f"{prefix}synthetic": False})
        if self.course:
            conditions &= Q(**{f"{prefix}course_iri": self.course})
        if self.language:
            conditions &= Q(**{f"{prefix}language": self.language}) | Q(
                **{f"{prefix}language__startswith": f"{self.language}-"}
            )
        for field in ("target_group", "country", "organisation_type"):
            wanted = getattr(self, field)
            if wanted:
                conditions &= Q(**{f"{prefix}{field}": "" if wanted == NOT_STATED else wanted})
        if in_period:
            start, end = self.bounds()
            conditions &= Q(**{f"{prefix}enrolled_at__gte": start, f"{prefix}enrolled_at__lt": end})
        return conditions


@contextmanager
def working_memory():
    """A transaction in which PostgreSQL may use `WORK_MEM` per sort or hash (one query).

    With the default 4 MB, grouping a large course's answers and the percentiles of its times
    sorted on disk. `SET LOCAL` ends with the transaction, so no other request is affected.
    """
    with transaction.atomic():
        if connection.vendor == "postgresql":
            with connection.cursor() as cursor:
                cursor.execute(f"SET LOCAL work_mem = '{WORK_MEM}'")
        yield


def weeks(selection):
    """The Mondays of the weeks the period touches."""
    monday = selection.start - timedelta(days=selection.start.weekday())
    result = []
    while monday <= selection.end:
        result.append(monday)
        monday += timedelta(days=7)
    return result


def _week_counts(facts, field, selection):
    start, end = selection.bounds()
    rows = (
        facts.filter(**{f"{field}__gte": start, f"{field}__lt": end})
        .annotate(week=TruncWeek(field))
        .values("week")
        .annotate(people=Count("pk"))
    )
    counts = {}
    for row in rows:
        week = row["week"]
        week = week.date() if isinstance(week, datetime) else week
        counts[week] = counts.get(week, 0) + row["people"]
    return counts


def weekly(selection):
    """Per week: enrolments, course completions and credentials within the period."""
    facts = selection.enrolments(in_period=False)
    series = {
        "enrolled": _week_counts(facts, "enrolled_at", selection),
        "completed": _week_counts(facts, "completed_at", selection),
        "credentials": _week_counts(facts, "credential_at", selection),
    }
    return [
        (monday, {name: counts.get(monday, 0) for name, counts in series.items()})
        for monday in weeks(selection)
    ]


def active_weekly(selection):
    """Per week of the period: learners who recorded anything in it (one query)."""
    mondays = weeks(selection)
    rows = (
        ActiveWeek.objects.filter(
            selection.conditions("enrolment__", in_period=False),
            week__gte=mondays[0],
            week__lte=mondays[-1],
        )
        .values("week")
        .annotate(people=Count("enrolment__learner", distinct=True))
    )
    counts = {row["week"]: row["people"] for row in rows}
    return [(monday, counts.get(monday, 0)) for monday in mondays]


def breakdown(selection, dimension):
    """Enrolments in the period per course, language or target group.

    With how many of them have completed the course and earned the credential so far.
    """
    rows = (
        selection.enrolments()
        .values(dimension)
        .annotate(
            enrolled=Count("pk"),
            completed=Count("pk", filter=Q(completed_at__isnull=False)),
            credentials=Count("pk", filter=Q(credential_at__isnull=False)),
        )
        .order_by(dimension)
    )
    return [(row[dimension], row) for row in rows]


def known_courses():
    """Course IRI → its name in the active language: defined courses and those enrolled in."""
    courses = {
        achievement.course_iri: str(achievement) for achievement in Achievement.objects.all()
    }
    for iri in _enrolled_courses():
        courses.setdefault(iri, iri)
    return dict(sorted(courses.items(), key=lambda item: item[1].lower()))


def _enrolled_courses():
    """The distinct course IRIs of the enrolments, one index probe per course.

    `SELECT DISTINCT` would read every enrolment on every page; this walks the index on
    (course_iri, enrolled_at) from one course to the next (a "skip scan").
    """
    table = connection.ops.quote_name(EnrolmentFact._meta.db_table)
    with connection.cursor() as cursor:
        cursor.execute(
            f"WITH RECURSIVE courses(iri) AS ("  # noqa: S608 (our table name, no input)
            f"SELECT MIN(course_iri) FROM {table} "
            f"UNION ALL SELECT (SELECT MIN(course_iri) FROM {table} WHERE course_iri > iri) "
            f"FROM courses WHERE iri IS NOT NULL) "
            f"SELECT iri FROM courses WHERE iri IS NOT NULL"
        )
        return [iri for (iri,) in cursor.fetchall()]


def names(iris, language):
    """IRI → the activity's name in `language` (else English, else any, else its IRI)."""
    definitions = canonical_definitions(iris)
    result = {}
    for iri in iris:
        name_map = definitions.get(iri, {}).get("name", {})
        result[iri] = in_language(name_map, language) or iri.rsplit("/", 1)[-1]
    return result


def in_language(language_map, language):
    if not language_map:
        return ""
    language = (language or "").split("-")[0]
    for code in (language, settings.LANGUAGE_CODE):
        for tag, text in language_map.items():
            if tag.split("-")[0] == code:
                return text
    return next(iter(language_map.values()))


def structure(course_iri):
    """The course's modules and quizzes in order (from its Achievement), or None if unknown."""
    achievement = Achievement.objects.filter(course_iri=course_iri).first()
    if achievement is None:
        if not EnrolmentFact.objects.filter(course_iri=course_iri).exists():
            return None
        return {"modules": [], "quizzes": []}
    return {"modules": achievement.required_modules, "quizzes": achievement.required_quizzes}


def funnel(selection, course_structure):
    """The steps of the course and how many of the selected enrolments reached each.

    Returns (steps, median days from enrolment to completion or None, completers), steps being
    (kind, iri, people) with kind one of enrolled, started, completed-module, passed,
    completed, credential.
    """
    facts = selection.enrolments()
    totals = facts.aggregate(
        enrolled=Count("pk"),
        completed=Count("pk", filter=Q(completed_at__isnull=False)),
        credentials=Count("pk", filter=Q(credential_at__isnull=False)),
    )
    per_activity = {
        row["activity_iri"]: row
        for row in ActivityFact.objects.filter(
            selection.conditions("enrolment__"),
            kind__in=[ActivityFact.MODULE, ActivityFact.QUIZ],
            activity_iri__in=course_structure["modules"] + course_structure["quizzes"],
        )
        .values("activity_iri")
        # Counted on the enrolment column (never null) rather than the key: PostgreSQL then
        # reads the activities' covering index alone.
        .annotate(
            started=Count("enrolment", filter=Q(started_at__isnull=False)),
            done=Count("enrolment", filter=Q(completed_at__isnull=False)),
        )
    }
    steps = [("enrolled", "", totals["enrolled"])]
    for iri in course_structure["modules"]:
        row = per_activity.get(iri, {})
        steps.append(("started", iri, row.get("started", 0)))
        steps.append(("completed-module", iri, row.get("done", 0)))
    for iri in course_structure["quizzes"]:
        steps.append(("passed", iri, per_activity.get(iri, {}).get("done", 0)))
    steps.append(("completed", "", totals["completed"]))
    steps.append(("credential", "", totals["credentials"]))
    median, completers = _median_days_to_completion(facts.filter(completed_at__isnull=False))
    return steps, median, completers


def _median_days_to_completion(completed):
    """(median days from enrolment to completion or None, how many completed): one query.

    PostgreSQL takes the median itself; elsewhere the durations are fetched.
    """
    if connection.vendor == "postgresql":
        row = completed.aggregate(
            median=Percentile(
                F("completed_at") - F("enrolled_at"), 0.5, output_field=DurationField()
            ),
            people=Count("pk"),
        )
        median = row["median"]
        return (median.total_seconds() / 86400 if median is not None else None), row["people"]
    durations = [
        (done - enrolled).total_seconds() / 86400
        for enrolled, done in completed.values_list("enrolled_at", "completed_at")
    ]
    return (statistics.median(durations) if durations else None), len(durations)


class Percentile(Aggregate):
    """PostgreSQL's percentile_cont: the value at `fraction` of the ordered values.

    Interpolated between neighbours like `statistics.quantiles(method="inclusive")`.
    """

    function = "PERCENTILE_CONT"
    template = "%(function)s(%(fraction)s) WITHIN GROUP (ORDER BY %(expressions)s)"

    def __init__(self, expression, fraction, **extra):
        super().__init__(expression, fraction=float(fraction), **extra)


@dataclass
class ItemFigures:
    """Item analysis of one question for one language (or all of them).

    Attributes:
        people: Learners who answered it.
        correct: Of them, right at their first answer.
        attempts: Answers given in all (every attempt).
        sum_x: Sum of the raw quiz scores of the first answers' attempts.
        sum_xx: Sum of their squares.
        sum_xy: Sum of the scores of the learners right at first.
        options: Option id → learners who chose it at their first answer.
    """

    people: int = 0
    correct: int = 0
    attempts: int = 0
    sum_x: float = 0.0
    sum_xx: float = 0.0
    sum_xy: float = 0.0
    options: dict = None

    def add(self, other):
        """Add another group's sums (sums are additive; the statistics are computed after)."""
        self.people += other.people
        self.correct += other.correct
        self.attempts += other.attempts
        self.sum_x += other.sum_x
        self.sum_xx += other.sum_xx
        self.sum_xy += other.sum_xy
        for option, chosen in (other.options or {}).items():
            self.options[option] = self.options.get(option, 0) + chosen

    @property
    def difficulty(self):
        """The share right at the first answer."""
        return self.correct / self.people if self.people else None

    @property
    def discrimination(self):
        """Point-biserial correlation of the first answer with the rest of the attempt's score.

        The item itself is taken out of the score (the corrected item–rest correlation), so
        that a short quiz does not correlate with itself; None when either side is constant.
        """
        n, c = self.people, self.correct
        if not n:
            return None
        rest_sum = self.sum_x - c
        rest_squares = self.sum_xx - 2 * self.sum_xy + c
        rest_with_item = self.sum_xy - c
        mean = rest_sum / n
        variance = rest_squares / n - mean * mean
        p = c / n
        if variance <= 1e-12 or p in (0, 1):
            return None
        covariance = rest_with_item / n - mean * p
        return covariance / math.sqrt(variance * p * (1 - p))


def items(selection, quiz_iris):
    """Per quiz, per question (in the order learners met them), per language: ItemFigures.

    Returns {quiz iri: {question iri: {language: ItemFigures, "": all languages}}}.
    """
    sums = item_sums(selection, quiz_iris)
    result = {iri: {} for iri in quiz_iris}
    for row in sums:
        language = row["language"].split("-")[0]
        options = dict.fromkeys(filter(None, row["first_response"].split("[,]")), row["people"])
        figures = ItemFigures(
            people=row["people"],
            correct=row["correct"],
            attempts=row["attempts"] or 0,
            sum_x=row["sum_x"] or 0.0,
            sum_xx=row["sum_xx"] or 0.0,
            sum_xy=row["sum_xy"] or 0.0,
            options=options,
        )
        question = result[row["quiz_iri"]].setdefault(
            row["question_iri"], {"": ItemFigures(options={})}
        )
        question.setdefault(language, ItemFigures(options={})).add(figures)
        question[""].add(figures)
    return result


def definitions(iris):
    """The canonical activity definitions of `iris` (question texts and choices)."""
    return canonical_definitions(iris)
