"""The public functions of the badges app: what `courses` and the views call."""

from decimal import Decimal

from django.db import transaction
from django.utils import timezone

from .issuance import issue_for_enrolment
from .models import Achievement, Credential
from .share import share_links

__all__ = [
    "credential_for",
    "credential_share_links",
    "define_achievement",
    "issue_for_enrolment",
    "learner_credentials",
    "release_for_erasure",
    "revoke",
]

# The reason verifiers read for a credential revoked because its holder erased their account.
ERASURE_REVOCATION_REASON = "Revoked at the holder's request when their account was deleted."


def define_achievement(course_iri, **fields):
    """Create or update the Achievement of the course `course_iri`; returns it.

    `fields` are Achievement fields (texts, target_group, competences, eqf_level,
    workload_hours, ects, delivery_mode, required_modules, required_quizzes). Credentials
    already issued keep the definition they were signed with.
    """
    if "ects" in fields:
        fields["ects"] = Decimal(str(fields["ects"]))
    achievement, created = Achievement.objects.get_or_create(course_iri=course_iri, defaults=fields)
    if not created and any(getattr(achievement, name) != value for name, value in fields.items()):
        for name, value in fields.items():
            setattr(achievement, name, value)
        achievement.save()
    return achievement


class AlreadyRevoked(ValueError):
    """The credential was revoked before."""


def revoke(credential, reason):
    """Revoke `credential` for `reason`: its bit in the status list is set from now on."""
    reason = (reason or "").strip()
    if not reason:
        raise ValueError("A revocation needs a reason.")
    with transaction.atomic():
        locked = Credential.objects.select_for_update().get(pk=credential.pk)
        if locked.is_revoked:
            raise AlreadyRevoked(str(locked.pk))
        locked.revoked_at = timezone.now()
        locked.revocation_reason = reason
        locked.save(update_fields=["revoked_at", "revocation_reason"])
    credential.refresh_from_db()
    return credential


def credential_for(learner, course_iri):
    """The learner's credential for the course `course_iri`, or None (not issued yet)."""
    return (
        Credential.objects.filter(learner=learner, achievement__course_iri=course_iri)
        .select_related("achievement")
        .first()
    )


def credential_share_links(request, credential, language=None):
    """The links to show with a credential (see `share.share_links`)."""
    return share_links(request, credential, language)


def learner_credentials(learner):
    """The learner's own credentials, newest first, with their achievements."""
    return list(Credential.objects.filter(learner=learner).select_related("achievement"))


def release_for_erasure(learner, keep):
    """Detach the learner's credentials from their account before it is erased.

    Kept credentials (`keep=True`) stay valid: their signed document stays published (the
    learner may have shared it) with no link to the account. Otherwise each is revoked, so
    that copies stop verifying. A revoked credential (now or earlier) keeps only what
    verification needs: its status-list entry and the revocation; its document goes.
    Returns the credentials as they remain.
    """
    credentials = list(Credential.objects.select_for_update().filter(learner=learner))
    now = timezone.now()
    for credential in credentials:
        credential.learner = None
        credential.enrolment = None
        if not keep and not credential.is_revoked:
            credential.revoked_at = now
            credential.revocation_reason = ERASURE_REVOCATION_REASON
        if credential.is_revoked:
            credential.document = ""
        credential.save(
            update_fields=["learner", "enrolment", "revoked_at", "revocation_reason", "document"]
        )
    return credentials
