from django.core.management.base import BaseCommand

from learning.benchmarking.invitations import purge_unused


class Command(BaseCommand):
    help = (
        "Delete invitations that expired or were withdrawn without being accepted, with the "
        "e-mail addresses they hold (run it daily, e.g. from cron)."
    )

    def handle(self, *args, **options):
        deleted = purge_unused()
        self.stdout.write(f"{deleted} unused invitation(s) deleted.")
