from django.apps import AppConfig
from django.db.models.signals import post_migrate, post_save
from django.utils.translation import gettext_lazy as _


class TranslationsConfig(AppConfig):
    name = "website.translations"
    label = "translations"
    verbose_name = _("Translation workflow")

    def ready(self):
        from . import rights

        post_migrate.connect(rights.on_post_migrate, sender=self)
        # Page classes save under their own sender, so the receiver listens to all models.
        post_save.connect(rights.on_page_created, dispatch_uid="translations.team_pages")
