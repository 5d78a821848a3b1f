"""App configuration of the learning records."""

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ProgressConfig(AppConfig):
    """Enrolments and learning events."""

    name = "learning.progress"
    label = "progress"
    verbose_name = _("Learning progress")
