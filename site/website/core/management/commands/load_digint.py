from importlib import import_module
from importlib.util import find_spec

from django.apps import apps
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from website.core.content.files import ContentError
from website.core.content.indexing import indexed_once
from website.core.content.seeding import ContentLoader


def content_modules():
    """Each app's `digint_content` module, in INSTALLED_APPS order."""
    for app_config in apps.get_app_configs():
        module_name = f"{app_config.name}.digint_content"
        if find_spec(module_name) is not None:
            yield app_config, import_module(module_name)


class Command(BaseCommand):
    help = (
        "Load the DIG.INT content from content/ and its translations from locale/<language>/"
        "content/. Creates what is missing and updates what the files changed, but leaves "
        "alone whatever an editor or translator changed since (unless --reset)."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--reset",
            action="store_true",
            help="Reload everything from the files, overwriting changes made in the admin.",
        )
        # A content module may add options (`add_arguments`) and receive them by name
        # (listed in its `OPTIONS`).
        for _app_config, module in content_modules():
            if hasattr(module, "add_arguments"):
                module.add_arguments(parser)

    def handle(self, *args, **options):
        loader = ContentLoader(reset=options["reset"])
        problems = loader.check()
        if problems:
            raise CommandError(
                "The content cannot be loaded; nothing was changed:\n"
                + "\n".join(f"  {problem}" for problem in problems)
            )
        # Each app's `digint_content.load(loader)` runs in INSTALLED_APPS order, so the home page
        # exists before the sections under it; one transaction, so nothing is half-loaded.
        try:
            with transaction.atomic(), indexed_once():
                for app_config, module in content_modules():
                    own_options = {name: options[name] for name in getattr(module, "OPTIONS", [])}
                    summary = module.load(loader, **own_options)
                    self.stdout.write(f"{app_config.verbose_name}: {summary}")
        except ContentError as error:
            raise CommandError(
                f"The content cannot be loaded; nothing was changed:\n  {error}"
            ) from error
        for note in loader.notes:
            self.stdout.write(self.style.WARNING(note))
        self.stdout.write(self.style.SUCCESS("DIG.INT content is loaded."))
