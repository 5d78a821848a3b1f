from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class DeliverablesConfig(AppConfig):
    name = "website.deliverables"
    label = "deliverables"
    verbose_name = _("Deliverables as documents")
