"""Inviting a colleague by e-mail to join an institution, and accepting or withdrawing it.

The link carries the invitation's id signed with the site's secret and a timestamp, so it
cannot be forged and stops working after LEARNING_BENCHMARKING_INVITATION_DAYS. The inviter
is told the same thing whether or not the address has an account here: nobody can use the form
to find out who is registered.
"""

from datetime import timedelta

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core import signing
from django.core.mail import send_mail
from django.db import models, transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from allauth.account.models import EmailAddress

from .models import Invitation
from .services import Refused

SALT = "learning.benchmarking.invitation"


def token_for(invitation):
    return signing.dumps(str(invitation.pk), salt=SALT)


def _lifetime():
    return timedelta(days=settings.LEARNING_BENCHMARKING_INVITATION_DAYS)


def _recipient_language(email, fallback):
    """The language of the account with this verified address, if it chose one."""
    preferred = (
        get_user_model()
        .objects.filter(
            emailaddress__email__iexact=email,
            emailaddress__verified=True,
            preferred_language__gt="",
        )
        .values_list("preferred_language", flat=True)
        .first()
    )
    return preferred or fallback


def invite(institution, inviter, email):
    """Send an invitation to `email`; an earlier pending one to the same address is withdrawn.

    Raises Refused (429) once the inviter has sent LEARNING_BENCHMARKING_INVITATIONS_PER_DAY
    invitations in the last 24 hours.
    """
    now = timezone.now()
    sent_today = Invitation.objects.filter(
        invited_by=inviter, created_at__gt=now - timedelta(days=1)
    ).count()
    if sent_today >= settings.LEARNING_BENCHMARKING_INVITATIONS_PER_DAY:
        raise Refused(
            _("You have sent as many invitations as a day allows; try again tomorrow."), 429
        )
    language = _recipient_language(email, translation.get_language() or settings.LANGUAGE_CODE)
    with transaction.atomic():
        _pending(institution).filter(email__iexact=email).update(revoked_at=now)
        invitation = Invitation.objects.create(
            institution=institution,
            email=email,
            invited_by=inviter,
            language=language,
            created_at=now,
            expires_at=now + _lifetime(),
        )
    _send(invitation)
    return invitation


def _send(invitation):
    with translation.override(invitation.language):
        path = reverse("benchmarking:invitation", args=[token_for(invitation)])
        context = {
            "invitation": invitation,
            "inviter": invitation.invited_by.get_full_name() or invitation.invited_by.username,
            "url": settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path,
        }
        subject = render_to_string("benchmarking/email/invitation_subject.txt", context).strip()
        body = render_to_string("benchmarking/email/invitation_message.txt", context)
    send_mail(subject, body, None, [invitation.email])


def _pending(institution):
    return institution.invitations.filter(
        accepted_at__isnull=True, revoked_at__isnull=True, expires_at__gt=timezone.now()
    )


def pending(institution):
    """Invitations of `institution` that can still be accepted, newest first."""
    return _pending(institution).select_related("invited_by")


def revoke(institution, invitation_id):
    """Withdraw a pending invitation of `institution`; any other id is Refused (404)."""
    updated = _pending(institution).filter(pk=invitation_id).update(revoked_at=timezone.now())
    if not updated:
        raise Refused(_("There is no such pending invitation for your institution."), 404)


def purge_unused():
    """Delete invitations that can no longer be accepted and never were; returns how many.

    The addresses of people who did not join are kept no longer than their link could work.
    """
    unused = Invitation.objects.filter(accepted_at__isnull=True).filter(
        models.Q(expires_at__lte=timezone.now()) | models.Q(revoked_at__isnull=False)
    )
    deleted, _per_model = unused.delete()
    return deleted


def invitation_for(token):
    """The invitation a link's token names, if the link is genuine and has not expired."""
    try:
        invitation_id = signing.loads(token, salt=SALT, max_age=_lifetime().total_seconds())
    except signing.SignatureExpired:
        raise Refused(
            _("This invitation has expired; ask your colleague for a new one."), 410
        ) from None
    except signing.BadSignature:
        raise Refused(_("This invitation link is not valid."), 404) from None
    invitation = (
        Invitation.objects.select_related("institution", "invited_by")
        .filter(pk=invitation_id)
        .first()
    )
    if invitation is None:
        raise Refused(_("This invitation link is not valid."), 404)
    return invitation


def check(invitation, user):
    """Refused unless `user` may accept `invitation` now."""
    if invitation.accepted_at is not None:
        raise Refused(_("This invitation has already been used."), 409)
    if invitation.revoked_at is not None:
        raise Refused(_("This invitation was withdrawn."), 410)
    if invitation.expires_at <= timezone.now():
        raise Refused(
            _("This invitation has expired; ask your colleague for a new one."), 410
        ) from None
    verified = EmailAddress.objects.filter(
        user=user, email__iexact=invitation.email, verified=True
    ).exists()
    if not verified:
        raise Refused(
            _(
                "This invitation was sent to another e-mail address. Sign in with the account "
                "that uses it, or add and confirm that address in your account first."
            ),
            403,
        )


def accept(invitation_id, user):
    """Make `user` a member of the invitation's institution; the link then stops working."""
    with transaction.atomic():
        invitation = Invitation.objects.select_for_update().get(pk=invitation_id)
        check(invitation, user)
        invitation.institution.members.add(user)
        invitation.accepted_at = timezone.now()
        invitation.accepted_by = user
        invitation.save(update_fields=["accepted_at", "accepted_by"])
    return invitation.institution
