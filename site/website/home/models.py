from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.search import index

from website.core.blocks import BaseStreamBlock
from website.core.models import BasePage
from website.core.routing import DirectRouteMixin


class HomePage(DirectRouteMixin, BasePage):
    """The front door in each language: what DIG.INT is and where to go next."""

    tagline = models.CharField(_("tagline"), max_length=255, blank=True)
    body = StreamField(BaseStreamBlock(), blank=True, verbose_name=_("body"))

    content_panels = BasePage.content_panels + [
        FieldPanel("tagline"),
        FieldPanel("introduction"),
        FieldPanel("body"),
    ]
    search_fields = BasePage.search_fields + [index.SearchField("body")]

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = [
        "home.ContentPage",
        "guidelines.GuidelinesPage",
        "guidelines.BlueprintPage",
        "partners.PartnerIndexPage",
        "events.EventIndexPage",
        "practices.PracticeIndexPage",
        "courses.CourseIndexPage",
        "privacy.PrivacyPage",
    ]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("home page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # Cards show the base Page's title and search description: one query, no .specific().
        context["sections"] = self.get_children().live().in_menu()
        return context


class ContentPage(BasePage):
    """A general page of text and images: about the project, legal notices, contact."""

    body = StreamField(BaseStreamBlock(), blank=True, verbose_name=_("body"))

    content_panels = BasePage.content_panels + [FieldPanel("introduction"), FieldPanel("body")]
    search_fields = BasePage.search_fields + [index.SearchField("body")]

    parent_page_types = ["home.HomePage", "home.ContentPage"]
    subpage_types = ["home.ContentPage"]

    class Meta:
        verbose_name = _("content page")
