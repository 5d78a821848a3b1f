"""Erasure leaves no row referring to the learner, except the audit log and kept credentials.

The proof walks every table of every installed app: foreign keys to the user, generic
references (content type and object id), and every text and JSON column for the learner's
e-mail address, pseudonymous account id, user name and full name.
"""

import base64
import json
import uuid

from django.apps import apps
from django.contrib.auth import SESSION_KEY, get_user_model
from django.contrib.contenttypes.models import ContentType
from django.contrib.sessions.models import Session
from django.db.models import TextField
from django.db.models.functions import Cast
from django.test import Client

import pytest

from learning.badges import status_list
from learning.badges.models import Credential
from learning.badges.verification import REVOKED, VALID, verify_document
from learning.privacy.erasure import erase_learner
from learning.privacy.export import request_export
from learning.privacy.identities import identity_of
from learning.privacy.models import AuditEntry, DataExport, ForwardedErasure
from learning.xapi.models import OutboxEntry, Statement
from learning.xapi.statements import learner_agent

pytestmark = pytest.mark.django_db

TEXT_TYPES = {"CharField", "TextField", "JSONField", "SlugField", "FileField"}
# What item 3 and the audit log keep: the kept credential's document names the holder (by
# the name on the credential); the audit log and the external-LRS list hold the pseudonym.
ALLOWED = {
    ("badges.credential", "document", "full name"),
    ("privacy.auditentry", "subject", "pseudonymous id"),
    ("privacy.forwardederasure", "account_name", "pseudonymous id"),
}


def references(user_pk, needles):
    """(model, field, what) for every row of every table that refers to the learner."""
    user_model = get_user_model()
    user_type = ContentType.objects.get_for_model(user_model)
    found = set()
    for model in apps.get_models(include_auto_created=True):
        if model._meta.proxy or not model._meta.managed:
            continue
        rows = model._base_manager.all()
        fields = model._meta.concrete_fields
        names = {field.name for field in fields}
        label = model._meta.label_lower
        for field in fields:
            kind = field.get_internal_type()
            if field.is_relation and field.related_model is user_model:
                if rows.filter(**{field.attname: user_pk}).exists():
                    found.add((label, field.name, "user id"))
            elif field.is_relation and field.related_model is ContentType:
                if "object_id" in names and rows.filter(
                    **{field.name: user_type, "object_id": str(user_pk)}
                ):
                    found.add((label, field.name, "generic reference"))
            elif kind in TEXT_TYPES:
                text = rows.annotate(_text=Cast(field.name, TextField()))
                for what, needle in needles.items():
                    if text.filter(_text__icontains=needle).exists():
                        found.add((label, field.name, what))
            elif kind == "UUIDField":
                if rows.filter(**{field.name: needles["pseudonymous id"]}).exists():
                    found.add((label, field.name, "pseudonymous id"))
            elif kind == "BinaryField":
                for value in rows.values_list(field.name, flat=True):
                    content = bytes(value).lower()
                    for what, needle in needles.items():
                        if needle.lower().encode() in content:
                            found.add((label, field.name, what))
    return found


def sessions_of(user_pk):
    return [
        session
        for session in Session.objects.all()
        if session.get_decoded().get(SESSION_KEY) == str(user_pk)
    ]


def lrs_get(params):
    client = Client()
    token = base64.b64encode(b"workshop:workshop-secret").decode()
    query = {
        key: json.dumps(value) if isinstance(value, dict) else value
        for key, value in params.items()
    }
    return client.get(
        "/xapi/statements",
        query,
        headers={"Authorization": f"Basic {token}", "X-Experience-API-Version": "1.0.3"},
    )


def erase(learner, django_capture_on_commit_callbacks, **options):
    options.setdefault("performed_by", AuditEntry.Performer.COMMAND)
    with django_capture_on_commit_callbacks(execute=True):
        return erase_learner(learner, **options)


def test_nothing_refers_to_the_learner_after_erasure(
    full_learner, other_learner, external_lrs, export_storage, django_capture_on_commit_callbacks
):
    learner = get_user_model().objects.get(pk=full_learner.pk)
    pk = learner.pk
    identity = identity_of(learner)
    needles = {
        "e-mail": learner.email,
        "pseudonymous id": str(identity.pseudonym),
        "user name": "ada-lovelace-1815",
        "full name": "Ada Lovelace",
    }
    request_export(learner, learner)
    export_file = export_storage / DataExport.objects.get(learner=learner).file.name
    assert export_file.exists()
    before = references(pk, needles)
    # The walk sees every kind of record the fixture made.
    for expected in [
        ("progress.enrolment", "learner", "user id"),
        ("xapi.learneraccount", "user", "user id"),
        ("badges.credential", "learner", "user id"),
        ("account.emailaddress", "user", "user id"),
        ("benchmarking.institution_members", "user", "user id"),
        ("benchmarking.assessment", "updated_by", "user id"),
        ("privacy.dataexport", "learner", "user id"),
        ("admin.logentry", "content_type", "generic reference"),
        ("xapi.statement", "body", "pseudonymous id"),
        ("xapi.statement", "body", "e-mail"),
        ("practices.practicesubmission", "email", "e-mail"),
        ("practices.practicepage", "contact", "e-mail"),
        ("core.user", "email", "e-mail"),
    ]:
        assert expected in before, expected
    assert sessions_of(pk)

    erase(learner, django_capture_on_commit_callbacks)

    assert references(pk, needles) <= ALLOWED
    assert not sessions_of(pk)
    assert not export_file.exists()


