"""App configuration of the benchmarking self-assessment."""

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class BenchmarkingConfig(AppConfig):
    """Questionnaires, institutions, their assessments and internationalisation plans."""

    name = "learning.benchmarking"
    label = "benchmarking"
    verbose_name = _("Benchmarking")
