"""Translation coverage: gettext figures as msgfmt --statistics counts them, per language."""

import io
from pathlib import Path

from django.core.management import call_command

import pytest

from website.translations import catalogues

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "catalogues" / "locale"


# Each expected figure is what `msgfmt --statistics` prints for the fixture file.
@pytest.mark.parametrize(
    ("path", "expected"),
    [
        ("it/LC_MESSAGES/django.po", catalogues.Statistics(7, 1, 1)),
        ("it/content/practices/mobility-windows.po", catalogues.Statistics(4, 0, 1)),
        ("it/content/courses/module-1.po", catalogues.Statistics(1, 1, 0)),
        # An empty fuzzy entry is untranslated; a plural entry counts by its first msgstr;
        # neither the fuzzy header nor the obsolete entry counts.
        ("ro/LC_MESSAGES/django.po", catalogues.Statistics(2, 1, 3)),
    ],
)
def test_statistics_count_as_msgfmt_does(path, expected):
    assert catalogues.statistics(catalogues.read(FIXTURES / path)) == expected


def test_catalogues_of_a_language_are_the_ui_one_and_every_content_one():
    found = [
        (item.kind, item.path.relative_to(FIXTURES).as_posix())
        for item in catalogues.catalogues(FIXTURES, "it")
    ]
    assert found == [
        (catalogues.UI, "it/LC_MESSAGES/django.po"),
        (catalogues.CONTENT, "it/content/courses/module-1.po"),
        (catalogues.CONTENT, "it/content/practices/mobility-windows.po"),
    ]
    assert catalogues.catalogues(FIXTURES, "nl") == []


def test_coverage_command_prints_ui_and_content_figures_and_glossary_warnings():
    out = io.StringIO()
    call_command(
        "translation_coverage", locale_dir=str(FIXTURES), languages=["it", "ro", "nl"], stdout=out
    )
    lines = [line.strip() for line in out.getvalue().splitlines()]
    assert "it  UI messages:     7 of 9 translated (77.7 %), 1 fuzzy, 1 untranslated" in lines
    assert (
        "it  content strings: 5 of 7 translated (71.4 %), 1 fuzzy, 1 untranslated in 2 catalogues"
        in lines
    )
    assert "ro  UI messages:     2 of 6 translated (33.3 %), 1 fuzzy, 3 untranslated" in lines
    assert "ro  content strings: no content catalogue" in lines
    assert "nl  UI messages:     no UI catalogue" in lines
    glossary = lines.index("Glossary warnings (python manage.py check_glossary lists them):")
    assert lines[glossary + 1 :] == [
        "it  5 (UI 3, content 2)",
        "ro  1 (UI 1, content 0)",
        "nl  0 (UI 0, content 0)",
    ]


def test_coverage_shows_100_percent_only_when_everything_is_translated(tmp_path):
    ui = tmp_path / "locale" / "fr" / "LC_MESSAGES" / "django.po"
    ui.parent.mkdir(parents=True)
    entries = "".join(f'msgid "Message {n}"\nmsgstr "Message {n} traduit"\n\n' for n in range(1999))
    ui.write_text(
        'msgid ""\nmsgstr "Content-Type: text/plain; charset=UTF-8\\n"\n\n'
        + entries
        + 'msgid "Last"\nmsgstr ""\n',
        encoding="utf-8",
    )
    out = io.StringIO()
    call_command(
        "translation_coverage", locale_dir=str(tmp_path / "locale"), languages=["fr"], stdout=out
    )
    assert "1999 of 2000 translated (99.9 %)" in out.getvalue()


def test_coverage_of_the_shipped_ui_catalogues_is_complete():
    out = io.StringIO()
    call_command("translation_coverage", stdout=out)
    ui_lines = [line for line in out.getvalue().splitlines() if "UI messages:" in line]
    assert len(ui_lines) == 5
    assert all("translated (100.0 %), 0 fuzzy, 0 untranslated" in line for line in ui_lines)
