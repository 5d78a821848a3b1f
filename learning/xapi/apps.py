"""App configuration of the Learning Record Store."""

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class XapiConfig(AppConfig):
    """Statements, LRS clients, documents and forwarding to external LRSs."""

    name = "learning.xapi"
    label = "xapi"
    verbose_name = _("Learning Record Store")
