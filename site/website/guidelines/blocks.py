"""Blocks of the Guidelines and the Blueprint: recommendations, plan steps, the Blueprint cycle."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from wagtail import blocks
from wagtail.blocks.struct_block import StructBlockValidationError


class ToolLinkStructValue(blocks.StructValue):
    """Resolves the tool's link from either an internal page or an external address.

    The page holding the block sets `localized_tool_page` for all steps at once (one query),
    so that each link leads to the tool in the visitor's language.
    """

    localized_tool_page = None

    def tool_href(self):
        page = self.localized_tool_page or self.get("tool_page")
        if page:
            return page.url
        return self.get("tool_url") or ""


class ToolLinkMixin(blocks.StructBlock):
    tool_name = blocks.CharBlock(label=_("Tool"), max_length=120, required=False)
    tool_page = blocks.PageChooserBlock(label=_("Tool page on this site"), required=False)
    tool_url = blocks.URLBlock(label=_("Tool address elsewhere"), required=False)

    def clean(self, value):
        value = super().clean(value)
        if value.get("tool_page") and value.get("tool_url"):
            message = _("Link the tool either to a page on this site or to an address, not both.")
            raise StructBlockValidationError({"tool_url": ValidationError(message)})
        if (value.get("tool_page") or value.get("tool_url")) and not value.get("tool_name"):
            raise StructBlockValidationError(
                {"tool_name": ValidationError(_("Name the tool that the link leads to."))}
            )
        return value


class GuidelineAreaBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Area"), max_length=150)
    summary = blocks.TextBlock(label=_("Summary"), required=False)
    recommendations = blocks.ListBlock(
        blocks.TextBlock(label=_("Recommendation")), label=_("Recommendations"), min_num=1
    )

    class Meta:
        icon = "list-ol"
        template = "blocks/guideline_area_block.html"
        label = _("Guideline area")
        preview_value = {
            "title": "Governance and institutional vision",
            "recommendations": [
                "Include internationalisation among the mission priorities of the institution."
            ],
        }
        description = _("An area of the guidelines with its numbered recommendations.")


class PlanStepBlock(ToolLinkMixin):
    title = blocks.CharBlock(label=_("Step"), max_length=150)
    description = blocks.ListBlock(blocks.TextBlock(label=_("Point")), label=_("What it involves"))

    class Meta:
        icon = "arrow-right"
        template = "blocks/plan_step_block.html"
        label = _("Plan step")
        value_class = ToolLinkStructValue
        preview_value = {
            "title": "Analysis and diagnosis",
            "description": ["Evaluate the starting position of the institution."],
            "tool_name": "Benchmarking tool",
        }
        description = _("A step in building an internationalisation plan and the tool for it.")
        form_layout = ["title", "description", "tool_name", "tool_page", "tool_url"]


class BlueprintLevel:
    """The three levels of the Blueprint's process, plus the region's internal audit."""

    GOVERNANCE = "governance"
    MONITORING = "monitoring"
    OPERATIONAL = "operational"
    AUDIT = "audit"
    CHOICES = [
        (GOVERNANCE, _("Governance level")),
        (MONITORING, _("Monitoring level")),
        (OPERATIONAL, _("Operational level")),
        (AUDIT, _("Internal audit")),
    ]


class CyclePhase:
    """The continuous-improvement cycle that the Blueprint's "how" follows."""

    CHOICES = [
        ("define", _("Define")),
        ("analyse", _("Analyse")),
        ("develop", _("Develop")),
        ("implement", _("Implement")),
        ("control", _("Control")),
        ("improve", _("Improve")),
    ]


class LevelStructValue(blocks.StructValue):
    def level_label(self):
        return dict(BlueprintLevel.CHOICES).get(self.get("level"), "")


class BlueprintActorBlock(blocks.StructBlock):
    name = blocks.CharBlock(label=_("Actor"), max_length=200)
    level = blocks.ChoiceBlock(label=_("Level"), choices=BlueprintLevel.CHOICES)
    role = blocks.TextBlock(label=_("Role"), required=False)

    class Meta:
        icon = "group"
        template = "blocks/blueprint_actor_block.html"
        label = _("Actor")
        value_class = LevelStructValue
        preview_value = {
            "name": "Region and regional agencies of technical development",
            "level": "governance",
        }
        description = _("Who takes part in the Blueprint, and at which level.")


class BlueprintStepStructValue(ToolLinkStructValue, LevelStructValue):
    def phase_label(self):
        return dict(CyclePhase.CHOICES).get(self.get("phase"), "")


class BlueprintStepBlock(ToolLinkMixin):
    phase = blocks.ChoiceBlock(label=_("Phase"), choices=CyclePhase.CHOICES)
    activity = blocks.CharBlock(label=_("Activity"), max_length=255)
    level = blocks.ChoiceBlock(label=_("Level"), choices=BlueprintLevel.CHOICES)
    actors = blocks.CharBlock(label=_("Who acts"), max_length=255, required=False)
    detail = blocks.TextBlock(label=_("Detail"), required=False)

    class Meta:
        icon = "redirect"
        template = "blocks/blueprint_step_block.html"
        label = _("Blueprint step")
        value_class = BlueprintStepStructValue
        preview_value = {
            "phase": "define",
            "activity": "Define key strategic orientation and impact areas",
            "level": "governance",
            "tool_name": "DIG benchmark tool",
        }
        description = _("One phase of the Blueprint cycle: what is done, by whom, with which tool.")
        form_layout = [
            "phase",
            "activity",
            "level",
            "actors",
            "detail",
            "tool_name",
            "tool_page",
            "tool_url",
        ]
