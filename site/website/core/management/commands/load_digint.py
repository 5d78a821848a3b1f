from importlib import import_module
from importlib.util import find_spec

from django.apps import apps
from django.core.management.base import BaseCommand
from django.db import transaction


def content_modules():
    """Each app's `digint_content` module, in INSTALLED_APPS order."""
    for app_config in apps.get_app_configs():
        module_name = f"{app_config.name}.digint_content"
        if find_spec(module_name) is not None:
            yield app_config, import_module(module_name)


class Command(BaseCommand):
    help = (
        "Load the DIG.INT content (home, guidelines, Blueprint, partners, events and what later "
        "apps add) with its translations. Idempotent: a second run changes nothing."
    )

    def add_arguments(self, parser):
        # A content module may add options (`add_arguments`) and receive them by name
        # (listed in its `OPTIONS`).
        for _app_config, module in content_modules():
            if hasattr(module, "add_arguments"):
                module.add_arguments(parser)

    def handle(self, *args, **options):
        # Each app contributes a `digint_content` module with a `load()` function; they run in
        # INSTALLED_APPS order, so the home page exists before the sections under it.
        with transaction.atomic():
            for app_config, module in content_modules():
                own_options = {name: options[name] for name in getattr(module, "OPTIONS", [])}
                summary = module.load(**own_options)
                self.stdout.write(f"{app_config.verbose_name}: {summary}")
        self.stdout.write(self.style.SUCCESS("DIG.INT content is loaded."))
