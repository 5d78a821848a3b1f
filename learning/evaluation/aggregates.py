"""Keeping the evaluation aggregates in step with the platform's statements, and rebuilding them.

`apply` is registered with `learning.xapi.services` and runs in the transaction that stores a
batch of statements, so the aggregates commit (or roll back) with the statements. The
platform's own statements count; those an LRS client sends count only when an administrator
switched the client's `feeds_evaluation` on, and only for the platform's courses.
When a platform statement is voided, the enrolments it touched are replayed from their
remaining statements in the same transaction, so the figures drop at once.
`rebuild` replaces every aggregate by the projection of the stored, unvoided platform
statements; it takes the statement table's share lock on PostgreSQL first, so that statements
arriving meanwhile wait and are applied afterwards, never lost and never counted twice.
"""

import uuid
from datetime import timedelta

from django.db import connection, transaction
from django.db.models import Q
from django.utils import timezone

from learning.badges.models import Achievement
from learning.progress.vocabulary import ActivityType, Verb
from learning.xapi.models import LearnerAccount, Statement
from learning.xapi.primitives import duration_seconds, parse_timestamp
from learning.xapi.vocabulary import VOIDED

from . import item_sums
from .models import ActiveWeek, ActivityFact, AnswerDay, AnswerFact, EnrolmentFact

CHUNK = 1000
# Seeds the hash of a registration into the key of its advisory lock (any fixed number).
LOCK_SEED = 19


def _first(items):
    return items[0]["id"] if items else ""


def _course_iri(body):
    """The course a statement belongs to: its grouping, itself, or its parent."""
    activities = body.get("context", {}).get("contextActivities", {})
    grouping = _first(activities.get("grouping", []))
    if grouping:
        return grouping
    if body["object"].get("definition", {}).get("type") == ActivityType.COURSE:
        return body["object"]["id"]
    return _first(activities.get("parent", []))


PROFILE_FIELDS = ("target_group", "country", "organisation_type")


def _profiles(names):
    """Account name → (the profile's `PROFILE_FIELDS` values, whether they are synthetic)."""
    fields = [f"user__{field}" for field in PROFILE_FIELDS]
    rows = LearnerAccount.objects.filter(name__in=names).values_list(
        "name", "user__synthetic_learner", *fields
    )
    return {
        str(name): (
            {field: value or "" for field, value in zip(PROFILE_FIELDS, values, strict=True)},
            synthetic is not None,
        )
        for name, synthetic, *values in rows
    }


def _learner(body):
    return body.get("actor", {}).get("account", {}).get("name", "")


def _registration(body):
    return str(body["context"]["registration"]).lower()


