"""The day sums of the answers (`AnswerDay`): kept with the answers, read by item analysis.

An answer adds its learner to the row of its question, language, first response and the day
its enrolment began; answering again adds an attempt. Before enrolments' rows are deleted
(a learner erased, an enrolment replayed after a voiding) their answers' share is taken out;
`aggregates.rebuild` starts from none. All sums are additive, so a period adds its days up.
"""

from django.db import connection
from django.db.models import Count, F, Min, Q, Sum
from django.db.models.functions import TruncDate
from django.utils import timezone

from .models import AnswerDay, AnswerFact

ROWS_PER_UPSERT = 500
COLUMNS = (*AnswerDay.KEY, *AnswerDay.SUMS, "first")


def day_of(moment):
    """The day of `moment` in the site's time zone (the one `Selection.bounds` uses)."""
    return timezone.localtime(moment, timezone.get_default_timezone()).date()


def answer_key(answer, enrolment):
    """The day row an answer fact counts in."""
    return (
        enrolment.course_iri,
        answer.quiz_iri,
        answer.question_iri,
        answer.language,
        answer.first_response,
        day_of(enrolment.enrolled_at),
        enrolment.synthetic,
    )


def answer_sums(answer):
    """What one learner's answers to a question add: (people, correct, attempts, x, x², xy)."""
    score = answer.attempt_score or 0.0
    right = bool(answer.first_correct)
    return (1, int(right), answer.answers, score, score * score, score if right else 0.0)


def merge(totals, key, sums, first):
    """Add `sums` (and the answer id `first`) to `totals[key]`."""
    known = totals.get(key)
    if known is None:
        totals[key] = (*sums, first)
    else:
        added = tuple(a + b for a, b in zip(known[:-1], sums, strict=True))
        totals[key] = (*added, min(known[-1], first))


def add(totals):
    """Add {key: (*sums, first id)} to the day rows: one upsert per chunk, keys in order.

    Concurrent storing transactions then lock the rows they share in the same order and wait
    for each other instead of deadlocking (PostgreSQL). Sums may be negative (taken out).
    """
    if not totals:
        return
    table = connection.ops.quote_name(AnswerDay._meta.db_table)
    quoted = [connection.ops.quote_name(column) for column in COLUMNS]
    key_columns = ", ".join(quoted[: len(AnswerDay.KEY)])
    least = "LEAST" if connection.vendor == "postgresql" else "MIN"
    first = connection.ops.quote_name("first")
    updates = ", ".join(
        f"{column} = {table}.{column} + EXCLUDED.{column}"
        for column in quoted[len(AnswerDay.KEY) : -1]
    )
    day_field = AnswerDay._meta.get_field("day")
    row = "(" + ", ".join(["%s"] * len(COLUMNS)) + ")"
    rows = sorted(totals.items())
    with connection.cursor() as cursor:
        for start in range(0, len(rows), ROWS_PER_UPSERT):
            chunk = rows[start : start + ROWS_PER_UPSERT]
            params = []
            for (course, quiz, question, language, response, day, synthetic), values in chunk:
                day = day_field.get_db_prep_value(day, connection)
                params += [course, quiz, question, language, response, day, synthetic, *values]
            cursor.execute(
                f"INSERT INTO {table} ({', '.join(quoted)}) VALUES {', '.join([row] * len(chunk))} "  # noqa: S608
                f"ON CONFLICT ({key_columns}) DO UPDATE SET {updates}, "
                f"{first} = {least}({table}.{first}, EXCLUDED.{first})",
                params,
            )


def remove(enrolments):
    """Take the share of these enrolments' answers out (call before deleting them)."""
    rows = (
        AnswerFact.objects.filter(enrolment__in=enrolments)
        .values(
            "quiz_iri",
            "question_iri",
            "language",
            "first_response",
            course_iri=F("enrolment__course_iri"),
            day=TruncDate("enrolment__enrolled_at", tzinfo=timezone.get_default_timezone()),
            synthetic=F("enrolment__synthetic"),
        )
        .annotate(**_sums(), first_id=Min("pk"))
        .order_by()
    )
    totals = {}
    for row in rows:
        sums = tuple(-(row[name] or 0) for name in AnswerDay.SUMS)
        merge(totals, tuple(row[name] for name in AnswerDay.KEY), sums, row["first_id"])
    if not totals:
        return
    add(totals)
    # Rows nobody is left in go, as a rebuild would not make them.
    quizzes = {key[1] for key in totals}
    AnswerDay.objects.filter(quiz_iri__in=quizzes, people__lte=0).delete()


def _sums():
    """The sums of `AnswerDay.SUMS` over answer facts."""
    right = Q(first_correct=True)
    return {
        "people": Count("pk"),
        "correct": Count("pk", filter=right),
        "attempts": Sum("answers"),
        "sum_x": Sum("attempt_score"),
        "sum_xx": Sum(F("attempt_score") * F("attempt_score")),
        "sum_xy": Sum("attempt_score", filter=right),
    }


def from_facts(selection, quiz_iris):
    """Item sums per (quiz, question, language, first response) from every answer selected."""
    answers = AnswerFact.objects.filter(selection.conditions("enrolment__"), quiz_iri__in=quiz_iris)
    if selection.language:
        answers = answers.filter(
            Q(language=selection.language) | Q(language__startswith=f"{selection.language}-")
        )
    return (
        answers.values("quiz_iri", "question_iri", "language", "first_response")
        .annotate(**_sums(), first_id=Min("pk"))
        .order_by("first_id")
    )


def from_days(selection, quiz_iris):
    """The same sums from the day rows: the selection names no profile field or language."""
    days = AnswerDay.objects.filter(
        quiz_iri__in=quiz_iris, day__gte=selection.start, day__lte=selection.end
    )
    if selection.course:
        days = days.filter(course_iri=selection.course)
    if not selection.synthetic:
        days = days.filter(synthetic=False)
    rows = (
        days.values("quiz_iri", "question_iri", "language", "first_response")
        .annotate(**{f"total_{name}": Sum(name) for name in AnswerDay.SUMS}, first_id=Min("first"))
        .filter(total_people__gt=0)
        .order_by("first_id")
    )
    for row in rows:
        yield {**row, **{name: row[f"total_{name}"] for name in AnswerDay.SUMS}}


def item_sums(selection, quiz_iris):
    """Rows of sums per (quiz, question, language, first response), in the order first met.

    From the day rows unless the selection narrows the learners by a field they do not keep.
    """
    narrowed = (
        selection.language
        or selection.target_group
        or selection.country
        or selection.organisation_type
    )
    return from_facts(selection, quiz_iris) if narrowed else from_days(selection, quiz_iris)
