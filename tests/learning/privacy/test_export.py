"""The "My data" zip: every record type inside, a background task for large records, and a
download link that works only for the learner who asked, until it expires."""

import csv
import io
import json
import zipfile
from datetime import timedelta

from django.core import mail
from django.urls import reverse
from django.utils import timezone

import pytest

from learning.badges.baking import unbake
from learning.badges.keys import load_issuer_key
from learning.badges.models import Credential
from learning.badges.vc_jwt import decode_vc_jwt
from learning.privacy import export as export_module
from learning.privacy.export import request_export
from learning.privacy.identities import identity_of
from learning.privacy.models import AuditEntry, DataExport
from learning.xapi.models import Statement

pytestmark = pytest.mark.django_db


def zip_of(export):
    with export.file.open("rb") as handle:
        return zipfile.ZipFile(io.BytesIO(handle.read()))


def test_zip_holds_every_record_type(full_learner):
    export = request_export(full_learner, full_learner, language="en")
    assert export.status == DataExport.Status.READY
    archive = zip_of(export)
    names = set(archive.namelist())
    credential = Credential.objects.get(learner=full_learner)
    folder = f"credentials/{credential.pk}"
    assert {
        "README.txt",
        "profile.json",
        "enrolments.json",
        "enrolments.csv",
        "progress.csv",
        "reflections.txt",
        "statements.json",
        "lrs-documents.json",
        f"{folder}/credential.json",
        f"{folder}/credential.jwt",
        f"{folder}/badge.png",
        "benchmarking.json",
        "practice-proposals.json",
    } <= names

    profile = json.loads(archive.read("profile.json"))
    assert profile["email"] == full_learner.email
    assert profile["last_name"] == "Lovelace" and profile["organisation"] == "Analytical Engines"
    assert profile["email_addresses"] == [
        {"email": full_learner.email, "verified": True, "primary": True}
    ]
    pseudonym = str(identity_of(full_learner).pseudonym)
    assert profile["xapi_account"]["name"] == pseudonym

    enrolments = json.loads(archive.read("enrolments.json"))
    assert len(enrolments) == 1
    assert enrolments[0]["course"] and enrolments[0]["events"]
    rows = list(csv.DictReader(io.StringIO(archive.read("enrolments.csv").decode())))
    assert rows[0]["course_iri"] == enrolments[0]["course_iri"]
    events = list(csv.DictReader(io.StringIO(archive.read("progress.csv").decode())))
    assert len(events) == len(enrolments[0]["events"])
    assert {"registration", "verb", "activity_iri", "result"} <= set(events[0])

    assert "Mobility changed how I teach welding." in archive.read("reflections.txt").decode()

    statements = json.loads(archive.read("statements.json"))
    stored = {
        str(row.statement_id): row.body
        for row in Statement.objects.filter(statement_id__in=[item["id"] for item in statements])
    }
    assert statements == [stored[item["id"]] for item in statements]  # exactly as stored
    actors = [item["actor"] for item in statements]
    assert {"objectType": "Agent", "mbox": f"mailto:{full_learner.email}"} in actors
    assert any(item.get("context", {}).get("instructor") for item in statements)
    assert sum(item["actor"].get("account", {}).get("name") == pseudonym for item in statements) > 3

    documents = json.loads(archive.read("lrs-documents.json"))
    assert {item["id"] for item in documents} == {"bookmark", "preferences"}

    assert archive.read(f"{folder}/credential.json").decode() == credential.document
    token = archive.read(f"{folder}/credential.jwt").decode()
    assert decode_vc_jwt(token, load_issuer_key().public_key)["id"] == credential.as_json()["id"]
    assert unbake(archive.read(f"{folder}/badge.png")) == credential.document

    (membership,) = json.loads(archive.read("benchmarking.json"))
    assert membership["institution"] == "Ada's Welding Academy"
    assert membership["you_are_the_only_member"]
    (assessment,) = membership["assessments"]
    assert assessment["year"] == 2025 and assessment["answers"][0]["answer"] == 3
    assert assessment["answers"][0]["question"]

    (proposal,) = json.loads(archive.read("practice-proposals.json"))
    assert proposal["title"] == "Welding exchange weeks" and proposal["state"] == "in review"

    readme = archive.read("README.txt").decode()
    assert pseudonym in readme and "statements.json" in readme


