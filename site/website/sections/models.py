"""The sections of the seed's site menu: Overview, Results, Interviews and Contact."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from website.core.blocks import BaseStreamBlock
from website.core.models import BasePage

from .blocks import ContributionsBlock, DeliverableBlock, PartnerContactBlock, QuestionAnswerBlock
from .contact import serve_contact_page


class OverviewPage(BasePage):
    """The project as the seed describes it: objectives, steps, levels, timeline, funding."""

    body = StreamField(BaseStreamBlock(), blank=True, verbose_name=_("body"))
    funding_statement = models.CharField(
        _("funding statement"),
        max_length=255,
        blank=True,
        help_text=_("As the project's material states it, e.g. its Erasmus+ co-funding."),
    )

    content_panels = BasePage.content_panels + [
        FieldPanel("introduction"),
        FieldPanel("body"),
        FieldPanel("funding_statement"),
    ]
    search_fields = BasePage.search_fields + [index.SearchField("body")]

    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("overview page")


class ResultsPage(BasePage):
    """The project's deliverables, each with what it is, who it is for and where it is."""

    deliverables = StreamField(
        [("deliverable", DeliverableBlock())], blank=True, verbose_name=_("deliverables")
    )

    content_panels = BasePage.content_panels + [
        FieldPanel("introduction"),
        FieldPanel("deliverables"),
    ]
    search_fields = BasePage.search_fields + [index.SearchField("deliverables")]

    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("results page")


class InterviewIndexPage(BasePage):
    """Published interviews, and the conference contributions the project's material records
    (who presented what), which are not interviews and are shown as such."""

    contributions = StreamField(
        [("event", ContributionsBlock())], blank=True, verbose_name=_("conference contributions")
    )

    content_panels = BasePage.content_panels + [
        FieldPanel("introduction"),
        FieldPanel("contributions"),
    ]

    parent_page_types = ["home.HomePage"]
    subpage_types = ["sections.InterviewPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("interviews page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["interviews"] = (
            InterviewPage.objects.child_of(self).live().order_by("-date", "title")
        )
        return context


class InterviewPage(BasePage):
    """An interview: who answers, and either questions and answers or a video with its
    transcript (a video alone would shut out readers who cannot hear it)."""

    person = models.CharField(_("person"), max_length=120)
    role = models.CharField(_("role"), max_length=200, blank=True)
    organisation = models.CharField(_("organisation"), max_length=200, blank=True)
    date = models.DateField(_("date"))
    questions = StreamField(
        [("question", QuestionAnswerBlock())], blank=True, verbose_name=_("questions and answers")
    )
    video_url = models.URLField(_("video"), blank=True)
    transcript = RichTextField(
        _("transcript"), blank=True, features=["bold", "italic", "link", "h3", "ul"]
    )

    content_panels = BasePage.content_panels + [
        FieldPanel("introduction"),
        MultiFieldPanel(
            [
                FieldPanel("person"),
                FieldRowPanel([FieldPanel("role"), FieldPanel("organisation")]),
                FieldPanel("date"),
            ],
            heading=_("Who and when"),
        ),
        FieldPanel("questions"),
        MultiFieldPanel([FieldPanel("video_url"), FieldPanel("transcript")], heading=_("Video")),
    ]
    search_fields = BasePage.search_fields + [
        index.SearchField("person"),
        index.SearchField("organisation"),
        index.SearchField("questions"),
        index.SearchField("transcript"),
        index.FilterField("date"),
    ]

    # A person's name, the date and the video are the same in every language.
    override_translatable_fields = [
        SynchronizedField("person"),
        SynchronizedField("date"),
        SynchronizedField("video_url"),
    ]

    parent_page_types = ["sections.InterviewIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("interview page")

    def clean(self):
        super().clean()
        if self.video_url and not self.transcript:
            raise ValidationError(
                {
                    "transcript": _(
                        "A video needs its full transcript, for readers who cannot hear it."
                    )
                }
            )
        if not self.video_url and not self.questions:
            raise ValidationError(
                {"questions": _("Add the questions and answers, or a video with its transcript.")}
            )


class ContactPage(BasePage):
    """A contact form that sends an e-mail to the project and stores nothing."""

    consent_text = models.TextField(
        _("consent text"),
        help_text=_("What the sender agrees to by ticking the consent box."),
    )
    thank_you = models.CharField(_("message after sending"), max_length=255)
    partner_contacts = StreamField(
        [("contact", PartnerContactBlock())],
        blank=True,
        default=list,
        verbose_name=_("partner contacts"),
        help_text=_("Optional: partners' public contacts, shown beside the form."),
    )

    content_panels = BasePage.content_panels + [
        FieldPanel("introduction"),
        FieldPanel("consent_text"),
        FieldPanel("thank_you"),
        FieldPanel("partner_contacts"),
    ]

    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("contact page")

    def serve(self, request, *args, **kwargs):
        # Not through BasePage.serve: the form carries a CSRF token, so no shared cache.
        return serve_contact_page(self, request)

    @staticmethod
    def recipient():
        return settings.DIGINT_CONTACT_EMAIL
