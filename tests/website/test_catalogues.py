"""The six UI catalogues: every message translated, no placeholder lost or altered."""

import re
from pathlib import Path

from django.conf import settings

import polib
import pytest

LOCALE_DIR = Path(settings.LOCALE_PATHS[0])
PLACEHOLDER = re.compile(r"%\([a-z_]+\)[sd]|\{[a-z_]+\}")


def catalogue(language):
    return polib.pofile(str(LOCALE_DIR / language / "LC_MESSAGES" / "django.po"))


@pytest.mark.parametrize("language", [code for code, _name in settings.LANGUAGES])
def test_catalogue_is_complete(language):
    po = catalogue(language)
    assert len(po) > 100
    assert not po.untranslated_entries(), [entry.msgid for entry in po.untranslated_entries()]
    assert not po.fuzzy_entries(), [entry.msgid for entry in po.fuzzy_entries()]


@pytest.mark.parametrize("language", [code for code, _name in settings.LANGUAGES])
def test_catalogue_keeps_every_placeholder(language):
    for entry in catalogue(language):
        expected = sorted(PLACEHOLDER.findall(entry.msgid))
        translations = entry.msgstr_plural.values() if entry.msgid_plural else [entry.msgstr]
        for translated in translations:
            found = sorted(set(PLACEHOLDER.findall(translated)))
            assert found == sorted(set(expected)), f"{language}: {entry.msgid!r} → {translated!r}"


@pytest.mark.parametrize("language", ["it", "fr", "nl", "es", "ro"])
def test_translations_are_not_english_copies(language):
    entries = [entry for entry in catalogue(language) if len(entry.msgid) > 25]
    copies = [entry.msgid for entry in entries if entry.msgstr == entry.msgid]
    assert len(copies) <= len(entries) // 20, copies
