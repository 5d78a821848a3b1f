"""Erase a learner's account and records from the command line, or every deletion now due."""

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError
from django.db.models import Q

from learning.privacy import deletion
from learning.privacy.erasure import erase_learner
from learning.privacy.models import AuditEntry


class Command(BaseCommand):
    help = (
        "Erase one learner (by user name or e-mail address) with everything that refers to "
        "them, as the learner's own deletion does; or, with --due, carry out every deletion "
        "request whose cooling-off period has ended (run it daily)."
    )

    def add_arguments(self, parser):
        parser.add_argument("learner", nargs="?", help="User name or e-mail address.")
        parser.add_argument(
            "--revoke-credentials",
            action="store_true",
            help="Revoke the learner's credentials instead of keeping them valid.",
        )
        parser.add_argument(
            "--due", action="store_true", help="Carry out the deletions that are due."
        )
        parser.add_argument(
            "--noinput",
            "--no-input",
            action="store_false",
            dest="interactive",
            help="Do not ask for confirmation.",
        )

    def handle(self, *args, learner=None, due=False, **options):
        if due == bool(learner):
            raise CommandError("Name one learner, or give --due (not both).")
        if due:
            self.stdout.write(f"Deletions carried out: {deletion.erase_due()}.")
            return
        user = self._find(learner)
        if options["interactive"]:
            answer = input(f"Erase the account '{user.get_username()}' and all its records? [y/N] ")
            if answer.strip().lower() not in ("y", "yes"):
                raise CommandError("Nothing was erased.")
        result = erase_learner(
            user,
            keep_credentials=not options["revoke_credentials"],
            performed_by=AuditEntry.Performer.COMMAND,
        )
        details = result.audit_entry.details
        self.stdout.write(
            f"Erased. Pseudonymous id: {result.audit_entry.subject}; statements deleted: "
            f"{details['statements_deleted']}, anonymised: {details['statements_anonymised']}; "
            f"credentials kept: {details['credentials_kept']}, revoked: "
            f"{details['credentials_revoked']}."
        )
        for item in result.forwarded:
            self.stdout.write(
                f"Ask {item.target_name} ({item.endpoint}) to erase the statements of the "
                f"account {item.account_home_page} / {item.account_name}."
            )

    def _find(self, login):
        matches = (
            get_user_model()
            .objects.filter(
                Q(username=login) | Q(email__iexact=login) | Q(emailaddress__email__iexact=login)
            )
            .distinct()
        )
        if matches.count() != 1:
            raise CommandError(f"No single account matches '{login}'.")
        return matches.get()
