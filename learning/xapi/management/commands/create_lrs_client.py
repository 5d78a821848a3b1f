"""Create an LRS client and print its key and secret (shown only once)."""

import secrets

from django.core.management.base import BaseCommand, CommandError

from learning.xapi.models import LRSClient

SCOPES = [code for code, _label in LRSClient.SCOPES]


class Command(BaseCommand):
    """`manage.py create_lrs_client NAME [--key K] [--secret S] [--scope SCOPE ...]`."""

    help = "Create an LRS client with HTTP Basic credentials and print its key and secret."

    def add_arguments(self, parser):
        """Name, optional key and secret, scopes."""
        parser.add_argument("name")
        parser.add_argument("--key", help="Basic auth user name (default: random).")
        parser.add_argument("--secret", help="Basic auth password (default: random).")
        parser.add_argument(
            "--scope",
            action="append",
            choices=SCOPES,
            help="A scope to grant; repeat for several (default: statements/write).",
        )

    def handle(self, *args, name, key, secret, scope, **options):
        """Create the client and print its credentials."""
        key = key or secrets.token_urlsafe(12)
        if LRSClient.objects.filter(key=key).exists():
            raise CommandError(f"An LRS client with the key {key!r} exists already.")
        client = LRSClient(name=name, key=key, scopes=" ".join(scope or ["statements/write"]))
        secret = client.set_secret(secret)
        client.save()
        self.stdout.write(f"key: {key}\nsecret: {secret}\nscopes: {client.scopes}")
