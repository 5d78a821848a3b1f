"""The PO catalogues the site ships, read for the glossary check and the coverage figures.

Two kinds live under locale/<language>/: the UI catalogue, LC_MESSAGES/django.po, and the
content catalogues, content/**/*.po, in wagtail-localize's PO format (msgctxt is the field
or block path, msgid the English source, msgstr its translation). Figures follow
`msgfmt --statistics`: the header and obsolete entries do not count; an entry whose first
msgstr is empty is untranslated, even if marked fuzzy; otherwise a fuzzy entry is fuzzy and
the rest are translated.
"""

from dataclasses import dataclass
from pathlib import Path

from django.conf import settings

import polib

UI = "ui"
CONTENT = "content"
# Contexts whose strings are identifiers, not prose: a page's slug may stay as it is.
NOT_PROSE = frozenset({"slug"})


class CatalogueError(ValueError):
    """A catalogue cannot be read; the message names the file."""


@dataclass(frozen=True)
class Catalogue:
    language: str
    kind: str  # UI or CONTENT
    path: Path


@dataclass(frozen=True)
class Statistics:
    translated: int = 0
    fuzzy: int = 0
    untranslated: int = 0

    @property
    def total(self):
        return self.translated + self.fuzzy + self.untranslated

    @property
    def share(self):
        """The share translated, from 0 to 1 (1 when there is nothing to translate)."""
        return self.translated / self.total if self.total else 1.0

    def __add__(self, other):
        return Statistics(
            self.translated + other.translated,
            self.fuzzy + other.fuzzy,
            self.untranslated + other.untranslated,
        )


@dataclass(frozen=True)
class Finding:
    """A glossary problem in one translation of a catalogue, with where to fix it."""

    language: str
    kind: str  # UI or CONTENT
    path: str
    line: int
    source: str
    translation: str
    problem: object  # glossary.Problem


@dataclass(frozen=True)
class Report:
    """A language's catalogues: their gettext figures and their glossary findings."""

    language: str
    ui: Statistics | None  # None when the language has no UI catalogue
    content: Statistics
    content_files: int
    findings: list

    def warnings(self, kind=None):
        """How many glossary findings, in every catalogue or in those of one kind."""
        return sum(1 for finding in self.findings if kind in (None, finding.kind))


def report(glossary, locale_dir, language):
    """Read every catalogue of a language once, for its figures and its glossary findings."""
    root = Path(locale_dir).resolve().parent
    ui, content, files, findings = None, Statistics(), 0, []
    for catalogue in catalogues(locale_dir, language):
        po = read(catalogue.path)
        if catalogue.kind == UI:
            ui = statistics(po)
        else:
            content += statistics(po)
            files += 1
        if language in glossary.locales:
            findings += check(glossary, catalogue, root, po)
    return Report(language, ui, content, files, findings)


def catalogues(locale_dir, language):
    """The UI catalogue (when present) and the content catalogues of a language, in order."""
    base = Path(locale_dir) / language
    found = []
    ui = base / "LC_MESSAGES" / "django.po"
    if ui.is_file():
        found.append(Catalogue(language, UI, ui))
    found += [Catalogue(language, CONTENT, path) for path in sorted(base.glob("content/**/*.po"))]
    return found


def read(path):
    try:
        return polib.pofile(str(path), encoding="utf-8")
    except (OSError, ValueError, UnicodeDecodeError) as error:
        raise CatalogueError(f"{path}: not a readable PO file ({error}).") from error


def statistics(po):
    """Translated, fuzzy and untranslated messages, counted as msgfmt --statistics does."""
    translated = fuzzy = untranslated = 0
    for entry in po:
        if entry.obsolete:
            continue
        first = entry.msgstr_plural.get(0, "") if entry.msgid_plural else entry.msgstr
        if not first:
            untranslated += 1
        elif entry.fuzzy:
            fuzzy += 1
        else:
            translated += 1
    return Statistics(translated, fuzzy, untranslated)


def translations(po):
    """(entry, English source, translation) for every translated form of every live entry.

    Slugs are left out: they are addresses, not text a reader sees.
    """
    for entry in po:
        if entry.obsolete or entry.msgctxt in NOT_PROSE:
            continue
        if entry.msgid_plural:
            for index, text in sorted(entry.msgstr_plural.items()):
                if text:
                    yield entry, entry.msgid if index == 0 else entry.msgid_plural, text
        elif entry.msgstr:
            yield entry, entry.msgid, entry.msgstr


def check(glossary, catalogue, root, po=None):
    """The glossary findings of one catalogue (read unless `po` is given), shown from `root`."""
    shown = _relative(catalogue.path, root)
    findings = []
    for entry, source, translation in translations(po or read(catalogue.path)):
        for problem in glossary.check(source, translation, catalogue.language):
            findings.append(
                Finding(
                    catalogue.language,
                    catalogue.kind,
                    shown,
                    entry.linenum,
                    source,
                    translation,
                    problem,
                )
            )
    return findings


def _relative(path, root):
    try:
        return Path(path).resolve().relative_to(Path(root).resolve()).as_posix()
    except ValueError:
        return str(path)


def target_languages():
    """The languages the site is translated into: every language but the source."""
    return [code for code, _name in settings.LANGUAGES if code != settings.LANGUAGE_CODE]


def default_locale_dir():
    return Path(settings.LOCALE_PATHS[0])
