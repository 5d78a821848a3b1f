"""Account deletion by the learner: password, cooling-off, cancellation, and bad input that
erases nothing; the erase_learner and purge_inactive_accounts commands."""

import io
from datetime import timedelta

from django.contrib.auth import get_user_model
from django.core import mail
from django.core.management import CommandError, call_command
from django.urls import reverse
from django.utils import timezone

import pytest
from allauth.account.models import EmailAddress

from learning.badges.models import Credential
from learning.privacy import deletion
from learning.privacy.export import request_export
from learning.privacy.identities import identity_of
from learning.privacy.models import AuditEntry, DataExport, DeletionRequest

PASSWORD = "Crossing-borders-2025"  # the fixtures' learners' password

pytestmark = pytest.mark.django_db


def exists(user):
    return get_user_model().objects.filter(pk=user.pk).exists()


def ask_deletion(learner, password=PASSWORD, credentials="keep"):
    return learner.session_client.post(
        reverse("privacy:delete"), {"password": password, "credentials": credentials}
    )


def test_a_wrong_password_erases_nothing(full_learner):
    response = ask_deletion(full_learner, password="not-my-password")
    assert response.status_code == 400
    assert "The password is not correct. Nothing was changed." in response.content.decode()
    assert not DeletionRequest.objects.exists()
    assert exists(full_learner)


def test_deletion_waits_for_the_cooling_off_period(full_learner):
    mail.outbox.clear()
    response = ask_deletion(full_learner)
    assert response.status_code == 302
    request = DeletionRequest.objects.get(learner=full_learner)
    expected = timezone.now() + timedelta(days=7)
    assert abs(request.erase_after - expected) < timedelta(minutes=1)
    assert request.keep_credentials
    assert exists(full_learner)
    (notice,) = mail.outbox
    assert notice.to == [full_learner.email]
    assert "cancel" in notice.body
    assert AuditEntry.objects.filter(action=AuditEntry.Action.DELETION_REQUESTED).count() == 1
    page = full_learner.session_client.get(reverse("privacy:my-data")).content.decode()
    assert "Your account will be deleted on" in page and "Cancel the deletion" in page

    assert deletion.erase_due(now=timezone.now() + timedelta(days=6)) == 0
    assert exists(full_learner)
    mail.outbox.clear()
    assert deletion.erase_due(now=timezone.now() + timedelta(days=8)) == 1
    assert not exists(full_learner)


def test_a_second_request_is_refused_and_changes_nothing(full_learner):
    ask_deletion(full_learner)
    first = DeletionRequest.objects.get(learner=full_learner)
    response = ask_deletion(full_learner, credentials="revoke")
    assert response.status_code == 409
    assert "already due to be deleted" in response.content.decode()
    again = DeletionRequest.objects.get(learner=full_learner)
    assert (again.pk, again.erase_after, again.keep_credentials) == (
        first.pk,
        first.erase_after,
        True,
    )


def test_a_cancelled_deletion_never_happens(full_learner):
    ask_deletion(full_learner)
    request_id = DeletionRequest.objects.get(learner=full_learner).pk
    response = full_learner.session_client.post(reverse("privacy:cancel-deletion"))
    assert response.status_code == 302
    assert not DeletionRequest.objects.exists()
    assert AuditEntry.objects.filter(action=AuditEntry.Action.DELETION_CANCELLED).exists()
    # The task queued for the due time finds nothing, and the daily sweep erases nothing.
    deletion.erase_when_due.call(request_id)
    assert deletion.erase_due(now=timezone.now() + timedelta(days=30)) == 0
    assert exists(full_learner)


def test_cancelling_without_a_request_says_so(full_learner):
    response = full_learner.session_client.post(reverse("privacy:cancel-deletion"))
    assert response.status_code == 400
    assert "nothing to cancel" in response.content.decode()


def test_the_task_erases_only_when_due(full_learner, django_capture_on_commit_callbacks):
    ask_deletion(full_learner)
    request = DeletionRequest.objects.get(learner=full_learner)
    deletion.erase_when_due.call(request.pk)
    assert exists(full_learner)
    DeletionRequest.objects.filter(pk=request.pk).update(erase_after=timezone.now())
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        deletion.erase_when_due.call(request.pk)
    assert not exists(full_learner)
    (notice,) = mail.outbox
    credential = Credential.objects.get(document__contains="Ada Lovelace")
    assert f"http://testserver/credentials/{credential.pk}/" in notice.body
    assert "Partner evaluation LRS" in notice.body


