from django.conf import settings
from django.contrib.auth.models import AbstractUser
from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.models import Page
from wagtail.search import index

from django_countries.fields import CountryField

from .pagecache import mark_cacheable
from .vocabularies import TargetGroup


class User(AbstractUser):
    """A person with an account: editor, translator, learner or institution member."""

    preferred_language = models.CharField(
        _("preferred language"), max_length=8, choices=settings.LANGUAGES, blank=True
    )
    organisation = models.CharField(_("organisation"), max_length=200, blank=True)
    country = CountryField(_("country"), blank=True)
    target_group = models.CharField(
        _("role"), max_length=30, choices=TargetGroup.choices, blank=True
    )


class BasePage(Page):
    """Common ground of every public page: an introduction shown in listings and at the top."""

    introduction = models.TextField(_("introduction"), blank=True)

    search_fields = Page.search_fields + [index.SearchField("introduction")]

    class Meta:
        abstract = True

    def serve(self, request, *args, **kwargs):
        # Reached only once view restrictions have let the visitor in.
        mark_cacheable(request)
        return super().serve(request, *args, **kwargs)
