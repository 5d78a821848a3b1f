"""App configuration of the Open Badges 3.0 achievements and credentials."""

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class BadgesConfig(AppConfig):
    """Achievements, issued credentials, signing and verification."""

    name = "learning.badges"
    label = "badges"
    verbose_name = _("Micro-credentials")

    def ready(self):
        """Issue credentials when the platform records a course completion."""
        from learning.progress.signals import event_recorded

        from .issuance import on_event_recorded

        event_recorded.connect(on_event_recorded, dispatch_uid="badges-issue-on-completion")
