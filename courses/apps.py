from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CoursesConfig(AppConfig):
    name = "courses"
    label = "courses"
    verbose_name = _("Pilot courses")

    def ready(self):
        from wagtail.signals import page_published

        from learning.xapi.statements import register_describer

        from .achievements import on_page_published
        from .definitions import describe

        register_describer(describe)
        page_published.connect(on_page_published, dispatch_uid="courses-sync-achievement")