class _Batch:
    """The rows a batch of statements touches, read in a few queries and changed in memory.

    Rows are known by (registration, IRI), so that new enrolments need no id before `save`,
    which writes everything in bulk: new rows with one INSERT per table and chunk, changed rows
    with one UPDATE per table and chunk (a query per statement, or per new enrolment, made
    storing slow).
    """

    def __init__(self, bodies):
        registrations = {_registration(body) for body in bodies}
        # Locked until the storing transaction ends: two batches about one enrolment (two tabs
        # of a learner) then change its rows one after the other, and no count is lost.
        _lock_registrations(registrations)
        self.enrolments = {
            str(fact.registration): fact
            for fact in EnrolmentFact.objects.select_for_update().filter(
                registration__in=registrations
            )
        }
        known = {fact.pk: key for key, fact in self.enrolments.items()}
        self.activities = {
            (known[fact.enrolment_id], fact.activity_iri): fact
            for fact in ActivityFact.objects.filter(enrolment__in=known)
        }
        self.answers = {
            (known[fact.enrolment_id], fact.question_iri): fact
            for fact in AnswerFact.objects.filter(enrolment__in=known)
        }
        self.answers_before = {key: fact.answers for key, fact in self.answers.items()}
        self.changed_enrolments, self.changed_activities, self.changed_answers = set(), set(), set()
        names = {_learner(body) for body in bodies}
        self.profiles = _profiles([name for name in names if _is_uuid(name)])

    def enrolment(self, body, timestamp):
        registration = _registration(body)
        fact = self.enrolments.get(registration)
        if fact is None:
            learner = _learner(body)
            profile, synthetic = self.profiles.get(learner, ({}, False))
            fact = self.enrolments[registration] = EnrolmentFact(
                registration=registration,
                learner=learner,
                course_iri=_course_iri(body),
                language=body["context"].get("language", ""),
                enrolled_at=timestamp,
                synthetic=synthetic,
                **profile,
            )
        return registration, fact

    def activity(self, registration, iri, kind):
        """The activity's fact (new ones are created by `save`), marked as changed."""
        key = (registration, iri)
        fact = self.activities.get(key)
        if fact is None:
            fact = self.activities[key] = ActivityFact(
                enrolment=self.enrolments[registration], activity_iri=iri, kind=kind
            )
        self.changed_activities.add(key)
        return fact

    def save(self):
        """Write what the batch changed: a few bulk queries whatever its size."""
        _bulk_save(
            EnrolmentFact,
            [self.enrolments[key] for key in self.changed_enrolments | self._new_enrolments()],
            ["completed_at", "credential_at"],
        )
        _bulk_save(
            ActivityFact,
            [self.activities[key] for key in self.changed_activities],
            ["started_at", "completed_at", "attempts", "last_score", "seconds"],
        )
        _bulk_save(AnswerFact, [self.answers[key] for key in self.changed_answers], ["answers"])
        item_sums.add(self._answer_sums())

    def _answer_sums(self):
        """What the batch's answers add to the day sums: new learners, or further attempts."""
        totals = {}
        for key in self.changed_answers:
            fact = self.answers[key]
            day_key = item_sums.answer_key(fact, self.enrolments[key[0]])
            if key in self.answers_before:
                more = fact.answers - self.answers_before[key]
                item_sums.merge(totals, day_key, (0, 0, more, 0.0, 0.0, 0.0), fact.pk)
            else:
                item_sums.merge(totals, day_key, item_sums.answer_sums(fact), fact.pk)
        return totals

    def _new_enrolments(self):
        return {key for key, fact in self.enrolments.items() if fact.pk is None}


def _lock_registrations(registrations):
    """PostgreSQL: take a transaction lock per registration, in a fixed order.

    Row locks (FOR UPDATE below) cannot cover an enrolment that has no row yet: two batches
    starting the same enrolment would both insert its rows, and the second would break the
    unique constraints. The advisory lock makes the second wait until the first commits and
    then read its rows. SQLite runs one writer at a time anyway.
    """
    if connection.vendor != "postgresql" or not registrations:
        return
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT pg_advisory_xact_lock(key) FROM ("
            "SELECT hashtextextended(registration, %s) AS key "
            "FROM unnest(%s::text[]) AS registration ORDER BY key) AS ordered",
            [LOCK_SEED, sorted(registrations)],
        )


def _bulk_save(model, facts, fields):
    """Insert the new facts and update the others (sorted out first: inserting gives ids)."""
    new = [fact for fact in facts if fact.pk is None]
    known = [fact for fact in facts if fact.pk is not None]
    model.objects.bulk_create(new, batch_size=CHUNK)
    model.objects.bulk_update(known, fields, batch_size=CHUNK)


def _is_uuid(value):
    try:
        uuid.UUID(value)
    except (ValueError, TypeError, AttributeError):
        return False
    return True


def apply(bodies, client):
    """Add stored statements to the aggregates (in the storing transaction).

    Args:
        bodies: The statements just stored, as stored.
        client: The LRS client that stored them; None for the platform's own.
    """
    if client is not None and not client.feeds_evaluation:
        return
    replayed = _voided_registrations(bodies)
    bodies = [
        body
        for body in _countable(bodies, from_client=client is not None)
        if str(body["context"]["registration"]).lower() not in replayed
    ]
    _apply_all(bodies)
    if replayed:
        _replay(replayed)


def _apply_all(bodies):
    if not bodies:
        return
    batch = _Batch(bodies)
    weeks = set()
    for body in bodies:
        registration, timestamp = _apply_one(batch, body)
        weeks.add((registration, _monday(timestamp)))
    batch.save()
    ActiveWeek.objects.bulk_create(
        [
            ActiveWeek(enrolment=batch.enrolments[registration], week=monday)
            for registration, monday in weeks
        ],
        ignore_conflicts=True,
        batch_size=CHUNK,
    )


