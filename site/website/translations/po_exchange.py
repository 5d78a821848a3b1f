"""Offline translation: PO files out for a locale, PO files back in.

An export holds one PO file per translation record (wagtail-localize's own format, with the
X-WagtailLocalize-TranslationID header). An import checks every file before applying any:
a malformed file, a file for another locale or for a translation that does not exist stops
the whole import. Strings whose source changed since the export are reported and skipped;
the rest are applied, and each page gets a draft revision with them for review (snippets,
which have no drafts, are saved).
"""

import io
import tempfile
import uuid
import zipfile
from dataclasses import dataclass, field

from django.db import transaction
from django.utils.text import slugify
from django.utils.translation import gettext as _

from wagtail.models import Page
from wagtail_localize.models import StringSegment, Translation

import polib

from website.core.content import export as content_export

from .drafts import save_draft

MAX_UPLOAD_BYTES = 5 * 1024 * 1024
MAX_FILES = 500
HEADER = "X-WagtailLocalize-TranslationID"


class ImportRefused(Exception):
    """The upload cannot be applied; `errors` says why, file by file. Nothing was changed."""

    def __init__(self, errors):
        super().__init__("; ".join(errors))
        self.errors = errors


@dataclass
class FileResult:
    name: str
    title: str
    applied: int = 0
    stale: list = field(default_factory=list)


def po_file(translation):
    """(name, PO text) of one translation record for the archive.

    Shipped content is exported exactly as the repository keeps it (`<key>.po`, the loader's
    header and order), so a partner's translated file can be committed as it is, under
    `locale/<language>/content/`. Other pages and snippets use wagtail-localize's own export.
    """
    source, locale = translation.source, translation.target_locale
    key = content_export.seeded_key(source)
    if key is not None:
        return f"{key}.po", str(content_export.catalogue(source, locale, key))
    name = f"{slugify(source.object_repr)[:60]}-{locale.language_code}.po"
    return name, str(translation.export_po())


def export_archive(translations):
    """A zip of one PO file per translation record."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        used = set()
        for translation in translations:
            name, text = po_file(translation)
            if name in used:
                name = name.replace(".po", f"-{str(translation.uuid)[:8]}.po")
            used.add(name)
            archive.writestr(name, text)
    return buffer.getvalue()


def read_upload(uploaded):
    """[(name, bytes)] from an uploaded .po file or a .zip of them."""
    if uploaded.size > MAX_UPLOAD_BYTES:
        raise ImportRefused([_("The file is larger than 5 MB.")])
    data = uploaded.read()
    if not zipfile.is_zipfile(io.BytesIO(data)):
        return [(uploaded.name, data)]
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            members = [info for info in archive.infolist() if info.filename.endswith(".po")]
            if len(members) > MAX_FILES:
                raise ImportRefused([_("The archive holds more than 500 PO files.")])
            if sum(info.file_size for info in members) > 10 * MAX_UPLOAD_BYTES:
                raise ImportRefused([_("The archive unpacks to more than 50 MB.")])
            return [(info.filename, archive.read(info)) for info in members]
    except zipfile.BadZipFile as error:
        raise ImportRefused([_("The archive cannot be read.")]) from error


def parse(name, data):
    """A polib POFile from bytes; polib is given a file, never text that could name a path."""
    try:
        data.decode("utf-8")
    except UnicodeDecodeError as error:
        raise ValueError(_("%(name)s is not UTF-8 text.") % {"name": name}) from error
    with tempfile.NamedTemporaryFile(suffix=".po") as handle:
        handle.write(data)
        handle.flush()
        try:
            po = polib.pofile(handle.name)
        except (OSError, ValueError) as error:
            raise ValueError(_("%(name)s is not a valid PO file.") % {"name": name}) from error
    if not len(po) and HEADER not in po.metadata:
        raise ValueError(_("%(name)s is not a valid PO file.") % {"name": name})
    return po


def check_files(files, locale, may_work_in):
    """Pair each file with its translation record, or refuse the whole upload."""
    errors, planned = [], []
    if not files:
        raise ImportRefused([_("The upload holds no PO file.")])
    for name, data in files:
        try:
            po = parse(name, data)
        except ValueError as error:
            errors.append(str(error))
            continue
        translation_uuid = po.metadata.get(HEADER, "")
        translation = (
            Translation.objects.filter(uuid=translation_uuid)
            .select_related("source", "target_locale")
            .first()
            if _is_uuid(translation_uuid)
            else None
        )
        if translation is None:
            errors.append(
                _("%(name)s was not exported from this site's translations.") % {"name": name}
            )
        elif translation.target_locale_id != locale.id:
            errors.append(
                _("%(name)s is a translation into %(other)s, not %(language)s.")
                % {
                    "name": name,
                    "other": translation.target_locale.get_display_name(),
                    "language": locale.get_display_name(),
                }
            )
        elif not may_work_in(translation.target_locale_id):
            errors.append(
                _("You may not translate into %(language)s.")
                % {"language": translation.target_locale.get_display_name()}
            )
        else:
            planned.append((name, po, translation))
    if errors:
        raise ImportRefused(errors)
    return planned


def import_files(files, locale, user, may_work_in):
    """Apply the upload in one transaction; returns a FileResult per file."""
    planned = check_files(files, locale, may_work_in)
    results = []
    with transaction.atomic():
        for name, po, translation in planned:
            current, stale = _split_stale(po, translation)
            warnings = translation.import_po(current, user=user, tool_name="PO file")
            # Entries wagtail-localize could not place (unknown string or context) are stale too.
            stale += [current[warning.index].msgid for warning in warnings]
            applied = sum(1 for entry in current if entry.msgstr) - len(warnings)
            if _is_page(translation):
                save_draft(translation, user)
            else:
                translation.save_target(user=user)
            results.append(FileResult(name, translation.source.object_repr, applied, stale))
    return results


def _split_stale(po, translation):
    """The entries that match the source as it is now, and the msgids of those that don't.

    wagtail-localize would quietly update an obsolete translation of a string the source no
    longer has; an offline file made before a source edit must say so instead.
    """
    current_strings = set(
        StringSegment.objects.filter(source=translation.source).values_list(
            "context__path", "string__data"
        )
    )
    current = polib.POFile(wrapwidth=po.wrapwidth)
    current.metadata = dict(po.metadata)
    stale = []
    for entry in po:
        if entry.obsolete or not entry.msgstr:
            continue
        if (entry.msgctxt, entry.msgid) in current_strings:
            current.append(entry)
        else:
            stale.append(entry.msgid)
    return current, stale


def _is_page(translation):
    return issubclass(translation.source.specific_content_type.model_class(), Page)


def _is_uuid(value):
    try:
        uuid.UUID(str(value))
    except ValueError:
        return False
    return True
