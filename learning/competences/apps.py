"""App configuration of the competence map."""

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CompetencesConfig(AppConfig):
    """The seven DIG.INT competences, their levels and the mix per target group."""

    name = "learning.competences"
    label = "competences"
    verbose_name = _("Competence map")
