"""Create the issuer's Ed25519 key file, once."""

from django.conf import settings
from django.core.management.base import BaseCommand

from learning.badges.keys import generate_secret, key_file_path, load_issuer_key, write_key_file


class Command(BaseCommand):
    """`python manage.py create_issuer_key [--print]`."""

    help = (
        "Create the Ed25519 key that signs Open Badges credentials, in "
        "LEARNING_BADGES_ISSUER_KEY_FILE (never in the database). Does nothing if a key is "
        "already configured. --print shows a new key for LEARNING_BADGES_ISSUER_KEY instead."
    )

    def add_arguments(self, parser):
        """Add --print."""
        parser.add_argument(
            "--print",
            action="store_true",
            help="Print a new secret key for the environment instead of writing the file.",
        )

    def handle(self, *args, **options):
        """Write (or print) a new key unless one exists."""
        if options["print"]:
            self.stdout.write(generate_secret())
            return
        if settings.LEARNING_BADGES_ISSUER_KEY:
            key = load_issuer_key()
            self.stdout.write(
                f"The issuer key comes from the environment ({key.public_multibase})."
            )
            return
        path = key_file_path()
        if path.exists():
            key = load_issuer_key()
            self.stdout.write(f"The issuer key file exists: {path} ({key.public_multibase}).")
            return
        write_key_file(path, generate_secret())
        self.stdout.write(
            self.style.SUCCESS(
                f"Created the issuer key {path} ({load_issuer_key().public_multibase}). Back it "
                "up: credentials signed with it verify only while it is published."
            )
        )
