from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.search import index

from django_countries.fields import CountryField

from website.core.blocks import BaseStreamBlock
from website.core.models import BasePage

from .blocks import AgendaItemBlock


class EventIndexPage(BasePage):
    """The project's events, upcoming first, then past ones."""

    content_panels = BasePage.content_panels + [FieldPanel("introduction")]

    parent_page_types = ["home.HomePage"]
    subpage_types = ["events.EventPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("events page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        events = EventPage.objects.child_of(self).live().order_by("start")
        now = timezone.now()
        context["upcoming_events"] = [event for event in events if event.end_or_start >= now]
        context["past_events"] = [event for event in events if event.end_or_start < now][::-1]
        return context


class EventPage(BasePage):
    """An event of the project: when and where, the agenda and its speakers."""

    start = models.DateTimeField(_("starts"))
    end = models.DateTimeField(_("ends"), null=True, blank=True)
    venue = models.CharField(_("venue"), max_length=255, blank=True)
    address = models.CharField(_("address"), max_length=255, blank=True)
    city = models.CharField(_("city"), max_length=120, blank=True)
    country = CountryField(_("country"), blank=True)
    language_services = models.CharField(
        _("language services"),
        max_length=255,
        blank=True,
        help_text=_("e.g. interpretation between Italian and English"),
    )
    agenda = StreamField([("item", AgendaItemBlock())], blank=True, verbose_name=_("agenda"))
    body = StreamField(BaseStreamBlock(), blank=True, verbose_name=_("body"))

    content_panels = BasePage.content_panels + [
        FieldPanel("introduction"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("start"), FieldPanel("end")]),
                FieldPanel("venue"),
                FieldPanel("address"),
                FieldRowPanel([FieldPanel("city"), FieldPanel("country")]),
                FieldPanel("language_services"),
            ],
            heading=_("When and where"),
        ),
        FieldPanel("agenda"),
        FieldPanel("body"),
    ]
    search_fields = BasePage.search_fields + [
        index.SearchField("venue"),
        index.SearchField("city"),
        index.SearchField("agenda"),
        index.SearchField("body"),
        index.FilterField("start"),
    ]

    parent_page_types = ["events.EventIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("event page")

    @property
    def end_or_start(self):
        return self.end or self.start

    def clean(self):
        super().clean()
        if self.end and self.start and self.end < self.start:
            raise ValidationError({"end": _("An event cannot end before it starts.")})

    def speakers(self):
        """Everyone who speaks, in agenda order, each once."""
        seen = set()
        speakers = []
        for item in self.agenda:
            for speaker in item.value["speakers"]:
                if speaker["name"] not in seen:
                    seen.add(speaker["name"])
                    speakers.append(speaker)
        return speakers
