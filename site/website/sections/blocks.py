"""Blocks of the project sections: deliverables, interview answers, partner contacts."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from wagtail import blocks
from wagtail.blocks.struct_block import StructBlockValidationError

# Deliverables that are not pages but tools of the platform, by URL name.
TOOLS = [
    ("benchmarking:index", _("Benchmarking tool")),
    ("competence-map", _("Competence map")),
]
# Deliverables published as documents (the `deliverable_pdf` route's slugs).
DOCUMENTS = [
    ("guidelines", _("Guidelines")),
    ("blueprint", _("Blueprint")),
    ("competence-framework", _("Competence framework")),
]


class DeliverableBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"), max_length=200)
    description = blocks.TextBlock(label=_("What it is"))
    audience = blocks.TextBlock(label=_("Who it is for"))
    page = blocks.PageChooserBlock(
        label=_("Page"), required=False, help_text=_("The page where readers find it.")
    )
    tool = blocks.ChoiceBlock(
        label=_("Tool"),
        choices=TOOLS,
        required=False,
        help_text=_("Instead of a page: the platform's tool where readers find it."),
    )
    document = blocks.ChoiceBlock(
        label=_("Document"),
        choices=DOCUMENTS,
        required=False,
        help_text=_("The deliverable's downloadable document, if it has one."),
    )

    class Meta:
        icon = "doc-full"
        template = "blocks/deliverable_block.html"
        label = _("Deliverable")
        preview_value = {
            "title": "Guidelines for planning",
            "description": "How a VET provider builds its internationalisation plan.",
            "audience": "Managers of VET providers and technical higher education institutions.",
        }
        description = _("A result of the project: what it is, who it is for and where it is.")

    def clean(self, value):
        value = super().clean(value)
        if bool(value.get("page")) == bool(value.get("tool")):
            message = _("Choose either a page or a tool where readers find the deliverable.")
            raise StructBlockValidationError(
                {"page": ValidationError(message), "tool": ValidationError(message)}
            )
        return value


class QuestionAnswerBlock(blocks.StructBlock):
    question = blocks.CharBlock(label=_("Question"), max_length=500)
    answer = blocks.RichTextBlock(label=_("Answer"), features=["bold", "italic", "link", "ul"])

    class Meta:
        icon = "help"
        template = "blocks/question_answer_block.html"
        label = _("Question and answer")
        preview_value = {"question": "Why internationalise VET?", "answer": "<p>…</p>"}
        description = _("One question of the interview and the answer given.")


class PartnerContactBlock(blocks.StructBlock):
    organisation = blocks.CharBlock(label=_("Organisation"), max_length=200)
    person = blocks.CharBlock(label=_("Contact person"), max_length=120, required=False)
    email = blocks.EmailBlock(label=_("E-mail address"), required=False)
    website = blocks.URLBlock(label=_("Website"), required=False)

    class Meta:
        icon = "mail"
        template = "blocks/partner_contact_block.html"
        label = _("Partner contact")
        preview_value = {"organisation": "CIS – Partner per la Gestione d'Impresa"}
        description = _("A partner's public contact, shown on the contact page.")


class ContributionsBlock(blocks.StructBlock):
    event = blocks.PageChooserBlock(label=_("Event"), page_type="events.EventPage")

    class Meta:
        icon = "group"
        template = "blocks/contributions_block.html"
        label = _("Conference contributions")
        preview_value = {}
        description = _("Who presented what at an event, as its agenda records it.")
