"""Rebuild the learning events (progress) from the platform's stored xAPI statements."""

from django.core.management.base import BaseCommand

from learning.progress.rebuild import rebuild_progress


class Command(BaseCommand):
    """`manage.py rebuild_progress`."""

    help = "Rebuild learning events from the platform's stored xAPI statements."

    def handle(self, *args, **options):
        """Rebuild and report how many events the statements hold."""
        count = rebuild_progress()
        self.stdout.write(f"Rebuilt {count} learning events from statements.")
