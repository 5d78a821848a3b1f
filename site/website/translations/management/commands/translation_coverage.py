import math

from django.core.management.base import BaseCommand, CommandError

from website.translations import catalogues
from website.translations.glossary import GlossaryError, load_glossary


class Command(BaseCommand):
    help = (
        "Print, per language, the share of UI messages (LC_MESSAGES/django.po) and of shipped "
        "content strings (the sum of content/**/*.po) translated, as msgfmt --statistics "
        "counts them, then the number of glossary warnings (check_glossary lists them)."
    )

    def add_arguments(self, parser):
        add_catalogue_arguments(parser)

    def handle(self, *args, **options):
        reports = build_reports(options)
        self.stdout.write(
            "Translation coverage, counted as msgfmt --statistics counts "
            "(translated, fuzzy, untranslated):"
        )
        for report in reports:
            content = _figures(report.content) if report.content_files else "no content catalogue"
            self.stdout.write(f"  {report.language}  UI messages:     {_figures(report.ui)}")
            self.stdout.write(
                f"  {report.language}  content strings: {content}{_files(report.content_files)}"
            )
        self.stdout.write("Glossary warnings (python manage.py check_glossary lists them):")
        for report in reports:
            self.stdout.write(
                f"  {report.language}  {report.warnings()} "
                f"(UI {report.warnings(catalogues.UI)}, "
                f"content {report.warnings(catalogues.CONTENT)})"
            )


def add_catalogue_arguments(parser):
    """The options this command shares with check_glossary."""
    parser.add_argument(
        "--locale",
        "-l",
        action="append",
        dest="languages",
        help="Only this language (repeatable); by default every target language.",
    )
    parser.add_argument(
        "--locale-dir", help="The catalogues' root (default: the project's locale/)."
    )
    parser.add_argument("--glossary", help="The glossary file (default: locale/glossary.yaml).")


def build_reports(options):
    """One catalogues.Report per language the options name; errors name the file at fault."""
    locale_dir = options["locale_dir"] or catalogues.default_locale_dir()
    try:
        glossary = load_glossary(options["glossary"])
        languages = options["languages"] or catalogues.target_languages()
        return [catalogues.report(glossary, locale_dir, language) for language in languages]
    except (GlossaryError, catalogues.CatalogueError) as error:
        raise CommandError(str(error)) from error


def _figures(statistics):
    if statistics is None:
        return "no UI catalogue"
    return (
        f"{statistics.translated} of {statistics.total} translated ({_percent(statistics.share)}), "
        f"{statistics.fuzzy} fuzzy, {statistics.untranslated} untranslated"
    )


def _percent(share):
    """One decimal, rounded down: 100.0 % only when everything is translated."""
    return f"{math.floor(share * 1000) / 10:.1f} %"


def _files(count):
    if not count:
        return ""
    return f" in {count} catalogue" + ("" if count == 1 else "s")
