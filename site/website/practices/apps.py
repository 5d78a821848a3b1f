from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PracticesConfig(AppConfig):
    name = "website.practices"
    label = "practices"
    verbose_name = _("Good practices")

    def ready(self):
        from . import attachments, retention

        retention.connect_signals()
        attachments.connect_signals()
