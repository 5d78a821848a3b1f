"""Deliver the outbox to the external LRSs now (the task worker does it on its own too)."""

import logging
import time

from django.core.management.base import BaseCommand

from learning.xapi.forwarding import deliver
from learning.xapi.models import ExternalLRS

logger = logging.getLogger(__name__)


class Command(BaseCommand):
    """`manage.py forward_statements [--loop SECONDS]`."""

    help = "Send every statement due to each enabled external LRS."

    def add_arguments(self, parser):
        """An optional pause, to keep running."""
        parser.add_argument(
            "--loop", type=float, metavar="SECONDS", help="Keep running, pausing between rounds."
        )

    def handle(self, *args, loop=None, **options):
        """One round, or rounds forever."""
        while True:
            for target in ExternalLRS.objects.filter(enabled=True):
                try:
                    count = deliver(target)
                except Exception:  # noqa: BLE001 - a looping worker outlives any one round
                    if loop is None:
                        raise
                    logger.exception("Forwarding round for %s failed", target)
                    continue
                if count:
                    self.stdout.write(f"{target}: {count} statements delivered.")
            if loop is None:
                return
            time.sleep(loop)
