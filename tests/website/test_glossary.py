"""The terminology glossary, its check of translations and the check_glossary command."""

import io
from pathlib import Path

from django.conf import settings
from django.core.management import CommandError, call_command

import pytest

from website.translations import catalogues
from website.translations.glossary import (
    FORBIDDEN,
    MISSING,
    REGISTER,
    GlossaryError,
    load_glossary,
)

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "catalogues" / "locale"
TARGETS = ["it", "fr", "nl", "es", "ro"]
REQUIRED_TERMS = [
    "micro-credential",
    "credential",
    "badge",
    "benchmarking tool",
    "self-assessment",
    "internationalisation",
    "VET",
    "trainer",
    "learner",
    "policy officer",
    "manager",
    "Blueprint",
    "good practice",
    "competence map",
    "peer group",
    "module",
    "unit",
    "quiz",
    "workload",
    "ECTS",
]


@pytest.fixture(scope="module")
def glossary():
    return load_glossary()


def problems(glossary, source, translation, language):
    return [
        (problem.kind, problem.term, problem.found)
        for problem in glossary.check(source, translation, language)
    ]


def line_of(path, text):
    return next(
        number
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1)
        if text in line
    )


# The glossary file ----------------------------------------------------------------------


def test_glossary_covers_the_required_terms_in_every_language(glossary):
    terms = {term.term: term for term in glossary.terms}
    assert set(REQUIRED_TERMS) <= set(terms)
    for name in REQUIRED_TERMS:
        assert set(terms[name].renderings) == set(TARGETS), name
        assert terms[name].definition, name
    assert list(glossary.locales) == TARGETS


def test_glossary_approves_the_eu_terms(glossary):
    terms = {term.term: term for term in glossary.terms}
    assert terms["micro-credential"].renderings["ro"].term == "microcertificat"
    assert terms["micro-credential"].renderings["fr"].term == "microcertification"
    assert terms["VET"].renderings["it"].term == "IFP"
    assert terms["VET"].renderings["es"].term == "FP"
    assert terms["credential"].renderings["ro"].term != "acreditare"


def test_glossary_file_errors_name_the_file_and_the_entry(tmp_path):
    broken = tmp_path / "glossary.yaml"
    broken.write_text(
        "version: 1\nlocales: [it]\nterms:\n"
        "  - term: credential\n    en: [credential]\n    it: {term: credenziale}\n",
        encoding="utf-8",
    )
    with pytest.raises(GlossaryError) as error:
        load_glossary(broken)
    assert str(broken) in str(error.value)
    assert "term 'credential', it" in str(error.value)


def test_glossary_yaml_error_names_the_file(tmp_path):
    broken = tmp_path / "glossary.yaml"
    broken.write_text("version: 1\nlocales: [it\n", encoding="utf-8")
    with pytest.raises(GlossaryError, match="not valid YAML"):
        load_glossary(broken)


# Checking one translation --------------------------------------------------------------


def test_check_reports_a_forbidden_rendering(glossary):
    assert problems(
        glossary, "This credential was revoked.", "Această acreditare a fost revocată.", "ro"
    ) == [(FORBIDDEN, "credential", "acreditare")]


def test_a_file_name_does_not_excuse_the_term_beside_it(glossary):
    # "badge.png" is a file name, but "the badge image" still needs the approved term.
    assert problems(
        glossary,
        "badge.png (the badge image)",
        "badge.png (la imagen del badge)",
        "es",
    ) == [(FORBIDDEN, "badge", "badge")]


def test_check_reports_a_term_rendered_otherwise(glossary):
    assert problems(glossary, "Verify a credential", "Verifichi un attestato", "it") == [
        (MISSING, "credential", "")
    ]


@pytest.mark.parametrize(
    ("source", "translation", "language"),
    [
        ("This credential was revoked.", "Certificatul a fost revocat.", "ro"),
        ("DIG.INT micro-credentials", "Microcredenziali DIG.INT", "it"),
        ("Micro-credential details", "Detaliile microcertificatului", "ro"),
        ("The Blueprint cycle", "De Blueprintcyclus", "nl"),
        ("Benchmarking questionnaire", "Benchmarkingvragenlijst", "nl"),
        ("Why plan VET internationalisation", "De ce să planificăm internaţionalizarea EFP", "ro"),
        ("VET learners", "Discenti dell’IFP", "it"),
        ("Regional policy officers", "Responsables de políticas regionales", "es"),
        ("CREDENTIAL", "CREDENZIALE", "it"),
        ("The <b>benchmarking tool</b> shows", "Lo <b>strumento di benchmarking</b> mostra", "it"),
    ],
)
def test_check_accepts_approved_forms(glossary, source, translation, language):
    assert problems(glossary, source, translation, language) == []


@pytest.mark.parametrize(
    ("source", "translation", "language"),
    [
        # Names and codes are not terms.
        ("Digital International Trainers", "Digital International Trainers", "es"),
        ("An Open Badges credential", "Una credencial Open Badges", "es"),
        ("Project 2022-1-IT01-KA220-VET-00008945", "Progetto 2022-1-IT01-KA220-VET-00008945", "it"),
        ("credential.json and badge.png", "credential.json y badge.png", "es"),
        ("Open badge.png", "Deschideți badge.png", "ro"),
        # Placeholders, addresses and other senses of a word are not terms either.
        ("Issued to %(learner)s", "Rilasciata a %(learner)s", "it"),
        ("See https://example.org/credential", "Vedi https://example.org/credential", "it"),
        ("This resource needs HTTP Basic credentials", "Necesită credențialele HTTP Basic", "ro"),
        ("Peer learning visits", "Visites d'apprentissage entre collègues", "fr"),
        # Whole words only, and acronyms as written.
        ("Submodules and unitary tests", "Sottomoduli e test unitari", "it"),
        ("We vet every proposal.", "Esaminiamo ogni proposta.", "it"),
    ],
)
def test_check_ignores_what_is_not_a_term(glossary, source, translation, language):
    assert problems(glossary, source, translation, language) == []


