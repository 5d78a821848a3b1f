"""Everything the platform holds about a learner, gathered for their export (GDPR art. 15, 20).

Each function returns plain JSON-ready data for one kind of record; `export` writes them into
the zip. Times are ISO 8601 in UTC, so that any program can read them.
"""

import base64

from django.utils.translation import get_language

from allauth.account.models import EmailAddress

from learning.badges.models import Credential
from learning.benchmarking.models import Assessment, Institution
from learning.progress.models import Enrolment, LearningEvent, Reflection
from learning.xapi.statements import describe, site_url
from website.practices.models import PracticeSubmission

from . import lrs
from .identities import matching_email

PROFILE_FIELDS = (
    "username",
    "email",
    "first_name",
    "last_name",
    "credential_name",
    "preferred_language",
    "organisation",
    "country",
    "target_group",
)


def _time(moment):
    return moment.isoformat().replace("+00:00", "Z") if moment else None


def activity_name(iri, language=None):
    """The name the platform gives an activity, in `language` or else in any language."""
    names = describe(iri).get("name") or {}
    language = (language or get_language() or "en").split("-")[0]
    for tag, name in names.items():
        if tag.split("-")[0] == language:
            return name
    return next(iter(names.values()), "")


def profile(identity):
    """The account: profile fields, e-mail addresses and the pseudonymous xAPI account."""
    user = identity.user
    fields = {name: str(getattr(user, name)) for name in PROFILE_FIELDS if hasattr(user, name)}
    return {
        **fields,
        "date_joined": _time(user.date_joined),
        "last_login": _time(user.last_login),
        "email_addresses": [
            {"email": item.email, "verified": item.verified, "primary": item.primary}
            for item in EmailAddress.objects.filter(user=user).order_by("email")
        ],
        "xapi_account": {
            "homePage": site_url(),
            "name": str(identity.pseudonym),
        },
    }


def enrolments(user):
    """Enrolments with their learning events, oldest first."""
    rows = []
    for enrolment in Enrolment.objects.filter(learner=user).order_by("enrolled_at"):
        rows.append(
            {
                "registration": str(enrolment.id),
                "course": activity_name(enrolment.course_iri),
                "course_iri": enrolment.course_iri,
                "enrolled_at": _time(enrolment.enrolled_at),
                "completed_at": _time(enrolment.completed_at),
                "events": [event_row(event) for event in enrolment.events.order_by("timestamp")],
            }
        )
    return rows


def event_row(event):
    """One learning event as exported (also a row of progress.csv)."""
    return {
        "id": str(event.id),
        "registration": str(event.enrolment_id),
        "timestamp": _time(event.timestamp),
        "verb": event.verb,
        "activity": activity_name(event.activity_iri),
        "activity_iri": event.activity_iri,
        "activity_type": event.activity_type,
        "parent_iri": event.parent_iri,
        "result": event.result,
        "language": event.language,
    }


def learning_events(user):
    """All the learner's learning events, oldest first."""
    return [
        event_row(event)
        for event in LearningEvent.objects.filter(enrolment__learner=user).order_by("timestamp")
    ]


def reflections(user):
    """The learner's written reflections, oldest change first."""
    return [
        {
            "course": activity_name(reflection.enrolment.course_iri),
            "unit": activity_name(reflection.unit_iri),
            "unit_iri": reflection.unit_iri,
            "updated_at": _time(reflection.updated_at),
            "text": reflection.text,
        }
        for reflection in Reflection.objects.filter(enrolment__learner=user)
        .select_related("enrolment")
        .order_by("updated_at")
    ]


def lrs_documents(identity):
    """State and agent profile documents kept under the learner's agents."""
    kinds = {1: "state", 3: "agentProfile"}
    return [
        {
            "resource": kinds.get(document.kind, str(document.kind)),
            "id": document.document_id,
            "registration": str(document.registration) if document.registration else None,
            "content_type": document.content_type,
            "updated": _time(document.updated),
            "content_base64": base64.b64encode(bytes(document.content)).decode(),
        }
        for document in lrs.documents_of(identity)
    ]


def credentials(user):
    """The learner's credentials (the signed documents themselves are separate files)."""
    return list(
        Credential.objects.filter(learner=user).select_related("achievement").order_by("issued_at")
    )


def benchmarking(user):
    """Memberships, and the assessments and plan of institutions where they are the only member."""
    memberships = []
    for institution in Institution.objects.filter(members=user).order_by("name"):
        sole = institution.members.count() == 1
        item = {
            "institution": institution.name,
            "country": str(institution.country),
            "region": institution.region,
            "type": institution.kind,
            "size": institution.size,
            "shows_as_best_performer": institution.shows_as_best_performer,
            "registered_at": _time(institution.created_at),
            "you_are_the_only_member": sole,
        }
        if sole:
            item["assessments"] = [
                _assessment(assessment)
                for assessment in Assessment.objects.filter(institution=institution)
                .select_related("version")
                .order_by("period")
            ]
            item["plan"] = _plan(institution)
        memberships.append(item)
    return memberships


def _assessment(assessment):
    questions = {item["id"]: item for item in assessment.version.questions}
    return {
        "year": assessment.period,
        "submitted_at": _time(assessment.submitted_at),
        "scores": {**assessment.dimension_scores(), "overall": assessment.score_overall},
        "family_scores": assessment.family_scores,
        "answers": [
            {
                "question": questions.get(question_id, {}).get("text", ""),
                "question_id": question_id,
                "answer": answer,
            }
            for question_id, answer in assessment.answers.items()
        ],
    }


def _plan(institution):
    plan = getattr(institution, "plan", None)
    if plan is None:
        return None
    return {
        "first_year": plan.first_year,
        "baseline_year": plan.baseline.period,
        "objectives": [
            {
                "priority": objective.priority,
                "text": objective.text,
                "actions": [
                    {
                        "year": action.year,
                        "owner": action.owner,
                        "description": action.description,
                        "kpis": [
                            {
                                "measure": kpi.measure,
                                "label": kpi.label,
                                "baseline": kpi.baseline,
                                "target": kpi.target,
                            }
                            for kpi in action.kpis.all()
                        ],
                    }
                    for action in objective.actions.all()
                ],
            }
            for objective in plan.objectives.prefetch_related("actions__kpis")
        ],
    }


def practice_proposals(identity):
    """Good practices the learner proposed (by the e-mail address they gave), with their state."""
    proposals = []
    submissions = PracticeSubmission.objects.filter(matching_email(identity.emails))
    for submission in submissions.select_related("page").order_by("submitted_at"):
        page = submission.page
        proposals.append(
            {
                "submitted_at": _time(submission.submitted_at),
                "name": submission.name,
                "email": submission.email,
                "language": submission.language,
                "title": page.title if page else None,
                "summary": page.introduction if page else None,
                "organisation": page.organisation_name if page else None,
                "contact": page.contact if page else None,
                "state": "published" if page and page.live else "in review",
            }
        )
    return proposals
