import functools

from django.conf import settings
from django.contrib.postgres.search import SearchVectorField
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator, RegexValidator
from django.db import models
from django.utils.html import strip_tags
from django.utils.translation import gettext_lazy as _

from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey
from taggit.models import TaggedItemBase
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.models import TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from django_countries.fields import CountryField
from rest_framework import serializers

from website.core.models import BasePage
from website.core.vocabularies import (
    Competence,
    Dimension,
    FundingProgramme,
    OrganisationType,
    TargetGroup,
)

from .blocks import KeywordLabelBlock, PracticeStreamBlock
from .fields import ChoiceSetField

FIRST_YEAR = 1987  # the first Erasmus mobility year; nothing in scope is older
LAST_YEAR = 2100

AUDIENCE_CHOICES = [*TargetGroup.choices, ("learners", _("VET learners"))]


class PracticeTag(TaggedItemBase):
    content_object = ParentalKey(
        "practices.PracticePage", on_delete=models.CASCADE, related_name="tagged_items"
    )


class PracticeKeywords(TranslatableMixin, models.Model):
    """The labels readers see for the keywords (tags) of the good practices, per language.

    Practices store a keyword once, as a code shared by every language; filters and practice
    pages show its label in the reader's language (or the keyword itself, if it has none).
    """

    title = models.CharField(_("title"), max_length=255)
    labels = StreamField(
        [("keyword", KeywordLabelBlock())], blank=True, verbose_name=_("keyword labels")
    )

    panels = [FieldPanel("title"), FieldPanel("labels")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("keyword labels")
        verbose_name_plural = _("keyword labels")

    def __str__(self):
        return self.title

    @classmethod
    def labels_for(cls, language_code):
        """{keyword: label} in `language_code`, falling back to the source language."""
        labels = {}
        for locale_code in (settings.LANGUAGE_CODE, language_code):
            keywords = cls.objects.filter(locale__language_code=locale_code).first()
            if keywords is not None:
                labels.update(
                    {block.value["keyword"]: block.value["label"] for block in keywords.labels}
                )
        return labels


class PracticeIndexPage(RoutablePageMixin, BasePage):
    """The repository of good practices: facets, search, countries, feeds, submissions."""

    submission_privacy = models.TextField(
        _("privacy notice of the submission form"),
        blank=True,
        help_text=_("Who reads the submitter's contact details and how long they are kept."),
    )

    content_panels = BasePage.content_panels + [
        FieldPanel("introduction"),
        FieldPanel("submission_privacy"),
    ]

    parent_page_types = ["home.HomePage"]
    subpage_types = ["practices.PracticePage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("good-practice repository")

    @path("")
    def listing(self, request):
        from .views import practice_index

        return practice_index(request, self)

    @path("countries/")
    def countries(self, request):
        from .views import practices_by_country

        return practices_by_country(request, self)

    @path("propose/")
    def propose(self, request):
        from .views import propose_practice

        return propose_practice(request, self)

    @path("csv/")
    def export_csv(self, request):
        from .views import export_csv

        return export_csv(request, self)

    @path("feed/rss/")
    def rss_feed(self, request):
        from .feeds import PracticeRssFeed

        return PracticeRssFeed(self)(request)

    @path("feed/atom/")
    def atom_feed(self, request):
        from .feeds import PracticeAtomFeed

        return PracticeAtomFeed(self)(request)


class PracticePage(BasePage):
    """A good practice in VET internationalisation, described and tagged for the repository.

    The facets (organisation, place, dimensions, audiences, competences, funding, years) are
    the same in every language; only the texts are translated.
    """

    body = StreamField(PracticeStreamBlock(), blank=True, verbose_name=_("body"))
    organisation_name = models.CharField(_("organisation"), max_length=200)
    organisation_type = models.CharField(
        _("type of organisation"), max_length=20, choices=OrganisationType.choices
    )
    country = CountryField(_("country"))
    region_code = models.CharField(
        _("NUTS region code"),
        max_length=5,
        blank=True,
        validators=[
            RegexValidator(
                r"^[A-Z]{2}[0-9A-Z]{1,3}$",
                _("A NUTS code is two capital letters and one to three letters or digits."),
            )
        ],
        help_text=_("For example ITH5 for Emilia-Romagna."),
    )
    region_name = models.CharField(_("region"), max_length=120, blank=True)
    dimensions = ChoiceSetField(
        _("internationalisation dimensions"), choices=Dimension.choices, blank=False
    )
    target_groups = ChoiceSetField(_("target groups"), choices=AUDIENCE_CHOICES)
    competences = ChoiceSetField(_("competences"), choices=Competence.choices)
    funding = ChoiceSetField(_("funding programmes"), choices=FundingProgramme.choices)
    year_started = models.PositiveSmallIntegerField(
        _("active since"), validators=[MinValueValidator(FIRST_YEAR), MaxValueValidator(LAST_YEAR)]
    )
    year_ended = models.PositiveSmallIntegerField(
        _("active until"),
        null=True,
        blank=True,
        validators=[MinValueValidator(FIRST_YEAR), MaxValueValidator(LAST_YEAR)],
        help_text=_("Leave empty while the practice is still running."),
    )
    contact = models.CharField(
        _("public contact"),
        max_length=255,
        blank=True,
        help_text=_("An office address or web page; never a private person's e-mail."),
    )
    is_example = models.BooleanField(
        _("example"),
        default=False,
        help_text=_("An illustrative practice written by the project, not a reported one."),
    )
    tags = ClusterTaggableManager(through=PracticeTag, blank=True, verbose_name=_("tags"))
    # Plain text of the page in its language, rebuilt on every save, for full-text search.
    search_text = models.TextField(editable=False, blank=True, default="")
    # On PostgreSQL: title, summary and search_text as a tsvector in the page language's
    # text-search configuration, GIN-indexed (see search.py); unused on other databases.
    search_vector = SearchVectorField(null=True, editable=False, serialize=False)

    content_panels = BasePage.content_panels + [
        FieldPanel("introduction", heading=_("Summary")),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("organisation_name"), FieldPanel("organisation_type")]),
                FieldRowPanel(
                    [FieldPanel("country"), FieldPanel("region_code"), FieldPanel("region_name")]
                ),
                FieldRowPanel([FieldPanel("year_started"), FieldPanel("year_ended")]),
                FieldPanel("contact"),
            ],
            heading=_("Who, where and when"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("dimensions"),
                FieldPanel("target_groups"),
                FieldPanel("competences"),
                FieldPanel("funding"),
                FieldPanel("tags"),
                FieldPanel("is_example"),
            ],
            heading=_("Facets"),
        ),
        FieldPanel("body"),
    ]
    search_fields = BasePage.search_fields + [
        index.SearchField("body"),
        index.SearchField("organisation_name"),
        index.SearchField("region_name"),
        index.FilterField("country"),
    ]
    api_fields = [
        APIField("introduction"),
        APIField("body"),
        APIField("organisation_name"),
        APIField("organisation_type"),
        APIField("country", serializer=serializers.CharField(source="country.code")),
        APIField("region_code"),
        APIField("region_name"),
        APIField("dimensions", serializer=serializers.ListField(child=serializers.CharField())),
        APIField("target_groups", serializer=serializers.ListField(child=serializers.CharField())),
        APIField("competences", serializer=serializers.ListField(child=serializers.CharField())),
        APIField("funding", serializer=serializers.ListField(child=serializers.CharField())),
        APIField("year_started"),
        APIField("year_ended"),
        APIField("contact"),
        APIField("is_example"),
        APIField("tag_names"),
        APIField("translations"),
    ]
    override_translatable_fields = [
        SynchronizedField("organisation_name"),
        SynchronizedField("region_code"),
        SynchronizedField("region_name"),
        SynchronizedField("dimensions"),
        SynchronizedField("target_groups"),
        SynchronizedField("competences"),
        SynchronizedField("funding"),
        SynchronizedField("contact"),
        SynchronizedField("search_text"),
    ]

    parent_page_types = ["practices.PracticeIndexPage"]
    subpage_types = []
    # A copy (or translation) gets its own vector when it is saved.
    exclude_fields_in_copy = BasePage.exclude_fields_in_copy + ["search_vector"]

    class Meta:
        verbose_name = _("good practice")
        verbose_name_plural = _("good practices")

    def clean(self):
        super().clean()
        if self.year_ended and self.year_started and self.year_ended < self.year_started:
            raise ValidationError({"year_ended": _("A practice cannot end before it starts.")})

    def save(self, *args, **kwargs):
        from .search import store_search_vectors

        self.search_text = self.plain_text()
        result = super().save(*args, **kwargs)
        # Publishing and translating both save the page: its stored vector follows its row.
        store_search_vectors([self.pk])
        return result

    def plain_text(self):
        """Everything a visitor can read on the page, as one string for the search index."""
        parts = [self.title, self.introduction, self.organisation_name, self.region_name]
        parts.extend(strip_tags(block.render()) for block in self.body)
        return " ".join(" ".join(part.split()) for part in parts if part)

    @classmethod
    @functools.cache
    def _choice_labels(cls, field_name):
        """Code → label of a facet field, built once per process instead of once per card."""
        return dict(cls._meta.get_field(field_name).choices)

    def _labels(self, field_name):
        labels = self._choice_labels(field_name)
        return [labels[code] for code in getattr(self, field_name) if code in labels]

    @property
    def dimension_labels(self):
        return self._labels("dimensions")

    @property
    def target_group_labels(self):
        return self._labels("target_groups")

    @property
    def competence_labels(self):
        return self._labels("competences")

    @property
    def funding_labels(self):
        return self._labels("funding")

    @property
    def tag_names(self):
        return [tag.name for tag in self.tags.all()]

    def keywords(self):
        """(keyword, label in the page's language) for each of the practice's tags."""
        labels = PracticeKeywords.labels_for(self.locale.language_code)
        return [(tag.slug, labels.get(tag.slug, tag.name)) for tag in self.tags.all()]

    @property
    def translations(self):
        """Where this practice can be read in each language (API): locale → page id and URL."""
        return [
            {"locale": page.locale.language_code, "id": page.pk, "url": page.url}
            for page in self.get_translations(inclusive=True).live().select_related("locale")
        ]

    def years_active(self):
        if self.year_ended == self.year_started:
            return str(self.year_started)
        return f"{self.year_started}–{self.year_ended or ''}"


class PracticeSubmission(models.Model):
    """Who proposed a practice through the public form: for the moderators' questions only.

    Deleted once the moderators have decided (the draft is published, rejected or deleted) or
    after `RETENTION_DAYS`, whichever comes first (see `retention`).
    """

    RETENTION_DAYS = 182  # six months, as the privacy notice of the form says

    page = models.OneToOneField(
        PracticePage, on_delete=models.CASCADE, related_name="submission", null=True
    )
    name = models.CharField(_("name"), max_length=120)
    email = models.EmailField(_("e-mail address"))
    language = models.CharField(_("language"), max_length=8)
    submitted_at = models.DateTimeField(_("submitted"), auto_now_add=True)

    class Meta:
        verbose_name = _("practice submission")

    def __str__(self):
        return f"{self.name} ({self.submitted_at:%Y-%m-%d})"
