import os
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

import polib


class Command(BaseCommand):
    help = (
        "Compile the .po catalogues in LOCALE_PATHS to .mo files with polib, so that a fresh "
        "machine needs no gettext tools. CI also checks them with msgfmt."
    )

    def handle(self, *args, **options):
        compiled = 0
        for locale_path in settings.LOCALE_PATHS:
            for po_path in sorted(Path(locale_path).glob("*/LC_MESSAGES/*.po")):
                try:
                    catalogue = polib.pofile(str(po_path))
                except OSError as error:
                    raise CommandError(f"Cannot read {po_path}: {error}") from error
                # Written beside, then renamed: a process reading the catalogue at that moment
                # (a test run started alongside) sees the old file or the new one, never half.
                mo_path = po_path.with_suffix(".mo")
                partial = mo_path.with_suffix(f".mo.{os.getpid()}")
                catalogue.save_as_mofile(str(partial))
                os.replace(partial, mo_path)
                compiled += 1
        self.stdout.write(f"Compiled {compiled} catalogues.")
