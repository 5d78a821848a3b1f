from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CoursesConfig(AppConfig):
    name = "courses"
    label = "courses"
    verbose_name = _("Pilot courses")

    def ready(self):
        from learning.xapi.statements import register_describer

        from .definitions import describe

        register_describer(describe)
