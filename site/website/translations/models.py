from django.contrib.auth.models import Group
from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.models import Locale


class TranslatorTeam(models.Model):
    """The translators of one language: a group whose rights stop at that locale.

    Admins add people to the group (Settings → Groups); the team gives them the locale's page
    tree and snippets to translate and submit for review, and nothing in other languages.
    """

    group = models.OneToOneField(Group, on_delete=models.CASCADE, related_name="translator_team")
    locale = models.OneToOneField(Locale, on_delete=models.CASCADE, related_name="translator_team")

    class Meta:
        verbose_name = _("translator team")
        verbose_name_plural = _("translator teams")

    def __str__(self):
        return self.group.name
