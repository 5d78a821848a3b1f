"""The public functions courses use to enrol learners, record acts and read progress."""

import hashlib
import uuid

from django.db import IntegrityError, transaction
from django.utils import timezone

from learning.xapi.services import store_statements
from learning.xapi.statements import build_statement, learner_agent, platform_authority

from .models import Enrolment, LearningEvent, Reflection
from .signals import event_recorded
from .vocabulary import ActivityType, Verb


def enrol(learner, course_iri, language=""):
    """Enrol `learner` in the course (once); returns (enrolment, created)."""
    with transaction.atomic():
        enrolment, created = Enrolment.objects.get_or_create(learner=learner, course_iri=course_iri)
        if created:
            record_event(
                enrolment,
                Verb.REGISTERED,
                course_iri,
                ActivityType.COURSE,
                language=language,
                once=True,
            )
    return enrolment, created


def enrolment_for(learner, course_iri):
    """The learner's enrolment in the course, or None."""
    if not learner.is_authenticated:
        return None
    return Enrolment.objects.filter(learner=learner, course_iri=course_iri).first()


def record_event(
    enrolment,
    verb,
    activity_iri,
    activity_type,
    *,
    parent_iri="",
    result=None,
    language="",
    once=False,
    idempotency_key=None,
):
    """Record one act of a learner: the single entry point for learning events.

    `once=True` records the act (verb on activity) at most once per enrolment; an explicit
    `idempotency_key` does the same for acts such as a quiz attempt, keyed by its form. A
    repeated act returns the event already recorded. Returns (event, created).
    """
    if once:
        idempotency_key = f"{verb}|{activity_iri}"
    if idempotency_key is not None:
        idempotency_key = _digest(enrolment, idempotency_key)
    fields = {
        "enrolment": enrolment,
        "verb": verb,
        "activity_iri": activity_iri,
        "activity_type": activity_type,
        "parent_iri": parent_iri,
        "result": result or {},
        "language": language,
    }
    if idempotency_key is None:
        return _store(fields), True
    existing = LearningEvent.objects.filter(idempotency_key=idempotency_key).first()
    if existing is not None:
        return existing, False
    try:
        return _store({**fields, "idempotency_key": idempotency_key}), True
    except IntegrityError:
        # Another request (a second tab, a double click) recorded it in the meantime.
        return LearningEvent.objects.get(idempotency_key=idempotency_key), False


def _store(fields):
    """Store a new event, its xAPI statement (same id) and tell listeners, in one transaction."""
    event = LearningEvent(id=uuid.uuid4(), timestamp=timezone.now(), **fields)
    with transaction.atomic():
        store_statements([statement_for(event)], authority=platform_authority())
        event.save(force_insert=True)
        event_recorded.send(sender=LearningEvent, event=event)
    return event


def statement_for(event):
    """The xAPI statement that records `event` (its id is the event's id)."""
    enrolment = event.enrolment
    return build_statement(
        statement_id=event.id,
        actor=learner_agent(enrolment.learner),
        verb=event.verb,
        activity_iri=event.activity_iri,
        activity_type=event.activity_type,
        registration=enrolment.id,
        timestamp=event.timestamp,
        parent_iri=event.parent_iri,
        grouping_iri=enrolment.course_iri,
        result=event.result,
        language=event.language,
        once_key=event.idempotency_key,
    )


def _digest(enrolment, key):
    """A fixed-length key, scoped to the enrolment (IRIs can be long; tokens are per learner)."""
    return hashlib.sha256(f"{enrolment.pk}|{key}".encode()).hexdigest()


def is_recorded(enrolment, idempotency_key):
    """Whether an act with this key was already recorded for the enrolment."""
    return LearningEvent.objects.filter(
        idempotency_key=_digest(enrolment, idempotency_key)
    ).exists()


def completed_activities(enrolment):
    """IRIs of everything the enrolment has completed or passed."""
    if enrolment is None:
        return set()
    return set(
        enrolment.events.filter(verb__in=[Verb.COMPLETED, Verb.PASSED]).values_list(
            "activity_iri", flat=True
        )
    )


def quiz_attempts(enrolment, quiz_iri):
    """The enrolment's attempts at a quiz, oldest first."""
    return list(enrolment.events.filter(verb=Verb.ATTEMPTED, activity_iri=quiz_iri))


def last_experienced(enrolment, parent_iri):
    """The IRI of the unit the learner last opened within `parent_iri`, or None."""
    event = (
        enrolment.events.filter(verb=Verb.EXPERIENCED, parent_iri=parent_iri)
        .order_by("-timestamp")
        .first()
    )
    return event.activity_iri if event else None


def reflection_text(enrolment, unit_iri):
    """The learner's own reflection on a unit, or an empty string."""
    reflection = Reflection.objects.filter(enrolment=enrolment, unit_iri=unit_iri).first()
    return reflection.text if reflection else ""


def save_reflection(enrolment, unit_iri, text, parent_iri="", language=""):
    """Keep the learner's reflection (private) and record that they responded."""
    with transaction.atomic():
        Reflection.objects.update_or_create(
            enrolment=enrolment, unit_iri=unit_iri, defaults={"text": text}
        )
        record_event(
            enrolment,
            Verb.RESPONDED,
            unit_iri,
            ActivityType.LESSON,
            parent_iri=parent_iri,
            language=language,
        )


def quiz_summaries(enrolment):
    """For each quiz the learner attempted: attempts, best score (%) and whether they passed."""
    summaries = {}
    for event in enrolment.events.filter(verb=Verb.ATTEMPTED):
        summary = summaries.setdefault(
            event.activity_iri,
            {"parent_iri": event.parent_iri, "attempts": 0, "best": 0, "passed": False},
        )
        summary["attempts"] += 1
        scaled = event.result.get("score", {}).get("scaled", 0)
        summary["best"] = max(summary["best"], round(scaled * 100))
        summary["passed"] = summary["passed"] or bool(event.result.get("success"))
    return summaries
