from django.core.management.base import BaseCommand, CommandError

from website.translations import catalogues

from .translation_coverage import add_catalogue_arguments, build_reports

EXCERPT = 120


class Command(BaseCommand):
    help = (
        "Report every translation in the UI and content catalogues (locale/<language>/) that "
        "renders a glossary term otherwise than locale/glossary.yaml approves, or uses another "
        "form of address than the formal one, with its file and line. Exits 0 unless --fail."
    )

    def add_arguments(self, parser):
        add_catalogue_arguments(parser)
        parser.add_argument(
            "--fail", action="store_true", help="Exit with status 1 when there are warnings."
        )

    def handle(self, *args, **options):
        reports = build_reports(options)
        for report in reports:
            for finding in report.findings:
                self.stdout.write(_format(finding))
        self.stdout.write("Glossary warnings per language:")
        for report in reports:
            self.stdout.write(
                f"  {report.language}  {report.warnings()} "
                f"(UI {report.warnings(catalogues.UI)}, "
                f"content {report.warnings(catalogues.CONTENT)})"
            )
        total = sum(report.warnings() for report in reports)
        if options["fail"] and total:
            raise CommandError(f"{total} glossary warning(s).")


def _format(finding):
    return (
        f"{finding.path}:{finding.line}: [{finding.language}] {finding.problem.describe()}\n"
        f"    en: {_excerpt(finding.source)}\n"
        f"    {finding.language}: {_excerpt(finding.translation)}"
    )


def _excerpt(text):
    text = " ".join(text.split())
    return text if len(text) <= EXCERPT else text[: EXCERPT - 1] + "…"
