"""Data requests in the admin: find a learner, export, erase, the audit log and the external
LRSs to ask; only for those with the permission."""

import io
import zipfile

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Permission
from django.test import Client
from django.urls import reverse

import pytest

from learning.privacy.identities import identity_of
from learning.privacy.models import AuditEntry, DataExport, ForwardedErasure

pytestmark = pytest.mark.django_db


@pytest.fixture
def admin_client(administrator):
    client = Client()
    client.force_login(administrator)
    return client


def test_an_administrator_finds_exports_and_downloads_a_learners_data(
    admin_client, administrator, full_learner
):
    found = admin_client.get(reverse("privacy_admin:index"), {"q": "ada.lovelace@example"})
    assert reverse("privacy_admin:learner", args=[full_learner.pk]) in found.content.decode()
    page = admin_client.get(reverse("privacy_admin:learner", args=[full_learner.pk]))
    assert str(identity_of(full_learner).pseudonym) in page.content.decode()

    admin_client.post(reverse("privacy_admin:export", args=[full_learner.pk]))

    export = DataExport.objects.get(learner=full_learner, requested_by=administrator)
    response = admin_client.get(reverse("privacy_admin:download", args=[export.pk]))
    assert response.status_code == 200
    archive = zipfile.ZipFile(io.BytesIO(b"".join(response.streaming_content)))
    assert "statements.json" in archive.namelist()
    # The learner's own download address does not serve an administrator's export.
    assert (
        full_learner.session_client.get(reverse("privacy:download", args=[export.pk])).status_code
        == 404
    )
    entry = AuditEntry.objects.get(action=AuditEntry.Action.EXPORT_DOWNLOADED)
    assert entry.performed_by == "administrator"
    assert entry.operator == identity_of(administrator).pseudonym


def test_erasure_needs_the_learners_user_name(admin_client, full_learner):
    response = admin_client.post(
        reverse("privacy_admin:erase", args=[full_learner.pk]),
        {"credentials": "keep", "confirm_username": "someone-else"},
    )
    assert response.status_code == 400
    assert "Nothing was erased." in response.content.decode()
    assert get_user_model().objects.filter(pk=full_learner.pk).exists()


def test_an_administrator_erases_a_learner_and_sees_whom_to_ask(
    admin_client, full_learner, django_capture_on_commit_callbacks
):
    pseudonym = identity_of(full_learner).pseudonym
    with django_capture_on_commit_callbacks(execute=True):
        response = admin_client.post(
            reverse("privacy_admin:erase", args=[full_learner.pk]),
            {"credentials": "revoke", "confirm_username": "ada-lovelace-1815", "notify": "on"},
        )
    assert response.status_code == 302
    assert not get_user_model().objects.filter(pk=full_learner.pk).exists()
    entry = AuditEntry.objects.get(action=AuditEntry.Action.ERASED)
    assert entry.performed_by == "administrator" and entry.details["credentials_revoked"] == 1

    listing = admin_client.get(reverse("privacy_admin:forwarded")).content.decode()
    assert str(pseudonym) in listing and "Partner evaluation LRS" in listing
    forwarded = ForwardedErasure.objects.get()
    admin_client.post(reverse("privacy_admin:mark-asked", args=[forwarded.pk]))
    forwarded.refresh_from_db()
    assert forwarded.asked_at is not None

    log = admin_client.get(reverse("privacy_admin:audit"), {"subject": str(pseudonym)})
    html = log.content.decode()
    assert "Account erased" in html
    assert full_learner.email not in html and "Lovelace" not in html


def test_only_those_with_the_permission_see_data_requests(full_learner):
    staff = get_user_model().objects.create_user("editor-x", password="x", is_staff=True)
    staff.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client = Client()
    client.force_login(staff)
    for name, args in [
        ("privacy_admin:index", []),
        ("privacy_admin:learner", [full_learner.pk]),
        ("privacy_admin:audit", []),
        ("privacy_admin:forwarded", []),
    ]:
        # Wagtail's admin answers a refusal by sending the user back to the dashboard.
        response = client.get(reverse(name, args=args))
        assert response.status_code in (302, 403)
        assert "/data-requests/" not in response.get("Location", "")
    response = client.post(
        reverse("privacy_admin:erase", args=[full_learner.pk]),
        {"credentials": "keep", "confirm_username": "ada-lovelace-1815"},
    )
    assert response.status_code in (302, 403)
    assert get_user_model().objects.filter(pk=full_learner.pk).exists()
