from django.conf import settings
from django.db import models
from django.utils import translation
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.models import TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from django_countries.fields import CountryField

from website.core.models import BasePage


class PartnerRole(models.TextChoices):
    LEAD = "lead", _("Lead partner")
    PARTNER = "partner", _("Partner")


class Partner(TranslatableMixin, index.Indexed, models.Model):
    """A member of the DIG.INT consortium, shown on the partners page and in the footer."""

    code = models.CharField(
        _("code"), max_length=8, help_text=_("The partner's number in the project, e.g. LP or P3.")
    )
    acronym = models.CharField(_("acronym"), max_length=30)
    name = models.CharField(_("name"), max_length=255)
    role = models.CharField(
        _("role"), max_length=20, choices=PartnerRole.choices, default=PartnerRole.PARTNER
    )
    country = CountryField(_("country"))
    region = models.CharField(
        _("region"), max_length=120, blank=True, help_text=_("e.g. Basque Country")
    )
    description = models.TextField(_("description"), blank=True)
    website = models.URLField(_("website"), blank=True)
    logo = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("logo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    sort_order = models.PositiveSmallIntegerField(_("order"), default=0)

    panels = [
        FieldPanel("code"),
        FieldPanel("acronym"),
        FieldPanel("name"),
        FieldPanel("role"),
        FieldPanel("country"),
        FieldPanel("region"),
        FieldPanel("description"),
        FieldPanel("website"),
        FieldPanel("logo"),
        FieldPanel("sort_order"),
    ]
    search_fields = [
        index.SearchField("name"),
        index.SearchField("acronym"),
        index.SearchField("description"),
        index.FilterField("locale_id"),
    ]
    # The description and region are translated; a partner's name and code are not.
    override_translatable_fields = [
        SynchronizedField("code"),
        SynchronizedField("acronym"),
        SynchronizedField("name"),
        SynchronizedField("website"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("partner")
        verbose_name_plural = _("partners")
        ordering = ["sort_order", "acronym"]

    def __str__(self):
        return f"{self.acronym} — {self.name}"

    @classmethod
    def for_active_locale(cls):
        """All partners in the visitor's language, falling back to the source text (one query)."""
        active = translation.get_language()
        partners = cls.objects.filter(
            locale__language_code__in={active, settings.LANGUAGE_CODE}
        ).select_related("logo", "locale")
        chosen = {}
        for partner in partners:
            if partner.locale.language_code == active or partner.translation_key not in chosen:
                chosen[partner.translation_key] = partner
        return sorted(chosen.values(), key=lambda partner: (partner.sort_order, partner.acronym))


class PartnerIndexPage(BasePage):
    """The consortium: every partner with its country and role."""

    content_panels = BasePage.content_panels + [FieldPanel("introduction")]

    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("partners page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["partners"] = Partner.for_active_locale()
        return context
