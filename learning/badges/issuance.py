"""Issuing an OpenBadgeCredential exactly once, when an Achievement's criteria are met.

Criteria are computed only from the platform's own learning events (statements that LRS
clients post never become learning events), and the unique constraint on (achievement,
learner) makes concurrent completions issue one credential.
"""

import json
import logging
import secrets

from django.conf import settings
from django.db import IntegrityError, transaction
from django.utils import timezone

from learning.progress.models import Enrolment
from learning.progress.services import record_event
from learning.progress.vocabulary import ActivityType, Verb

from . import addresses, documents, proofs
from .identity import new_salt
from .keys import load_issuer_key
from .models import STATUS_LIST_LENGTH, Achievement, Credential

logger = logging.getLogger(__name__)

# The xAPI registry's activity type for a badge (Activity Streams 1.0).
BADGE_ACTIVITY_TYPE = "http://activitystrea.ms/schema/1.0/badge"
# Random status indexes rarely collide; a list this full needs a second list, not more draws.
_INDEX_DRAWS = 20


def on_event_recorded(sender, event, **kwargs):
    """After a course completion commits, issue its credential if the criteria are met."""
    if event.verb == Verb.COMPLETED and event.activity_type == ActivityType.COURSE:
        enrolment_id = event.enrolment_id
        transaction.on_commit(lambda: issue_safely(enrolment_id))


def issue_safely(enrolment_id):
    """`issue_for_enrolment`, logging rather than failing the learner's request.

    The completion is already committed; a credential that could not be issued (no key yet)
    is issued later by `manage.py issue_credentials`.
    """
    try:
        return issue_for_enrolment(Enrolment.objects.get(pk=enrolment_id))
    except Exception:
        logger.exception("No credential issued for enrolment %s", enrolment_id)
        return None


def criteria_evidence(achievement, enrolment):
    """The events that meet the criteria (course and modules completed, quizzes passed).

    Returns them in the order of the rule, or None while any is missing.
    """
    wanted = [(Verb.COMPLETED, achievement.course_iri)]
    wanted += [(Verb.COMPLETED, iri) for iri in achievement.required_modules]
    wanted += [(Verb.PASSED, iri) for iri in achievement.required_quizzes]
    events = {}
    for event in enrolment.events.filter(
        verb__in=[Verb.COMPLETED, Verb.PASSED],
        activity_iri__in=[iri for _verb, iri in wanted],
    ).order_by("timestamp"):
        events.setdefault((event.verb, event.activity_iri), event)
    if any(key not in events for key in wanted):
        return None
    return [events[key] for key in wanted]


def _language(enrolment, achievement, evidence):
    candidates = [evidence[0].language, getattr(enrolment.learner, "preferred_language", "")]
    for language in candidates:
        code = (language or "").split("-")[0]
        if code in achievement.texts:
            return code
    return settings.LANGUAGE_CODE


def issue_for_enrolment(enrolment):
    """Issue the enrolment's credential once its criteria are met; returns it or None."""
    achievement = Achievement.objects.filter(course_iri=enrolment.course_iri).first()
    if achievement is None:
        return None
    existing = Credential.objects.filter(achievement=achievement, learner=enrolment.learner)
    if existing.exists():
        return existing.get()
    evidence = criteria_evidence(achievement, enrolment)
    if evidence is None:
        return None
    credential = _store(enrolment, achievement, evidence)
    record_event(
        enrolment,
        Verb.EARNED,
        achievement.iri,
        BADGE_ACTIVITY_TYPE,
        parent_iri=achievement.course_iri,
        result={"completion": True},
        language=credential.language,
        once=True,
    )
    return credential


def holder_name(learner):
    """The name on the learner's credentials: the one they chose, else their name or username."""
    chosen = getattr(learner, "credential_name", "") or ""
    return chosen.strip() or learner.get_full_name() or learner.username


def _store(enrolment, achievement, evidence):
    """Sign and store the credential; a concurrent issuer's credential wins a race."""
    learner = enrolment.learner
    issuer_key = load_issuer_key()
    for _attempt in range(_INDEX_DRAWS):
        credential = Credential(
            achievement=achievement,
            learner=learner,
            enrolment=enrolment,
            language=_language(enrolment, achievement, evidence),
            issued_at=timezone.now().replace(microsecond=0),
            status_index=secrets.randbelow(STATUS_LIST_LENGTH),
        )
        unsigned = documents.credential_document(
            credential, holder_name(learner), evidence, email=learner.email, salt=new_salt()
        )
        signed = proofs.sign(unsigned, issuer_key, addresses.verification_method_id())
        credential.document = json.dumps(signed, ensure_ascii=False)
        try:
            with transaction.atomic():
                credential.save(force_insert=True)
            return credential
        except IntegrityError:
            # Either another process issued this credential meanwhile (return theirs), or
            # the random status index was taken (draw another).
            winner = Credential.objects.filter(achievement=achievement, learner=learner).first()
            if winner is not None:
                return winner
    raise IntegrityError("No free index in the status list after several draws.")
