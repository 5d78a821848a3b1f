"""Erasing a learner: every record that refers to them, in one transaction.

`erase_learner` is the one path, used by the deletion the learner asked for (after its
cooling-off), by administrators, by `manage.py erase_learner` and by the retention policy. It
erases the learner from the LRS (see `lrs`), detaches or revokes their credentials (see
`learning.badges.services.release_for_erasure`), deletes their sessions, the contact they
left with practice proposals, the log entries about them and their export files, records an
audit entry under their pseudonymous id, and finally deletes the user row, with which go
their profile, e-mail addresses, enrolments, learning events, reflections, memberships and
requests (database cascades).

Deleting a user any other way (the Wagtail admin's user delete) runs the same erasure through
a `pre_delete` receiver, keeping credentials valid (the default).
"""

import logging
from dataclasses import dataclass, field
from importlib import import_module

from django.apps import apps
from django.conf import settings
from django.contrib.auth import SESSION_KEY, get_user_model
from django.contrib.contenttypes.models import ContentType
from django.db import models, transaction
from django.dispatch import Signal

from learning.badges.services import release_for_erasure
from learning.progress.models import Enrolment
from learning.xapi.statements import site_url
from website.practices.models import PracticeSubmission

from . import lrs
from .audit import record
from .identities import identity_of, matching_email
from .models import AuditEntry, DataExport, ForwardedErasure

logger = logging.getLogger(__name__)

# Set on the user object being erased, so that the pre_delete receiver does not erase twice.
_ERASING = "_privacy_erasing"

# Sent before a learner's records go (sender: the user model; user, identity): apps that keep
# their own figures about learners (aggregates, caches) forget them here.
learner_erasing = Signal()


@dataclass
class Erasure:
    """What an erasure did, for the audit log and for telling the learner.

    Attributes:
        audit_entry: The audit log entry written.
        kept_credentials: Credentials that stay valid, with their public documents.
        revoked_credentials: Credentials revoked (only their status-list entry stays).
        forwarded: The external LRSs to ask to erase the learner's statements.
    """

    audit_entry: AuditEntry
    kept_credentials: list = field(default_factory=list)
    revoked_credentials: list = field(default_factory=list)
    forwarded: list = field(default_factory=list)


def erase_learner(user, *, keep_credentials=True, performed_by, operator=None):
    """Erase `user` and everything that refers to them; returns the Erasure.

    Args:
        user: The learner to erase.
        keep_credentials: Keep their credentials valid (True) or revoke them.
        performed_by: An `AuditEntry.Performer`.
        operator: The administrator who did it, if one did.
    """
    with transaction.atomic():
        erasure = _erase_records(user, keep_credentials, performed_by, operator, create=True)
        setattr(user, _ERASING, True)
        user.delete()
    return erasure


def erase_on_user_delete(sender, instance, **kwargs):
    """pre_delete receiver: a user deleted by another path is erased the same way."""
    if getattr(instance, _ERASING, False):
        return
    setattr(instance, _ERASING, True)
    _erase_records(instance, True, AuditEntry.Performer.ADMINISTRATOR, operator=None, create=False)


def _erase_records(user, keep_credentials, performed_by, operator, create):
    """Everything but deleting the user row (the caller does it, or is doing it)."""
    identity = identity_of(user, create=create)
    learner_erasing.send(sender=get_user_model(), user=user, identity=identity)
    credentials = release_for_erasure(user, keep=keep_credentials)
    in_lrs = lrs.erase(identity)
    enrolments, _by_model = Enrolment.objects.filter(learner=user).delete()
    files = list(DataExport.objects.filter(learner=user).values_list("file", flat=True))
    details = {
        "keep_credentials": keep_credentials,
        "credentials_kept": sum(1 for item in credentials if not item.is_revoked),
        "credentials_revoked": sum(1 for item in credentials if item.is_revoked),
        "statements_deleted": in_lrs.deleted,
        "statements_anonymised": in_lrs.anonymised,
        "lrs_documents_deleted": in_lrs.documents,
        "attachments_deleted": in_lrs.attachments,
        "enrolment_records_deleted": enrolments,
        "sessions_deleted": _delete_sessions(user),
        "practice_contacts_deleted": _forget_practice_contacts(identity.emails),
        "log_entries_deleted": _forget_references(user),
        "export_files_deleted": len([name for name in files if name]),
        "external_lrs_to_ask": len(in_lrs.forwarded),
    }
    entry = record(
        AuditEntry.Action.ERASED,
        subject=identity.pseudonym,
        performed_by=performed_by,
        operator=operator,
        details=details,
    )
    forwarded = _record_forwarding(entry, in_lrs.forwarded, identity)
    transaction.on_commit(lambda: _delete_files(files))
    return Erasure(
        audit_entry=entry,
        kept_credentials=[item for item in credentials if not item.is_revoked],
        revoked_credentials=[item for item in credentials if item.is_revoked],
        forwarded=forwarded,
    )


