from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class GuidelinesConfig(AppConfig):
    name = "website.guidelines"
    label = "guidelines"
    verbose_name = _("Guidelines and Blueprint")

    def ready(self):
        from . import signals
        from .documents import register_deliverables

        register_deliverables()
        signals.connect()
