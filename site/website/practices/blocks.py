"""The body of a good practice: the shared blocks plus documents, embeds and outcome tables."""

from django.utils.translation import gettext_lazy as _

from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.embeds.blocks import EmbedBlock

from website.core.blocks import BaseStreamBlock


class DocumentBlock(blocks.StructBlock):
    document = DocumentChooserBlock(label=_("Document"))
    description = blocks.CharBlock(label=_("Description"), required=False, max_length=255)

    class Meta:
        icon = "doc-full"
        template = "blocks/document_block.html"
        label = _("Document")
        preview_value = {"description": "Final report of the mobility project"}
        description = _("A downloadable document, such as a report or a toolkit.")


class VideoEmbedBlock(blocks.StructBlock):
    video = EmbedBlock(label=_("Address of the video"))
    transcript = blocks.TextBlock(
        label=_("Transcript or summary"),
        required=False,
        help_text=_("Text for people who cannot watch the video."),
    )

    class Meta:
        icon = "media"
        template = "blocks/video_embed_block.html"
        label = _("Embedded video")
        preview_value = {"transcript": "Learners describe their placement abroad."}
        description = _("A video from a video platform, with a transcript or summary.")


class OutcomeIndicatorBlock(blocks.StructBlock):
    indicator = blocks.CharBlock(label=_("Indicator"), max_length=200)
    value = blocks.CharBlock(label=_("Value"), max_length=100)
    period = blocks.CharBlock(label=_("Period"), max_length=100, required=False)

    class Meta:
        icon = "list-ul"
        label = _("Outcome indicator")


class OutcomeTableBlock(blocks.StructBlock):
    caption = blocks.CharBlock(label=_("Caption"), max_length=200)
    rows = blocks.ListBlock(OutcomeIndicatorBlock(), label=_("Indicators"), min_num=1)

    class Meta:
        icon = "table"
        template = "blocks/outcome_table_block.html"
        label = _("Outcome indicators")
        preview_value = {
            "caption": "Results 2023–2025",
            "rows": [{"indicator": "Learners in mobility", "value": "120", "period": "2024"}],
        }
        description = _("A table of measured results: indicator, value and period.")


class PracticeStreamBlock(BaseStreamBlock):
    document = DocumentBlock()
    video = VideoEmbedBlock()
    outcomes = OutcomeTableBlock()


class KeywordCodeBlock(blocks.CharBlock):
    """A keyword as stored on practices (its tag slug): the same in every language."""

    def get_translatable_segments(self, value):
        return []


class KeywordLabelBlock(blocks.StructBlock):
    keyword = KeywordCodeBlock(
        label=_("Keyword"),
        max_length=100,
        help_text=_("As written in the practices' tags, e.g. blended-mobility."),
    )
    label = blocks.CharBlock(label=_("Label"), max_length=100)

    class Meta:
        icon = "tag"
        template = "blocks/keyword_label_block.html"
        label = _("Keyword label")
        preview_value = {"keyword": "blended-mobility", "label": "Blended mobility"}
        description = _("How a keyword of the good practices is shown to readers.")