def _monday(moment):
    day = timezone.localtime(moment).date()
    return day - timedelta(days=day.weekday())


def _counted_statements():
    """The stored statements the aggregates project: the platform's and opted-in clients'."""
    return Statement.objects.filter(
        Q(client__isnull=True) | Q(client__feeds_evaluation=True), voided=False
    )


def _platform_courses():
    return set(Achievement.objects.values_list("course_iri", flat=True))


def _countable(bodies, *, from_client=False):
    """The statements that can count: with a registration, about an activity, not voiding.

    A client's only about the platform's own courses.
    """
    bodies = [
        body
        for body in bodies
        if body["verb"]["id"] != VOIDED
        and body.get("context", {}).get("registration")
        and body.get("object", {}).get("objectType", "Activity") == "Activity"
    ]
    if from_client and bodies:
        courses = _platform_courses()
        bodies = [body for body in bodies if _course_iri(body) in courses]
    return bodies


def _voided_registrations(bodies):
    """The registrations of the platform statements this batch voids (already marked voided)."""
    targets = [body["object"]["id"] for body in bodies if body["verb"]["id"] == VOIDED]
    if not targets:
        return set()
    voided = Statement.objects.filter(statement_id__in=targets, client__isnull=True).values_list(
        "body", flat=True
    )
    return {str(body["context"]["registration"]).lower() for body in _countable(list(voided))}


def _replay(registrations):
    """Rebuild the rows of these enrolments from their stored, unvoided platform statements."""
    replayed = EnrolmentFact.objects.filter(registration__in=registrations)
    item_sums.remove(replayed)
    replayed.delete()
    query = Q()
    for registration in registrations:
        query |= Q(body__context__registration=registration)
    rows = _counted_statements().filter(query).order_by("seq").values_list("body", "client_id")
    _apply_all(_counted_rows(list(rows)))


def _counted_rows(rows):
    """The countable bodies of (body, client id) rows, in their order."""
    bodies = _countable([body for body, _client in rows])
    from_client = {body["id"] for body, client_id in rows if client_id is not None}
    if from_client:
        courses = _platform_courses()
        bodies = [
            body for body in bodies if body["id"] not in from_client or _course_iri(body) in courses
        ]
    return bodies


def _apply_one(batch, body):
    timestamp = parse_timestamp(body["timestamp"])
    registration, enrolment = batch.enrolment(body, timestamp)
    verb = body["verb"]["id"]
    iri = body["object"]["id"]
    kind = body["object"].get("definition", {}).get("type", "")
    result = body.get("result", {})
    parent = _first(body["context"].get("contextActivities", {}).get("parent", []))
    if kind in (ActivityType.LESSON, ActivityType.ASSESSMENT) and verb != Verb.ANSWERED:
        # Opening, doing or attempting a unit starts the module it belongs to.
        if parent:
            _start(batch, registration, parent, timestamp)
    seconds = duration_seconds(result.get("duration"))
    if seconds is not None:
        _add_duration(batch, registration, kind, iri, parent, seconds)
    if kind == ActivityType.LESSON and verb == Verb.RESPONDED:
        fact = batch.activity(registration, iri, ActivityFact.REFLECTION)
        fact.completed_at = fact.completed_at or timestamp
    if kind == ActivityType.COURSE:
        if verb == Verb.COMPLETED and enrolment.completed_at is None:
            enrolment.completed_at = timestamp
            batch.changed_enrolments.add(registration)
    elif verb == Verb.EARNED:
        if enrolment.credential_at is None:
            enrolment.credential_at = timestamp
            batch.changed_enrolments.add(registration)
    elif kind == ActivityType.MODULE and verb in (Verb.LAUNCHED, Verb.COMPLETED):
        fact = _start(batch, registration, iri, timestamp)
        if verb == Verb.COMPLETED:
            fact.completed_at = fact.completed_at or timestamp
    elif kind == ActivityType.ASSESSMENT and verb in (Verb.ATTEMPTED, Verb.PASSED):
        fact = batch.activity(registration, iri, ActivityFact.QUIZ)
        if verb == Verb.ATTEMPTED:
            fact.attempts += 1
            fact.started_at = fact.started_at or timestamp
            fact.last_score = result.get("score", {}).get("raw")
        else:
            fact.completed_at = fact.completed_at or timestamp
    elif kind == ActivityType.INTERACTION and verb == Verb.ANSWERED:
        _answer(batch, registration, body, iri, result)
    return registration, timestamp


