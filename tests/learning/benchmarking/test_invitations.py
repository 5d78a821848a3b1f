"""Colleague invitations: one signed link, once, before it expires, for the invited address only;
the inviter learns nothing about who has an account."""

import io
import re
from datetime import timedelta

from django.contrib.auth import get_user_model
from django.core import mail, signing
from django.core.management import call_command
from django.test import Client, override_settings
from django.urls import reverse
from django.utils import timezone, translation

import pytest
from allauth.account.models import EmailAddress

from learning.benchmarking import invitations
from learning.benchmarking.models import Invitation
from tests.learning.benchmarking.conftest import client_for

pytestmark = pytest.mark.django_db


def invite_url(institution):
    return reverse("benchmarking:invite", args=[institution.pk])


def accept_url(invitation):
    return reverse("benchmarking:invitation", args=[invitations.token_for(invitation)])


def mailed_link(body):
    """The path of the invitation link in an e-mail's text, and the token it carries."""
    prefix = reverse("benchmarking:invitation", args=["TOKEN"]).split("TOKEN")[0]
    match = re.search(re.escape(prefix) + r"([^/\s]+)/", body)
    assert match, body
    return match.group(0), match.group(1)


def account(username, email, language=""):
    user = get_user_model().objects.create_user(
        username, email=email, password="a-long-colleague-password", preferred_language=language
    )
    EmailAddress.objects.create(user=user, email=email, verified=True, primary=True)
    return user


def send(client, institution, email):
    return client.post(invite_url(institution), {"email": email}, follow=True)


def test_a_member_invites_and_the_colleague_joins_once(member_client, institution):
    response = send(member_client, institution, "colleague@example.eu")
    assert "An invitation to join Istituto Tecnico Aldini was sent to colleague@example.eu" in (
        response.content.decode()
    )
    invitation = Invitation.objects.get()
    assert len(mail.outbox) == 1
    assert mail.outbox[0].to == ["colleague@example.eu"]
    # The link the e-mail carries (its signature holds the second it was made, so the test
    # follows it rather than signing again).
    link, token = mailed_link(mail.outbox[0].body)
    assert signing.loads(token, salt=invitations.SALT) == str(invitation.pk)

    colleague = client_for(account("colleague", "colleague@example.eu"))
    assert colleague.get(link).status_code == 200
    response = colleague.post(link)
    assert response.status_code == 302
    assert institution.members.filter(username="colleague").exists()

    reused = colleague.post(link)
    assert reused.status_code == 409
    assert "already been used" in reused.content.decode()


def notice(response, email):
    """The message the inviter reads, with the address blanked."""
    html = response.content.decode()
    block = html[html.index('class="container messages"') :]
    return block[: block.index("</div>")].replace(email, "ADDRESS")


def test_the_inviter_cannot_tell_whether_an_address_has_an_account(member_client, institution):
    account("known", "known@example.eu")
    known = send(member_client, institution, "known@example.eu")
    unknown = send(member_client, institution, "nobody@example.eu")
    assert known.status_code == unknown.status_code == 200
    assert notice(known, "known@example.eu") == notice(unknown, "nobody@example.eu")
    assert len(mail.outbox) == 2


def test_an_anonymous_visitor_is_sent_to_sign_in_first(member, institution):
    invitation = invitations.invite(institution, member, "new@example.eu")
    response = Client(HTTP_HOST="localhost").get(accept_url(invitation))
    assert response.status_code == 302
    assert reverse("account_login") in response["Location"]


def test_an_expired_invitation_changes_nothing(member, institution):
    invitation = invitations.invite(institution, member, "late@example.eu")
    colleague = client_for(account("late", "late@example.eu"))
    url = accept_url(invitation)
    later = timezone.now() + timedelta(days=8)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(signing.time, "time", lambda: later.timestamp())
        response = colleague.post(url)
    assert response.status_code == 410
    assert "expired" in response.content.decode()
    assert not institution.members.filter(username="late").exists()


def test_a_forged_link_is_refused(member, institution):
    colleague = client_for(account("forger", "forger@example.eu"))
    response = colleague.post(reverse("benchmarking:invitation", args=["not-a-token:abc"]))
    assert response.status_code == 404
    assert "not valid" in response.content.decode()


def test_another_account_cannot_accept(member, institution):
    invitation = invitations.invite(institution, member, "invited@example.eu")
    intruder = client_for(account("intruder", "intruder@example.eu"))
    response = intruder.post(accept_url(invitation))
    assert response.status_code == 403
    assert "sent to another e-mail address" in response.content.decode()
    assert not institution.members.filter(username="intruder").exists()
    assert Invitation.objects.get().accepted_at is None


def test_an_unverified_address_cannot_accept(member, institution):
    invitation = invitations.invite(institution, member, "unverified@example.eu")
    user = get_user_model().objects.create_user("unverified", email="unverified@example.eu")
    EmailAddress.objects.create(user=user, email="unverified@example.eu", verified=False)
    assert client_for(user).post(accept_url(invitation)).status_code == 403


