from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PartnersConfig(AppConfig):
    name = "website.partners"
    label = "partners"
    verbose_name = _("Consortium partners")

    def ready(self):
        from website.core.pagecache import invalidate_on_change

        from .models import Partner

        invalidate_on_change(Partner)
