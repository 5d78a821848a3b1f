"""Issue the credentials whose criteria are met but that were not issued (e.g. no key yet)."""

from django.core.management.base import BaseCommand

from learning.badges.issuance import issue_for_enrolment
from learning.progress.models import Enrolment


class Command(BaseCommand):
    """`python manage.py issue_credentials`."""

    help = "Issue every credential whose criteria are met and that is not issued yet."

    def handle(self, *args, **options):
        """Check every completed enrolment."""
        issued = 0
        for enrolment in Enrolment.objects.filter(completed_at__isnull=False).exclude(
            credentials__isnull=False
        ):
            if issue_for_enrolment(enrolment) is not None:
                issued += 1
        self.stdout.write(f"Issued {issued} credential(s).")
