"""The "My data" zip: built at once for small records, by a background task for large ones.

The zip is written to a temporary file (spilling to disk past a few megabytes), statement by
statement, so a learner with a large LRS history never needs it all in memory. Its download
link works only for the person who asked for it and only until `expires_at`.
"""

import csv
import io
import json
import logging
import tempfile
import zipfile
from datetime import timedelta

from django.conf import settings
from django.core.files import File
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation

from django_tasks import task

from learning.badges.baking import bake
from learning.badges.images import badge_png
from learning.badges.keys import load_issuer_key
from learning.badges.vc_jwt import encode_vc_jwt
from learning.xapi.models import StatementIndex

from . import lrs, records
from .audit import performer_for, record
from .identities import identity_of
from .models import AuditEntry, DataExport
from .notices import absolute, language_of, send_notice

logger = logging.getLogger(__name__)

# Learners with more statements than this get their zip from the background task.
INLINE_STATEMENT_LIMIT = 2000
SPOOL_BYTES = 8 * 1024 * 1024
EVENT_COLUMNS = [
    "id",
    "registration",
    "timestamp",
    "verb",
    "activity",
    "activity_iri",
    "activity_type",
    "parent_iri",
    "result",
    "language",
]
ENROLMENT_COLUMNS = ["registration", "course", "course_iri", "enrolled_at", "completed_at"]


class ExportInProgress(Exception):
    """An export for this learner and requester is still being prepared."""


def statement_count(identity):
    """How many statements the LRS index links to the learner (an upper bound, cheaply)."""
    return (
        StatementIndex.objects.filter(kind=StatementIndex.AGENT, key__in=identity.agent_keys)
        .values("statement_id")
        .distinct()
        .count()
    )


def request_export(learner, requested_by, language=None):
    """Start an export of `learner`'s data for `requested_by`; returns the DataExport.

    Small records are written at once; larger ones by the `build_export` task, which tells the
    requester by e-mail when the zip is ready. Earlier exports for the same requester are
    deleted. Raises ExportInProgress while one is still being prepared.
    """
    language = language or language_of(requested_by)
    identity = identity_of(learner)
    with transaction.atomic():
        earlier = DataExport.objects.select_for_update().filter(
            learner=learner, requested_by=requested_by
        )
        if earlier.filter(status=DataExport.Status.PENDING).exists():
            raise ExportInProgress
        delete_exports(earlier)
        export = DataExport.objects.create(learner=learner, requested_by=requested_by)
        performed_by, operator = performer_for(requested_by, learner)
        record(
            AuditEntry.Action.EXPORT_REQUESTED,
            subject=identity.pseudonym,
            performed_by=performed_by,
            operator=operator,
        )
    if statement_count(identity) > INLINE_STATEMENT_LIMIT:
        build_export.enqueue(str(export.pk), language)
    else:
        build(export, language)
    return export


def delete_exports(exports):
    """Delete export rows, and their files once the deletion is committed."""
    exports = list(exports)
    names = [export.file.name for export in exports if export.file]
    DataExport.objects.filter(pk__in=[export.pk for export in exports]).delete()
    storage = DataExport._meta.get_field("file").storage
    transaction.on_commit(lambda: [storage.delete(name) for name in names])


@task()
def build_export(export_id, language):
    """The background task: write the zip, then tell the requester it is ready."""
    export = DataExport.objects.filter(pk=export_id).select_related("requested_by").first()
    if export is None:  # deleted meanwhile (a newer export, or the account was erased)
        return
    build(export, language)
    if export.status == DataExport.Status.READY:
        notify_ready(export, language)


def build(export, language):
    """Write the zip of `export` and mark it ready (or failed, logging why)."""
    try:
        with tempfile.SpooledTemporaryFile(max_size=SPOOL_BYTES) as spool:
            with translation.override(language):
                write_zip(spool, export.learner)
            spool.seek(0)
            name = f"digint-my-data-{timezone.now():%Y-%m-%d}.zip"
            export.file.save(name, File(spool, name=name), save=False)
        export.size = export.file.size
        export.status = DataExport.Status.READY
        export.ready_at = timezone.now()
        export.expires_at = export.ready_at + timedelta(
            hours=settings.LEARNING_PRIVACY_EXPORT_VALID_HOURS
        )
    except Exception:  # the requester sees "failed" and can ask again; the log says why
        logger.exception("The data export %s could not be built", export.pk)
        export.status = DataExport.Status.FAILED
    export.save()


