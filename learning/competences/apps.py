"""App configuration of the competence map."""

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CompetencesConfig(AppConfig):
    """The seven DIG.INT competences, their levels and the mix per target group."""

    name = "learning.competences"
    label = "competences"
    verbose_name = _("Competence map")

    def ready(self):
        """Register the framework as a downloadable deliverable, remade when it changes."""
        from . import signals
        from .documents import register_deliverable

        register_deliverable()
        signals.connect()
