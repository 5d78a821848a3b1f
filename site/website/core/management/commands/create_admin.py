import os
import secrets

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand


class Command(BaseCommand):
    help = (
        "Create the first administrator account if it does not exist. The password comes from "
        "DIGINT_ADMIN_PASSWORD, or is generated and printed once."
    )

    def add_arguments(self, parser):
        parser.add_argument("--username", default=os.environ.get("DIGINT_ADMIN_USERNAME", "admin"))
        parser.add_argument("--email", default=os.environ.get("DIGINT_ADMIN_EMAIL", ""))

    def handle(self, *args, username, email, **options):
        User = get_user_model()
        if User.objects.filter(username=username).exists():
            self.stdout.write(f"The administrator account '{username}' already exists.")
            return
        password = os.environ.get("DIGINT_ADMIN_PASSWORD") or secrets.token_urlsafe(12)
        User.objects.create_superuser(username=username, email=email, password=password)
        if os.environ.get("DIGINT_ADMIN_PASSWORD"):
            self.stdout.write(
                f"Created the administrator '{username}' (password from DIGINT_ADMIN_PASSWORD)."
            )
        else:
            self.stdout.write(
                self.style.WARNING(
                    f"Created the administrator '{username}' with the password: {password}\n"
                    "It is shown only this once; sign in at /admin/ and change it."
                )
            )