def _json(data):
    return json.dumps(data, ensure_ascii=False, indent=2)


def _csv(rows, columns):
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=columns, extrasaction="ignore")
    writer.writeheader()
    for row in rows:
        writer.writerow(
            {
                key: json.dumps(value, ensure_ascii=False) if isinstance(value, dict) else value
                for key, value in row.items()
            }
        )
    return out.getvalue()


def write_zip(fileobj, learner):
    """Write every record about `learner` as a zip into `fileobj` (in the active language)."""
    identity = identity_of(learner)
    enrolments = records.enrolments(learner)
    credentials = records.credentials(learner)
    with zipfile.ZipFile(fileobj, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(
            "README.txt",
            render_to_string(
                "privacy/export/README.txt",
                {
                    "generated_at": timezone.now(),
                    "pseudonym": identity.pseudonym,
                    "credentials": credentials,
                },
            ),
        )
        archive.writestr("profile.json", _json(records.profile(identity)))
        archive.writestr("enrolments.json", _json(enrolments))
        archive.writestr("enrolments.csv", _csv(enrolments, ENROLMENT_COLUMNS))
        archive.writestr("progress.csv", _csv(records.learning_events(learner), EVENT_COLUMNS))
        archive.writestr("reflections.txt", _reflections_text(records.reflections(learner)))
        statement_rows = _write_statements(archive, identity)
        for attachment in lrs.attachments_of(statement_rows):
            archive.writestr(f"statement-attachments/{attachment.sha2}", bytes(attachment.content))
        archive.writestr("lrs-documents.json", _json(records.lrs_documents(identity)))
        _write_credentials(archive, credentials)
        archive.writestr("benchmarking.json", _json(records.benchmarking(learner)))
        archive.writestr("practice-proposals.json", _json(records.practice_proposals(identity)))


def _write_statements(archive, identity):
    """statements.json: a JSON array of the statements exactly as stored, one at a time."""
    rows = lrs.statements_naming(identity)
    with archive.open("statements.json", "w") as raw:
        out = io.TextIOWrapper(raw, encoding="utf-8")
        out.write("[")
        for number, row in enumerate(rows):
            out.write(",\n" if number else "\n")
            out.write(json.dumps(row.body, ensure_ascii=False))
        out.write("\n]\n")
        out.flush()
        out.detach()
    return rows


def _reflections_text(items):
    blocks = []
    for item in items:
        heading = f"{item['course']} — {item['unit']}".strip(" —")
        blocks.append(f"{heading}\n{item['unit_iri']}\n{item['updated_at']}\n\n{item['text']}\n")
    return "\n\n".join(blocks)


def _write_credentials(archive, credentials):
    """Each credential as signed (JSON), as a VC-JWT, and baked into its badge image."""
    if not credentials:
        return
    issuer_key = load_issuer_key()
    for credential in credentials:
        folder = f"credentials/{credential.pk}"
        archive.writestr(f"{folder}/credential.json", credential.document)
        archive.writestr(
            f"{folder}/credential.jwt", encode_vc_jwt(credential.as_json(), issuer_key)
        )
        png = badge_png(credential.achievement, credential.language)
        archive.writestr(f"{folder}/badge.png", bake(png, credential.document))


def notify_ready(export, language):
    """E-mail the requester that the zip is ready, with the address of the page to fetch it."""
    with translation.override(language):
        if export.requested_by_id == export.learner_id:
            path = reverse("privacy:my-data")
        else:
            path = reverse("privacy_admin:learner", args=[export.learner_id])
    context = {"url": absolute(path), "export": export}
    send_notice(export.requested_by.email, language, "export_ready", context)
