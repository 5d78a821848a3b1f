"""Translations of the shipped content: one PO catalogue per locale and content item.

`locale/<language>/content/<key>.po` holds the translation of `content/<key>.yaml` in
wagtail-localize's PO format: `msgctxt` is the field or block path, `msgid` the English
segment as wagtail-localize stores it, `msgstr` its translation, and the header's
`X-WagtailLocalize-TranslationID` names the translation record. The translation dashboard
exports and imports these very files, so the catalogue a partner translates is the one the
repository ships, and `msgfmt --statistics` measures content exactly like the UI messages.
"""

import re
import uuid
from collections import Counter
from pathlib import Path

from django.conf import settings
from django.conf.locale import LANG_INFO

import polib

from .files import ContentError

TRANSLATION_ID = "X-WagtailLocalize-TranslationID"
CONTENT_KEY = "X-DIGINT-Content"
WRAP_WIDTH = 79
# Translation records the loader creates get an id derived from the item and the language, so
# that a fresh database matches the catalogues' headers.
_NAMESPACE = uuid.UUID("5d1f0f5c-6b0e-4d8e-9a37-2f4f0c1d9a11")
_SYNTAX_LINE = re.compile(r"line (\d+)")
_TAG = re.compile(r"<(/?)([a-z][a-z0-9]*)\b[^>]*?(/?)>")
_LINK_ID = re.compile(r'<a id="([^"]+)"')


def catalogues_dir():
    return Path(settings.DIGINT_CONTENT_CATALOGUES_DIR)


def catalogue_path(language, key):
    return catalogues_dir() / language / "content" / f"{key}.po"


def target_languages():
    return [code for code, _name in settings.LANGUAGES if code != settings.LANGUAGE_CODE]


def default_translation_id(key, language):
    return uuid.uuid5(_NAMESPACE, f"{key}/{language}")


def catalogue_keys(language):
    """The content keys that `language` has a catalogue for."""
    directory = catalogues_dir() / language / "content"
    return sorted(
        str(path.relative_to(directory).with_suffix("")) for path in directory.rglob("*.po")
    )


def read(language, key):
    """The checked catalogue of `key` in `language`, or None if there is none."""
    path = catalogue_path(language, key)
    if not path.is_file():
        return None
    try:
        path.read_bytes().decode("utf-8")
    except UnicodeDecodeError as error:
        raise ContentError(path, "is not UTF-8 text") from error
    try:
        po = polib.pofile(str(path), wrapwidth=WRAP_WIDTH)
    except (OSError, ValueError) as error:
        line = _SYNTAX_LINE.search(str(error))
        raise ContentError(
            path, f"not a valid PO file ({error})", line=line and int(line.group(1))
        ) from error
    _check(path, po, language)
    return po


def _check(path, po, language):
    stated = po.metadata.get("Language", "").replace("-", "_").split("_")[0].lower()
    if stated and stated != language:
        raise ContentError(
            path,
            f"the catalogue is in '{stated}' but lies in the folder for '{language}'",
            line=_header_line(path, "Language:"),
        )
    translation_id = po.metadata.get(TRANSLATION_ID, "")
    if translation_id and not _is_uuid(translation_id):
        raise ContentError(
            path, f"{TRANSLATION_ID} is not a UUID", line=_header_line(path, TRANSLATION_ID)
        )
    for entry in po:
        if entry.obsolete:
            continue
        if entry.msgctxt is None:
            raise ContentError(path, "the entry has no msgctxt (field path)", line=entry.linenum)
        problem = entry.msgstr and _markup_problem(entry.msgid, entry.msgstr)
        if problem:
            raise ContentError(path, problem, line=entry.linenum)


def _markup_problem(source, translated):
    """What is wrong with the inline markup of a translated segment, if anything.

    A translation may add or drop emphasis, but must keep every link of the source (written
    `<a id="a1">` by wagtail-localize) and close every tag it opens.
    """
    if Counter(_LINK_ID.findall(translated)) != Counter(_LINK_ID.findall(source)):
        return "the translation must keep the links (<a id=...>) of the English text"
    balance = Counter()
    for closing, name, self_closing in _TAG.findall(translated):
        if not self_closing and name != "br":
            balance[name] += -1 if closing else 1
    if any(balance.values()):
        return "the translation opens a tag it does not close (or closes one it never opened)"
    return None


def translations(po):
    """{(context, English segment): translation} and {English segment: translation}.

    The second map serves segments whose context changed since the catalogue was written
    (a block moved in the content file): a string keeps its translation wherever it goes.
    Fuzzy and empty entries are not translations.
    """
    by_context, by_text = {}, {}
    for entry in po:
        if entry.obsolete or not entry.msgstr or entry.fuzzy:
            continue
        by_context[(entry.msgctxt, entry.msgid)] = entry.msgstr
        by_text.setdefault(entry.msgid, entry.msgstr)
    return by_context, by_text


def translation_id(po, key, language):
    stated = po.metadata.get(TRANSLATION_ID, "")
    return uuid.UUID(stated) if stated else default_translation_id(key, language)


def build(key, language, translation_uuid, entries):
    """A catalogue for `key` in `language`; `entries` are (context, English, translation)."""
    po = polib.POFile(wrapwidth=WRAP_WIDTH)
    po.header = (
        f"Translation of content/{key}.yaml into {_language_name(language)}.\n"
        "Translate each msgstr; keep the HTML tags of the msgid (see content/FORMAT.md)."
    )
    po.metadata = {
        "Project-Id-Version": "DIG.INT content",
        "Language": language,
        "MIME-Version": "1.0",
        "Content-Type": "text/plain; charset=UTF-8",
        "Content-Transfer-Encoding": "8bit",
        TRANSLATION_ID: str(translation_uuid),
        CONTENT_KEY: key,
    }
    for context, source, translated in entries:
        po.append(polib.POEntry(msgctxt=context, msgid=source, msgstr=translated or ""))
    return po


def write(language, key, po):
    path = catalogue_path(language, key)
    path.parent.mkdir(parents=True, exist_ok=True)
    po.save(str(path))
    return path


def _language_name(language):
    return LANG_INFO.get(language, {}).get("name", language)


def _header_line(path, field):
    for number, line in enumerate(Path(path).read_text(encoding="utf-8").splitlines(), start=1):
        if line.startswith(f'"{field}'):
            return number
    return None


def _is_uuid(value):
    try:
        uuid.UUID(value)
    except ValueError:
        return False
    return True
