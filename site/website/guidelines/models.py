from django.db import models
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.search import index

from website.core.blocks import RICH_TEXT_FEATURES
from website.core.i18n import localized_pages
from website.core.models import BasePage

from .blocks import (
    BlueprintActorBlock,
    BlueprintStepBlock,
    CyclePhase,
    GuidelineAreaBlock,
    PlanStepBlock,
)
from .diagram import cycle_diagram


def localize_tool_links(*streams):
    """Point every tool link of the given streams at the tool page in the active language."""
    values = [child.value for stream in streams for child in stream]
    pages = localized_pages(value.get("tool_page") for value in values)
    for value in values:
        page = value.get("tool_page")
        if page is not None:
            value.localized_tool_page = pages[page.id]


class GuidelinesPage(BasePage):
    """The planning guidelines: why plan, the areas with their recommendations, the plan steps."""

    rationale = RichTextField(_("why plan"), features=RICH_TEXT_FEATURES, blank=True)
    areas = StreamField(
        [("area", GuidelineAreaBlock())], blank=True, verbose_name=_("guideline areas")
    )
    plan_steps = StreamField(
        [("step", PlanStepBlock())], blank=True, verbose_name=_("steps of the plan")
    )
    future_heading = models.CharField(_("heading for the future"), max_length=255, blank=True)
    future_guidelines = StreamField(
        [("area", GuidelineAreaBlock())], blank=True, verbose_name=_("guidelines for the future")
    )
    conclusion = models.TextField(_("conclusion"), blank=True)

    content_panels = BasePage.content_panels + [
        FieldPanel("introduction"),
        FieldPanel("rationale"),
        FieldPanel("areas"),
        FieldPanel("plan_steps"),
        FieldPanel("future_heading"),
        FieldPanel("future_guidelines"),
        FieldPanel("conclusion"),
    ]
    search_fields = BasePage.search_fields + [
        index.SearchField("rationale"),
        index.SearchField("areas"),
        index.SearchField("plan_steps"),
        index.SearchField("future_guidelines"),
        index.SearchField("conclusion"),
    ]

    parent_page_types = ["home.HomePage"]
    subpage_types = ["home.ContentPage"]

    class Meta:
        verbose_name = _("guidelines page")

    def content_context(self):
        """What the body needs beyond the page, on the web and in the PDF alike (the web
        page's template asks for it only when it renders its shared body anew)."""
        localize_tool_links(self.plan_steps)
        return {}


class BlueprintPage(BasePage):
    """The regional Blueprint: who acts, what levels govern the process, how the cycle runs."""

    context_text = RichTextField(_("context"), features=RICH_TEXT_FEATURES, blank=True)
    actors = StreamField([("actor", BlueprintActorBlock())], blank=True, verbose_name=_("who"))
    levels_text = RichTextField(
        _("what: the levels of the process"), features=RICH_TEXT_FEATURES, blank=True
    )
    steps = StreamField(
        [("step", BlueprintStepBlock())], blank=True, verbose_name=_("how: the cycle")
    )

    content_panels = BasePage.content_panels + [
        FieldPanel("introduction"),
        FieldPanel("context_text"),
        FieldPanel("actors"),
        FieldPanel("levels_text"),
        FieldPanel("steps"),
    ]
    search_fields = BasePage.search_fields + [
        index.SearchField("context_text"),
        index.SearchField("actors"),
        index.SearchField("levels_text"),
        index.SearchField("steps"),
    ]

    parent_page_types = ["home.HomePage"]
    subpage_types = ["home.ContentPage"]

    class Meta:
        verbose_name = _("Blueprint page")

    def content_context(self):
        """What the body needs beyond the page, on the web and in the PDF alike (the web
        page's template asks for it only when it renders its shared body anew)."""
        localize_tool_links(self.steps)
        return {"diagram": self.cycle_diagram()}

    def cycle_diagram(self):
        """The cycle's phases, placed and labelled for the SVG (see `diagram`), or None.

        Each phase appears once, in the cycle's order, with the steps the editors gave it.
        """
        steps_by_phase = {}
        for child in self.steps:
            steps_by_phase.setdefault(child.value["phase"], []).append(child.value)
        phases = [
            (key, label, steps_by_phase[key])
            for key, label in CyclePhase.CHOICES
            if key in steps_by_phase
        ]
        if not phases:
            return None
        return cycle_diagram(phases, subtitle=gettext("Blueprint"))
