from django.core.management.base import BaseCommand

from website.practices.models import PracticeSubmission
from website.practices.retention import purge_expired


class Command(BaseCommand):
    help = (
        "Delete the contacts of people who proposed practices more than "
        f"{PracticeSubmission.RETENTION_DAYS} days ago (run it daily, e.g. from cron)."
    )

    def handle(self, *args, **options):
        deleted = purge_expired()
        self.stdout.write(f"{deleted} expired submitter contact(s) deleted.")
