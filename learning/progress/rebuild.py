"""Rebuild enrolments and learning events from the platform's stored xAPI statements.

Statements are the source of truth; events are their projection for fast progress queries.
Only the platform's own statements count (never those LRS clients post), voided ones excepted.
"""

from uuid import UUID

from django.db import transaction

from learning.xapi.models import LearnerAccount, Statement
from learning.xapi.primitives import parse_timestamp
from learning.xapi.vocabulary import ONCE_KEY_EXTENSION

from .models import Enrolment, LearningEvent
from .vocabulary import ActivityType, Verb


def event_fields(body):
    """The LearningEvent fields a platform statement records."""
    context = body.get("context", {})
    parents = context.get("contextActivities", {}).get("parent", [])
    return {
        "id": body["id"],
        "verb": body["verb"]["id"],
        "activity_iri": body["object"]["id"],
        "activity_type": body["object"].get("definition", {}).get("type", ""),
        "parent_iri": parents[0]["id"] if parents else "",
        "result": body.get("result", {}),
        "language": context.get("language", ""),
        "timestamp": parse_timestamp(body["timestamp"]),
        "idempotency_key": context.get("extensions", {}).get(ONCE_KEY_EXTENSION),
    }


def rebuild_progress():
    """Replace every learning event by the projection of the statements; returns the count."""
    learners = dict(LearnerAccount.objects.values_list("name", "user_id"))
    statements = Statement.objects.filter(client__isnull=True, voided=False).order_by("seq")
    with transaction.atomic():
        LearningEvent.objects.all().delete()
        enrolments = {}
        events = []
        for body in statements.values_list("body", flat=True).iterator():
            fields = event_fields(body)
            registration = body["context"]["registration"]
            enrolment = enrolments.get(registration)
            if enrolment is None:
                enrolment = _enrolment(registration, body, learners)
                enrolments[registration] = enrolment
            if fields["verb"] == Verb.COMPLETED and fields["activity_type"] == ActivityType.COURSE:
                Enrolment.objects.filter(pk=enrolment.pk).update(completed_at=fields["timestamp"])
            events.append(LearningEvent(enrolment=enrolment, **fields))
        LearningEvent.objects.bulk_create(events, batch_size=500)
    return len(events)


def _enrolment(registration, body, learners):
    """The enrolment a registration names, re-created from its first statement if missing."""
    enrolment = Enrolment.objects.filter(pk=registration).first()
    if enrolment is not None:
        return enrolment
    learner_id = learners[UUID(body["actor"]["account"]["name"])]
    grouping = body["context"].get("contextActivities", {}).get("grouping", [])
    course_iri = grouping[0]["id"] if grouping else body["object"]["id"]
    return Enrolment.objects.create(
        pk=registration,
        learner_id=learner_id,
        course_iri=course_iri,
        enrolled_at=parse_timestamp(body["timestamp"]),
    )