def test_a_member_withdraws_a_pending_invitation(member_client, member, institution):
    invitation = invitations.invite(institution, member, "withdrawn@example.eu")
    page = member_client.get(reverse("benchmarking:institution", args=[institution.pk]))
    assert "withdrawn@example.eu" in page.content.decode()
    response = member_client.post(
        reverse("benchmarking:revoke-invitation", args=[institution.pk, invitation.pk])
    )
    assert response.status_code == 302
    colleague = client_for(account("withdrawn", "withdrawn@example.eu"))
    refused = colleague.post(accept_url(invitation))
    assert refused.status_code == 410
    assert not institution.members.filter(username="withdrawn").exists()


def test_another_institution_can_neither_invite_nor_withdraw(outsider_client, member, institution):
    invitation = invitations.invite(institution, member, "target@example.eu")
    assert send(outsider_client, institution, "mine@example.eu").status_code == 404
    response = outsider_client.post(
        reverse("benchmarking:revoke-invitation", args=[institution.pk, invitation.pk])
    )
    assert response.status_code == 404
    invitation.refresh_from_db()
    assert invitation.revoked_at is None
    assert Invitation.objects.count() == 1


def test_withdrawing_through_another_institution_is_refused(
    member, member_client, institution, other_institution
):
    """A member of both cannot withdraw institution A's invitation through B's address."""
    other_institution.members.add(member)
    invitation = invitations.invite(institution, member, "cross@example.eu")
    response = member_client.post(
        reverse("benchmarking:revoke-invitation", args=[other_institution.pk, invitation.pk])
    )
    assert response.status_code == 404
    invitation.refresh_from_db()
    assert invitation.revoked_at is None


@override_settings(LEARNING_BENCHMARKING_INVITATIONS_PER_DAY=2)
def test_invitations_are_rate_limited(member_client, institution):
    assert send(member_client, institution, "a@example.eu").status_code == 200
    assert send(member_client, institution, "b@example.eu").status_code == 200
    response = send(member_client, institution, "c@example.eu")
    assert response.status_code == 429
    assert "as many invitations as a day allows" in response.content.decode()
    assert len(mail.outbox) == 2


def test_a_bad_address_is_explained_on_the_form(member_client, institution):
    response = send(member_client, institution, "not an address")
    assert response.status_code == 400
    assert 'value="not an address"' in response.content.decode()
    assert not Invitation.objects.exists()


def test_a_new_invitation_replaces_the_pending_one(member, institution):
    first = invitations.invite(institution, member, "twice@example.eu")
    invitations.invite(institution, member, "TWICE@example.eu")
    first.refresh_from_db()
    assert first.revoked_at is not None
    assert invitations.pending(institution).count() == 1


def test_the_e_mail_is_in_the_inviters_language(member, institution):
    with translation.override("it"):
        invitations.invite(institution, member, "nuovo@example.eu")
    message = mail.outbox[0]
    assert "/it/benchmarking/invitations/" in message.body
    assert "La invita a unirsi" in message.body


def test_the_e_mail_is_in_the_recipients_language_when_they_chose_one(member, institution):
    account("roxana", "roxana@example.eu", language="ro")
    with translation.override("it"):
        invitations.invite(institution, member, "roxana@example.eu")
    message = mail.outbox[0]
    assert "/ro/benchmarking/invitations/" in message.body
    assert "invită" in message.body


@pytest.mark.parametrize(
    ("language", "used"),
    [
        ("it", "Questo invito è già stato usato."),
        ("fr", "Cette invitation a déjà été utilisée."),
        ("nl", "Deze uitnodiging is al gebruikt."),
        ("es", "Esta invitación ya se ha utilizado."),
        ("ro", "Această invitație a fost deja folosită."),
    ],
)
def test_refusals_speak_the_visitors_language(member, institution, language, used):
    invitation = invitations.invite(institution, member, "twice@example.eu")
    colleague = client_for(account("twice", "twice@example.eu"))
    with translation.override(language):
        url = accept_url(invitation)
    assert colleague.post(url).status_code == 302
    assert used in colleague.post(url).content.decode()


def test_unused_invitations_are_purged_with_their_addresses(member, institution):
    expired = invitations.invite(institution, member, "expired@example.eu")
    Invitation.objects.filter(pk=expired.pk).update(expires_at=timezone.now())
    withdrawn = invitations.invite(institution, member, "withdrawn@example.eu")
    invitations.revoke(institution, withdrawn.pk)
    pending = invitations.invite(institution, member, "pending@example.eu")
    accepted = invitations.invite(institution, member, "joined@example.eu")
    invitations.accept(accepted.pk, account("joined", "joined@example.eu"))
    out = io.StringIO()
    call_command("purge_invitations", stdout=out)
    assert "2 unused invitation(s) deleted." in out.getvalue()
    assert set(Invitation.objects.values_list("pk", flat=True)) == {pending.pk, accepted.pk}
