from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CoreConfig(AppConfig):
    name = "website.core"
    label = "core"
    verbose_name = _("DIG.INT core")

    def ready(self):
        from . import pagecache

        pagecache.connect_invalidation_signals()