def test_without_cooling_off_the_account_goes_at_once(
    full_learner, settings, django_capture_on_commit_callbacks
):
    settings.LEARNING_PRIVACY_COOLING_OFF_DAYS = 0
    with django_capture_on_commit_callbacks(execute=True):
        response = ask_deletion(full_learner, credentials="revoke")
    assert response.status_code == 200
    html = response.content.decode()
    assert "Your account is deleted" in html
    assert "1 credential is revoked" in html
    assert not exists(full_learner)
    assert Credential.objects.filter(document="", revoked_at__isnull=False).count() == 1
    assert not response.wsgi_request.user.is_authenticated


def test_the_deletion_page_says_what_remains(full_learner):
    html = full_learner.session_client.get(reverse("privacy:delete")).content.decode()
    credential = Credential.objects.get(learner=full_learner)
    assert reverse("credential", args=[credential.pk]) in html
    assert "one bit per credential" in html
    assert "pseudonymous id" in html
    assert "Partner evaluation LRS" in html
    assert "Ada&#x27;s Welding Academy" in html


def test_erase_learner_command(full_learner, other_learner):
    out = io.StringIO()
    call_command("erase_learner", full_learner.email, "--noinput", stdout=out)
    assert not exists(full_learner) and exists(other_learner)
    assert "Ask Partner evaluation LRS" in out.getvalue()
    assert AuditEntry.objects.get(action=AuditEntry.Action.ERASED).performed_by == "command"
    with pytest.raises(CommandError):
        call_command("erase_learner", "nobody@example.eu", "--noinput")
    with pytest.raises(CommandError):
        call_command("erase_learner")


def test_erase_learner_due(full_learner):
    ask_deletion(full_learner)
    DeletionRequest.objects.update(erase_after=timezone.now() - timedelta(seconds=1))
    out = io.StringIO()
    call_command("erase_learner", "--due", stdout=out)
    assert "Deletions carried out: 1." in out.getvalue()
    assert not exists(full_learner)


def old_account(username, verified, days):
    user = get_user_model().objects.create_user(username, email=f"{username}@example.eu")
    get_user_model().objects.filter(pk=user.pk).update(
        date_joined=timezone.now() - timedelta(days=days)
    )
    EmailAddress.objects.create(user=user, email=user.email, verified=verified, primary=True)
    return user


def test_purge_is_off_unless_configured(full_learner):
    stale = old_account("never-confirmed", verified=False, days=400)
    out = io.StringIO()
    call_command("purge_inactive_accounts", stdout=out)
    assert "off" in out.getvalue()
    assert exists(stale)


def test_purge_erases_unconfirmed_accounts_and_old_exports(
    full_learner, settings, export_storage, django_capture_on_commit_callbacks
):
    settings.LEARNING_PRIVACY_PURGE_UNCONFIRMED_DAYS = 30
    settings.LEARNING_PRIVACY_PURGE_EXPORTS_DAYS = 7
    stale = old_account("never-confirmed", verified=False, days=31)
    young = old_account("just-signed-up", verified=False, days=2)
    confirmed = old_account("confirmed-long-ago", verified=True, days=400)
    export = request_export(full_learner, full_learner, language="en")
    export_file = export_storage / export.file.name
    DataExport.objects.filter(pk=export.pk).update(requested_at=timezone.now() - timedelta(days=8))
    pseudonym = identity_of(stale).pseudonym

    out = io.StringIO()
    with django_capture_on_commit_callbacks(execute=True):
        call_command("purge_inactive_accounts", stdout=out)

    assert not exists(stale)
    assert exists(young) and exists(confirmed) and exists(full_learner)
    assert not DataExport.objects.exists()
    assert "Unconfirmed accounts erased: 1." in out.getvalue()
    entry = AuditEntry.objects.get(action=AuditEntry.Action.ERASED)
    assert entry.subject == pseudonym and entry.performed_by == "retention"
    assert not export_file.exists()
