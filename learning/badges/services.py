"""The public functions of the badges app: what `courses` and the views call."""

from decimal import Decimal

from django.db import transaction
from django.utils import timezone

from .issuance import issue_for_enrolment
from .models import Achievement, Credential

__all__ = ["define_achievement", "issue_for_enrolment", "learner_credentials", "revoke"]


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


def learner_credentials(learner):
    """The learner's own credentials, newest first, with their achievements."""
    return list(Credential.objects.filter(learner=learner).select_related("achievement"))
