"""`manage.py rebuild_evaluation`: rebuild the evaluation aggregates from the statements."""

from django.core.management.base import BaseCommand

from learning.evaluation.aggregates import rebuild
from learning.evaluation.models import EnrolmentFact


class Command(BaseCommand):
    """Replace the aggregates by the projection of the stored platform statements."""

    help = "Rebuild the pilot evaluation's aggregates from the platform's statements."

    def handle(self, *args, **options):
        """Rebuild in one transaction and say how much was read and built."""
        count = rebuild()
        self.stdout.write(
            f"Read {count} statements; {EnrolmentFact.objects.count()} enrolments aggregated."
        )
