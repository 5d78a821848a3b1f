"""App configuration of learners' data rights: export, erasure, audit log and privacy notice."""

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PrivacyConfig(AppConfig):
    """Data exports, account deletion, the audit log, retention and the privacy page."""

    name = "learning.privacy"
    label = "privacy"
    verbose_name = _("Data rights")

    def ready(self):
        """Erase a user's learning records whenever the user is deleted, by any path."""
        from django.contrib.auth import get_user_model
        from django.db.models.signals import pre_delete

        from .erasure import erase_on_user_delete

        pre_delete.connect(
            erase_on_user_delete, sender=get_user_model(), dispatch_uid="privacy-erase-on-delete"
        )