def test_readme_is_in_the_learners_language(full_learner):
    full_learner.preferred_language = "fr"
    full_learner.save()
    export = request_export(full_learner, full_learner)
    readme = zip_of(export).read("README.txt").decode()
    assert "Vos données sur la plateforme DIG.INT" in readme


def test_large_records_are_exported_by_the_task_with_a_notice(full_learner, monkeypatch):
    mail.outbox.clear()
    request_export(full_learner, full_learner, language="en")
    assert mail.outbox == []  # small records: ready at once, no notice needed

    monkeypatch.setattr(export_module, "INLINE_STATEMENT_LIMIT", 0)
    export = request_export(full_learner, full_learner, language="en")

    # The test settings run tasks at once; the notice is sent by the task only.
    export.refresh_from_db()
    assert export.status == DataExport.Status.READY
    (notice,) = mail.outbox
    assert notice.to == [full_learner.email]
    assert "http://testserver/en/accounts/my-data/" in notice.body


def test_the_link_works_only_for_that_signed_in_learner(full_learner, other_learner, client):
    export = request_export(full_learner, full_learner, language="en")
    url = reverse("privacy:download", args=[export.pk])
    assert client.get(url).status_code == 302  # to the sign-in page
    client.force_login(other_learner)
    assert client.get(url).status_code == 404
    response = full_learner.session_client.get(url)
    assert response.status_code == 200
    assert response["Content-Type"] == "application/zip"
    assert zipfile.ZipFile(io.BytesIO(b"".join(response.streaming_content))).testzip() is None
    assert AuditEntry.objects.filter(
        action=AuditEntry.Action.EXPORT_DOWNLOADED,
        subject=identity_of(full_learner).pseudonym,
        performed_by=AuditEntry.Performer.LEARNER,
    ).exists()


def test_an_expired_link_says_so(full_learner):
    export = request_export(full_learner, full_learner, language="en")
    DataExport.objects.filter(pk=export.pk).update(expires_at=timezone.now() - timedelta(minutes=1))
    response = full_learner.session_client.get(reverse("privacy:download", args=[export.pk]))
    assert response.status_code == 410
    assert "This download link has expired" in response.content.decode()


def test_asking_again_while_an_export_is_prepared_is_refused(full_learner):
    DataExport.objects.create(learner=full_learner, requested_by=full_learner)
    response = full_learner.session_client.post(reverse("privacy:export"))
    assert response.status_code == 409
    assert "already being prepared" in response.content.decode()
    assert DataExport.objects.filter(learner=full_learner).count() == 1


def test_a_new_export_replaces_the_previous_one(
    full_learner, export_storage, django_capture_on_commit_callbacks
):
    first = request_export(full_learner, full_learner, language="en")
    first_file = export_storage / first.file.name
    with django_capture_on_commit_callbacks(execute=True):
        full_learner.session_client.post(reverse("privacy:export"))
    assert list(DataExport.objects.filter(learner=full_learner)) != [first]
    assert DataExport.objects.filter(learner=full_learner).count() == 1
    assert not first_file.exists()


def test_my_data_page_offers_export_and_deletion(full_learner, django_assert_max_num_queries):
    client = full_learner.session_client
    client.post(reverse("privacy:export"))
    client.get(reverse("privacy:my-data"))
    with django_assert_max_num_queries(12):
        response = client.get(reverse("privacy:my-data"))
    html = response.content.decode()
    assert "Download my data (zip)" in html
    assert reverse("privacy:delete") in html
