"""The question block editors use to build a benchmarking questionnaire in Wagtail."""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail import blocks
from wagtail.blocks.struct_block import StructBlockValidationError

from website.core.vocabularies import Dimension, IndicatorFamily


class QuestionKind(models.TextChoices):
    """The question types; `scoring.py` documents how each one is scored."""

    SINGLE = "single", _("Single choice")
    MULTIPLE = "multiple", _("Multiple choice (select all that apply)")
    YES_NO = "yes_no", _("Yes or no")
    SCALE = "scale", _("Scale from 1 to 5")
    NUMBER = "number", _("Number")


CHOICE_KINDS = {QuestionKind.SINGLE, QuestionKind.MULTIPLE}
KINDS_WITH_FULL_MARKS = {QuestionKind.MULTIPLE, QuestionKind.NUMBER}


class OptionBlock(blocks.StructBlock):
    """One answer option of a choice question.

    Attributes:
        label: What the respondent reads.
        points: What choosing the option is worth (0 to 10).
    """

    label = blocks.CharBlock(label=_("Option"), max_length=300)
    points = blocks.IntegerBlock(label=_("Points"), min_value=0, max_value=10, default=1)

    class Meta:
        icon = "radio-full"
        label = _("Option")


class QuestionBlock(blocks.StructBlock):
    """A question in one cell of the questionnaire (a dimension crossed with a family).

    Attributes:
        dimension: The dimension of internationalisation the question measures.
        family: The indicator family the question belongs to.
        kind: The question type, which decides how it is answered and scored.
        text: The question.
        help_text: An optional explanation shown under the question.
        options: The answer options of a choice question, each with its points.
        allow_other: Whether a multiple-choice question offers "Other: ___".
        full_marks: For multiple choice, the points that earn the full score; for a number,
            the number that earns the full score.
        proposed: Whether the platform added the question to the project's own ones.
    """

    dimension = blocks.ChoiceBlock(label=_("Dimension"), choices=Dimension.choices)
    family = blocks.ChoiceBlock(label=_("Indicator family"), choices=IndicatorFamily.choices)
    kind = blocks.ChoiceBlock(label=_("Question type"), choices=QuestionKind.choices)
    text = blocks.CharBlock(label=_("Question"), max_length=500)
    help_text = blocks.CharBlock(label=_("Explanation"), max_length=500, required=False)
    options = blocks.ListBlock(OptionBlock(), label=_("Options"), default=[])
    allow_other = blocks.BooleanBlock(label=_("Offer “Other: ___”"), required=False)
    full_marks = blocks.IntegerBlock(label=_("Full score at"), min_value=1, required=False)
    proposed = blocks.BooleanBlock(
        label=_("Added by the platform"),
        required=False,
        help_text=_(
            "Tick for a question that is not among the DIG.INT benchmarking questions: "
            "respondents see it labelled as proposed by the platform."
        ),
    )

    class Meta:
        icon = "help"
        label = _("Question")
        template = "benchmarking/blocks/question_block.html"
        preview_value = {
            "dimension": Dimension.CURRICULUM,
            "family": IndicatorFamily.STRATEGY,
            "kind": QuestionKind.YES_NO,
            "text": "Does your institution have an internationalisation strategy?",
        }
        description = _("A benchmarking question with its type and scoring rule.")

    def clean(self, value):
        value = super().clean(value)
        kind = value.get("kind")
        errors = {}
        if kind in CHOICE_KINDS and len(value.get("options") or []) < 2:
            errors["options"] = ValidationError(_("A choice question needs two options or more."))
        if kind not in CHOICE_KINDS and value.get("options"):
            errors["options"] = ValidationError(_("Only choice questions have options."))
        if kind in KINDS_WITH_FULL_MARKS and not value.get("full_marks"):
            errors["full_marks"] = ValidationError(
                _("Say which number (or how many points) earns the full score.")
            )
        if kind == QuestionKind.SINGLE and not any(
            option["points"] for option in value.get("options") or []
        ):
            errors["options"] = ValidationError(_("At least one option must be worth points."))
        if errors:
            raise StructBlockValidationError(errors)
        return value
