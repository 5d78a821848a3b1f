from django.core.management.base import BaseCommand

from wagtail.models import Locale

from website.core.content import catalogues
from website.core.content.export import catalogue, seeded_sources
from website.core.content.files import display_path


class Command(BaseCommand):
    help = (
        "Write the database's translations of the shipped content to locale/<language>/content/"
        "<key>.po, one catalogue per content item and language, so that translations made in "
        "the admin can be committed."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--language",
            action="append",
            choices=catalogues.target_languages(),
            help="Only this language (repeat for several); all target languages by default.",
        )

    def handle(self, *args, **options):
        languages = options["language"] or catalogues.target_languages()
        locales = list(Locale.objects.filter(language_code__in=languages).order_by("id"))
        written = 0
        for key, source in seeded_sources():
            for locale in locales:
                path = catalogues.write(locale.language_code, key, catalogue(source, locale, key))
                written += 1
                if options["verbosity"] > 1:
                    self.stdout.write(display_path(path))
        self.stdout.write(self.style.SUCCESS(f"{written} catalogues written."))