def test_other_learners_statements_stay_and_mentions_are_anonymised(
    full_learner, other_learner, django_capture_on_commit_callbacks
):
    grace = learner_agent(other_learner)
    ada = learner_agent(full_learner)
    graces_before = lrs_get({"agent": grace}).json()["statements"]
    assert lrs_get({"agent": ada}).json()["statements"]
    mbox = {"mbox": f"mailto:{full_learner.email}"}
    assert lrs_get({"agent": mbox}).json()["statements"]

    erase(full_learner, django_capture_on_commit_callbacks)

    assert lrs_get({"agent": ada}).json()["statements"] == []
    assert lrs_get({"agent": ada, "related_agents": "true"}).json()["statements"] == []
    assert lrs_get({"agent": mbox}).json()["statements"] == []
    graces_after = lrs_get({"agent": grace}).json()["statements"]
    assert [item["id"] for item in graces_after] == [item["id"] for item in graces_before]
    unchanged = [item for item in graces_before if "instructor" not in item.get("context", {})]
    assert unchanged == [
        item for item in graces_after if "instructor" not in item.get("context", {})
    ]
    (mention,) = [item for item in graces_after if "instructor" in item.get("context", {})]
    instructor = mention["context"]["instructor"]["account"]
    assert instructor["name"].startswith("anonymous-")
    assert mention["actor"] == grace
    found = lrs_get({"agent": mention["context"]["instructor"], "related_agents": "true"})
    assert [item["id"] for item in found.json()["statements"]] == [mention["id"]]


def test_outbox_holds_nothing_for_the_learner_and_forwarded_copies_are_listed(
    full_learner, external_lrs, django_capture_on_commit_callbacks
):
    identity = identity_of(full_learner)
    own = list(
        Statement.objects.filter(body__actor__account__name=str(identity.pseudonym)).values_list(
            "statement_id", flat=True
        )
    )
    assert OutboxEntry.objects.filter(statement__statement_id__in=own, delivered__isnull=True)

    result = erase(full_learner, django_capture_on_commit_callbacks)

    assert not Statement.objects.filter(statement_id__in=own).exists()
    assert not OutboxEntry.objects.filter(statement__statement_id__in=own).exists()
    (forwarded,) = ForwardedErasure.objects.all()
    assert forwarded.target == external_lrs
    assert forwarded.target_name == "Partner evaluation LRS"
    assert forwarded.account_name == str(identity.pseudonym)
    assert forwarded.account_home_page == "http://testserver"
    assert forwarded.statements == 3
    assert forwarded.audit_entry == result.audit_entry


def test_kept_credential_still_verifies_without_pointing_at_anyone(
    full_learner, django_capture_on_commit_callbacks
):
    credential = Credential.objects.get(learner=full_learner)
    document = credential.document

    result = erase(full_learner, django_capture_on_commit_callbacks)

    credential.refresh_from_db()
    assert credential.learner_id is None and credential.enrolment_id is None
    assert credential.document == document
    assert verify_document(credential.as_json()).outcome == VALID
    assert Client().get(f"/en/credentials/{credential.pk}/").status_code == 200
    assert result.kept_credentials == [credential]
    assert result.audit_entry.details["credentials_kept"] == 1


def test_revoked_credential_keeps_only_its_status_bit(
    full_learner, django_capture_on_commit_callbacks
):
    credential = Credential.objects.get(learner=full_learner)
    copy = credential.as_json()

    erase(full_learner, django_capture_on_commit_callbacks, keep_credentials=False)

    credential.refresh_from_db()
    assert credential.document == "" and credential.is_revoked
    assert credential.learner_id is None and credential.enrolment_id is None
    listed = Client().get("/credentials/status/1").json()["credentialSubject"]["encodedList"]
    assert status_list.is_set(listed, credential.status_index)
    assert verify_document(copy).outcome == REVOKED
    for path in ("/en/credentials/{}/", "/credentials/{}/credential.json"):
        assert Client().get(path.format(credential.pk)).status_code == 410


def test_audit_entry_names_the_learner_only_by_pseudonym(
    full_learner, administrator, django_capture_on_commit_callbacks
):
    pseudonym = identity_of(full_learner).pseudonym

    result = erase(
        full_learner,
        django_capture_on_commit_callbacks,
        performed_by=AuditEntry.Performer.ADMINISTRATOR,
        operator=administrator,
    )

    entry = result.audit_entry
    assert entry.action == AuditEntry.Action.ERASED
    assert entry.subject == pseudonym
    assert entry.operator == identity_of(administrator).pseudonym
    assert entry.details["statements_deleted"] > 0
    assert entry.details["statements_anonymised"] == 1
    assert entry.details["lrs_documents_deleted"] == 2
    assert entry.details["practice_contacts_deleted"] == 1
    text = json.dumps(entry.details)
    for personal in (full_learner.email, "Ada", "Lovelace", "ada-lovelace"):
        assert personal not in text


def test_deleting_a_user_in_the_admin_erases_their_learning_records(full_learner):
    pseudonym = identity_of(full_learner).pseudonym
    ada = learner_agent(full_learner)

    get_user_model().objects.filter(pk=full_learner.pk).delete()

    assert lrs_get({"agent": ada}).json()["statements"] == []
    credential = Credential.objects.get(document__contains="Ada Lovelace")
    assert credential.learner_id is None
    assert AuditEntry.objects.filter(subject=pseudonym, action=AuditEntry.Action.ERASED)


def test_erasing_a_learner_without_records_is_audited_under_a_fresh_pseudonym(
    django_capture_on_commit_callbacks,
):
    user = get_user_model().objects.create_user("quiet", email="quiet@example.eu")

    result = erase(user, django_capture_on_commit_callbacks)

    assert not get_user_model().objects.filter(username="quiet").exists()
    assert isinstance(result.audit_entry.subject, uuid.UUID)
