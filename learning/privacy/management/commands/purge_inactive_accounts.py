"""Apply the retention rules: accounts never confirmed, and old export files."""

from django.core.management.base import BaseCommand
from django.db import transaction

from learning.privacy import retention


class Command(BaseCommand):
    help = (
        "Erase accounts whose e-mail address was never confirmed after "
        "LEARNING_PRIVACY_PURGE_UNCONFIRMED_DAYS days, and delete data export files after "
        "LEARNING_PRIVACY_PURGE_EXPORTS_DAYS days. Each rule is off while its setting is empty."
    )

    def handle(self, *args, **options):
        with transaction.atomic():
            accounts = retention.purge_unconfirmed()
            exports = retention.purge_exports()
        self._report("Unconfirmed accounts erased", accounts, "PURGE_UNCONFIRMED_DAYS")
        self._report("Export files deleted", exports, "PURGE_EXPORTS_DAYS")

    def _report(self, label, count, setting):
        if count is None:
            self.stdout.write(f"{label}: off (LEARNING_PRIVACY_{setting} is not set).")
        else:
            self.stdout.write(f"{label}: {count}.")