def _add_duration(batch, registration, kind, iri, parent, seconds):
    """Add a result's duration to the module it was spent in (the activity or its parent)."""
    if kind == ActivityType.MODULE:
        module = iri
    elif kind in (ActivityType.LESSON, ActivityType.ASSESSMENT) and parent:
        module = parent
    else:
        return
    fact = batch.activity(registration, module, ActivityFact.MODULE)
    fact.seconds = (fact.seconds or 0) + seconds


def _start(batch, registration, module_iri, timestamp):
    """The module's fact, started at `timestamp` unless it was started before."""
    fact = batch.activity(registration, module_iri, ActivityFact.MODULE)
    if fact.started_at is None or fact.started_at > timestamp:
        fact.started_at = timestamp
    return fact


def _answer(batch, registration, body, iri, result):
    """Count an answer; the first one is kept with the score of its quiz attempt."""
    key = (registration, iri)
    batch.changed_answers.add(key)
    fact = batch.answers.get(key)
    if fact is not None:
        fact.answers += 1
        return
    context = body["context"]
    quiz_iri = _first(context.get("contextActivities", {}).get("parent", []))
    quiz = batch.activities.get((registration, quiz_iri))
    batch.answers[key] = AnswerFact(
        enrolment=batch.enrolments[registration],
        question_iri=iri,
        quiz_iri=quiz_iri,
        language=context.get("language", ""),
        first_correct=bool(result.get("success")),
        first_response=str(result.get("response", ""))[:500],
        attempt_score=(quiz.last_score or 0) if quiz else 0,
    )


def apply_rows(rows):
    """Add stored (body, client id) rows to the aggregates, as `rebuild` reads them."""
    _apply_all(_counted_rows(rows))


def rebuild():
    """Replace the aggregates by the projection of the statements; returns the statements read.

    Runs in one transaction: a failure leaves the aggregates as they were.
    """
    with transaction.atomic():
        if connection.vendor == "postgresql":
            table = connection.ops.quote_name(Statement._meta.db_table)
            with connection.cursor() as cursor:
                # Storing waits (ROW EXCLUSIVE conflicts with SHARE) until the rebuild commits.
                cursor.execute(f"LOCK TABLE {table} IN SHARE MODE")  # noqa: S608
        # Deleting first also takes SQLite's write lock before anything is read.
        EnrolmentFact.objects.all().delete()
        AnswerDay.objects.all().delete()
        statements = _counted_statements().order_by("seq").values_list("body", "client_id")
        count = 0
        chunk = []
        for row in statements.iterator(chunk_size=CHUNK):
            chunk.append(row)
            if len(chunk) == CHUNK:
                apply_rows(chunk)
                count += len(chunk)
                chunk = []
        apply_rows(chunk)
        count += len(chunk)
    return count


def follow_profile(sender, instance, created, update_fields=None, **kwargs):
    """`post_save` receiver of the user model: their facts take the profile's country and type.

    A learner's facts always carry their current country and organisation type (as a rebuild
    would read them), kept in one UPDATE when the profile is saved. The target group stays the
    one stated at enrolment.
    """
    changed = {"country", "organisation_type"}
    if created or (update_fields is not None and not changed & set(update_fields)):
        return
    name = LearnerAccount.objects.filter(user=instance).values_list("name", flat=True).first()
    if name is None:
        return
    EnrolmentFact.objects.filter(learner=str(name)).update(
        country=str(instance.country or ""), organisation_type=instance.organisation_type or ""
    )


def forget_learner(sender, user, **kwargs):
    """`learner_erasing` receiver: the learner's rows go with their statements."""
    names = [
        str(name)
        for name in LearnerAccount.objects.filter(user=user).values_list("name", flat=True)
    ]
    erased = EnrolmentFact.objects.filter(learner__in=names)
    item_sums.remove(erased)
    erased.delete()