def test_a_longer_term_hides_the_shorter_one_inside_it(glossary):
    # "credential" inside "micro-credential" is not checked: "microcertificat" is right.
    assert glossary.terms_in("DIG.INT micro-credential")[0].term == "micro-credential"
    assert len(glossary.terms_in("DIG.INT micro-credential")) == 1
    assert problems(glossary, "DIG.INT micro-credential", "Microcertificat DIG.INT", "ro") == []


def test_an_approved_term_is_not_another_terms_forbidden_rendering(glossary):
    # Spanish "cuestionario" is forbidden for a quiz but approved for a questionnaire.
    source = "This quiz is not the questionnaire."
    assert problems(glossary, source, "Este test no es el cuestionario.", "es") == []
    assert problems(glossary, source, "Este cuestionario no es el cuestionario.", "es") == [
        (MISSING, "quiz", "")
    ]
    assert problems(glossary, "Quiz", "Cuestionario", "es") == [(FORBIDDEN, "quiz", "Cuestionario")]


@pytest.mark.parametrize(
    ("translation", "language", "found"),
    [
        ("La tua riflessione è salvata.", "it", "tua"),
        ("Scegliete la vostra lingua.", "it", "vostra"),
        ("No puedes traducir al francés.", "es", "puedes"),
        ("Niet jouw taal", "nl", "jouw"),
        ("Nu este limba ta", "ro", "ta"),
    ],
)
def test_check_reports_another_form_of_address(glossary, translation, language, found):
    assert problems(glossary, "Not your language", translation, language) == [(REGISTER, "", found)]


def test_register_ignores_official_names_and_acronyms(glossary):
    assert problems(glossary, "Your Europe portal", "Il portale La tua Europa", "it") == []
    assert problems(glossary, "Your Europe portal", "El portal Tu Europa", "es") == []
    assert problems(glossary, "Article 9 TEU", "Articolo 9 TUE", "it") == []
    assert problems(glossary, "With your words", "Con parole tue", "it") == [(REGISTER, "", "tue")]


def test_check_accepts_the_formal_address(glossary):
    assert problems(glossary, "Your progress", "I suoi progressi", "it") == []
    assert problems(glossary, "Your progress", "Su progreso", "es") == []
    assert problems(glossary, "Your progress", "Uw voortgang", "nl") == []


# Catalogues and the command --------------------------------------------------------------


def test_check_reads_ui_and_content_catalogues_with_file_and_line(glossary):
    report = catalogues.report(glossary, FIXTURES, "it")
    found = {(finding.path, finding.line, finding.problem.term) for finding in report.findings}
    ui = FIXTURES / "it" / "LC_MESSAGES" / "django.po"
    content = FIXTURES / "it" / "content" / "practices" / "mobility-windows.po"
    assert found == {
        ("locale/it/LC_MESSAGES/django.po", line_of(ui, '"Fewer than 250 learners"'), "learner"),
        ("locale/it/LC_MESSAGES/django.po", line_of(ui, '"Your progress"'), ""),
        ("locale/it/LC_MESSAGES/django.po", line_of(ui, '"Verify a credential"'), "credential"),
        (
            "locale/it/content/practices/mobility-windows.po",
            line_of(content, "Each unit ends") - 1,  # the entry starts at its msgctxt
            "unit",
        ),
        (
            "locale/it/content/practices/mobility-windows.po",
            line_of(content, "Each unit ends") - 1,
            "quiz",
        ),
    }
    assert report.warnings(catalogues.UI) == 3
    assert report.warnings(catalogues.CONTENT) == 2


def test_check_glossary_command_lists_warnings_and_exits_zero():
    out = io.StringIO()
    call_command("check_glossary", locale_dir=str(FIXTURES), languages=["it"], stdout=out)
    output = out.getvalue()
    line = line_of(FIXTURES / "it" / "LC_MESSAGES" / "django.po", '"Fewer than 250 learners"')
    assert f'locale/it/LC_MESSAGES/django.po:{line}: [it] "learner" rendered as "allievi"' in output
    assert "Microcredenziali" not in output  # an approved plural is no warning
    assert "it  5 (UI 3, content 2)" in output


def test_check_glossary_command_fails_on_warnings_when_asked():
    with pytest.raises(CommandError, match="6 glossary warning"):
        call_command(
            "check_glossary",
            locale_dir=str(FIXTURES),
            languages=["it", "ro"],
            fail=True,
            stdout=io.StringIO(),
        )


def test_check_glossary_command_names_a_broken_catalogue(tmp_path):
    broken = tmp_path / "locale" / "it" / "content" / "broken.po"
    broken.parent.mkdir(parents=True)
    broken.write_text('msgid "Open"\nmsgstr "Aperto"\nnot a keyword\n', encoding="utf-8")
    with pytest.raises(CommandError, match=r"broken\.po.*line 3"):
        call_command(
            "check_glossary",
            locale_dir=str(tmp_path / "locale"),
            languages=["it"],
            stdout=io.StringIO(),
        )


@pytest.mark.parametrize("language", TARGETS)
def test_ui_and_content_catalogues_follow_the_glossary(glossary, language):
    """One term per concept and the formal address, in the interface and the shipped content."""
    report = catalogues.report(glossary, Path(settings.LOCALE_PATHS[0]), language)
    findings = [
        f"{finding.path}:{finding.line}: {finding.problem.describe()}"
        for finding in report.findings
    ]
    assert findings == []
    assert report.ui is not None and report.content_files > 60  # both kinds were read