def _record_forwarding(entry, forwarded, identity):
    """One ForwardedErasure per external LRS that received statements naming the learner."""
    home_page = site_url()
    return ForwardedErasure.objects.bulk_create(
        [
            ForwardedErasure(
                audit_entry=entry,
                target_id=target_id,
                target_name=row["target__name"],
                endpoint=row["target__endpoint"],
                account_home_page=home_page,
                account_name=str(identity.pseudonym),
                statements=row["statements"],
            )
            for target_id, row in forwarded.items()
        ]
    )


def _delete_sessions(user):
    """Sign the learner out everywhere: delete every session that holds their id."""
    engine = settings.SESSION_ENGINE
    if engine not in (
        "django.contrib.sessions.backends.db",
        "django.contrib.sessions.backends.cached_db",
    ):
        return 0
    from django.contrib.sessions.models import Session

    store = import_module(engine).SessionStore
    deleted = 0
    for session in Session.objects.iterator():
        if session.get_decoded().get(SESSION_KEY) == str(user.pk):
            store(session_key=session.session_key).delete()
            deleted += 1
    return deleted


def _forget_practice_contacts(emails):
    """Delete the contact the learner left with practice proposals, and scrub it from drafts.

    A proposal's contact field may repeat the proposer's address; it is emptied in the draft
    and in the draft's revisions (a published practice no longer has a submission).
    """
    submissions = list(
        PracticeSubmission.objects.filter(matching_email(emails)).select_related("page")
    )
    for submission in submissions:
        page = submission.page
        if page is not None and any(address in page.contact.lower() for address in emails):
            page.contact = ""
            page.save(update_fields=["contact"])
            for revision in page.revisions.all():
                if "contact" in revision.content:
                    revision.content["contact"] = ""
                    revision.save(update_fields=["content"])
    PracticeSubmission.objects.filter(pk__in=[item.pk for item in submissions]).delete()
    return len(submissions)


def _forget_references(user):
    """Delete rows about the user held by content type and id (admin and Wagtail logs...).

    Log entries the user wrote keep the action but lose the author: Wagtail's log entries
    point at users without a database constraint (DO_NOTHING), so the cascade misses them.
    Returns how many rows about the user were deleted.
    """
    user_type = ContentType.objects.get_for_model(get_user_model())
    deleted = 0
    for model in apps.get_models():
        fields = model._meta.concrete_fields
        names = {item.name for item in fields}
        for item in fields:
            if not item.is_relation:
                continue
            if item.related_model is ContentType and "object_id" in names:
                count, _by_model = model._base_manager.filter(
                    **{item.name: user_type, "object_id": str(user.pk)}
                ).delete()
                deleted += count
            elif (
                item.related_model is get_user_model()
                and item.remote_field.on_delete is models.DO_NOTHING
            ):
                rows = model._base_manager.filter(**{item.name: user})
                if item.null:
                    rows.update(**{item.name: None})
                else:
                    rows.delete()
    return deleted


def _delete_files(names):
    """Delete export files from their storage (after the erasure committed)."""
    storage = DataExport._meta.get_field("file").storage
    for name in names:
        if not name:
            continue
        try:
            storage.delete(name)
        except OSError:
            logger.exception("An export file of an erased learner could not be deleted")
