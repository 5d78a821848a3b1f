"""Questionnaires and their versions, institutions, assessments and internationalisation plans.

Questionnaires are content (edited and translated in Wagtail); everything else holds an
institution's records, seen only by its members.
"""

import uuid

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.models import TranslatableMixin
from wagtail.snippets.models import register_snippet
from wagtail_localize.fields import SynchronizedField

from django_countries.fields import CountryField

from website.core.vocabularies import Dimension

from .blocks import QuestionBlock


@register_snippet
class Questionnaire(TranslatableMixin, models.Model):
    """The self-assessment questionnaire that editors write and translators translate.

    Attributes:
        slug: A stable name for the questionnaire, the same in every language.
        title: The questionnaire's title.
        introduction: What respondents read before the questions.
        questions: The questions, each in a dimension × indicator family cell.
    """

    slug = models.SlugField(_("slug"), max_length=80)
    title = models.CharField(_("title"), max_length=200)
    introduction = models.TextField(_("introduction"), blank=True)
    questions = StreamField([("question", QuestionBlock())], verbose_name=_("questions"))

    # The slug names the questionnaire in code; it is the same in every language.
    override_translatable_fields = [SynchronizedField("slug")]
    panels = [
        FieldPanel("title"),
        FieldPanel("slug"),
        FieldPanel("introduction"),
        FieldPanel("questions"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("benchmarking questionnaire")
        verbose_name_plural = _("benchmarking questionnaires")

    def __str__(self):
        return self.title


class QuestionnaireVersion(models.Model):
    """A frozen copy of a questionnaire's questions, as assessments answered them.

    Attributes:
        questionnaire: The questionnaire in the source language.
        number: 1 for the first version, then one more for each change made once in use.
        questions: The questions as `scoring` reads them, with the source texts.
        fingerprint: A hash of `questions`, to tell whether the questionnaire changed.
        created_at: When the version was frozen.
    """

    questionnaire = models.ForeignKey(
        Questionnaire, on_delete=models.PROTECT, related_name="versions"
    )
    number = models.PositiveIntegerField()
    questions = models.JSONField()
    fingerprint = models.CharField(max_length=64)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = _("questionnaire version")
        verbose_name_plural = _("questionnaire versions")
        ordering = ["questionnaire", "number"]
        constraints = [
            models.UniqueConstraint(
                fields=["questionnaire", "number"], name="one_number_per_version"
            )
        ]

    def __str__(self):
        return f"{self.questionnaire} v{self.number}"

    def question(self, question_id):
        """The question with this id in this version, or None."""
        return next((q for q in self.questions if q["id"] == question_id), None)


class InstitutionType(models.TextChoices):
    """What kind of institution answers the questionnaire."""

    VET_PROVIDER = "vet-provider", _("VET provider")
    TECHNICAL_HEI = "technical-hei", _("Technical higher education institution")
    OTHER = "other", _("Other")


class SizeBand(models.TextChoices):
    """An institution's size by its number of learners."""

    SMALL = "small", _("Fewer than 250 learners")
    MEDIUM = "medium", _("250 to 1,000 learners")
    LARGE = "large", _("More than 1,000 learners")


class Institution(models.Model):
    """A VET provider or technical HEI whose members assess its internationalisation.

    Attributes:
        name: The institution's name.
        country: ISO 3166 country.
        region: The region (a NUTS name or code), optional.
        kind: VET provider, technical HEI or other.
        size: Its size band.
        members: The users who may read and edit its assessments and plan.
        shows_as_best_performer: Opt-in to be named among the best performers.
        is_synthetic: Made up by `load_digint --synthetic-institutions` for trying peer
            comparison; never a real institution.
        is_verified: An administrator confirmed that the institution exists and that its
            members speak for it; only verified institutions count in peer figures, so that
            made-up institutions cannot build a peer group around a real one.
        created_at: When it was registered.
    """

    name = models.CharField(_("name"), max_length=200)
    country = CountryField(_("country"))
    region = models.CharField(_("region"), max_length=120, blank=True)
    kind = models.CharField(_("type"), max_length=20, choices=InstitutionType.choices)
    size = models.CharField(_("size"), max_length=10, choices=SizeBand.choices)
    members = models.ManyToManyField(
        settings.AUTH_USER_MODEL, related_name="institutions", verbose_name=_("members")
    )
    shows_as_best_performer = models.BooleanField(
        _("may be named among the best performers"), default=False
    )
    is_synthetic = models.BooleanField(_("synthetic"), default=False)
    is_verified = models.BooleanField(
        _("verified"),
        default=False,
        help_text=_(
            "Tick once you have confirmed that the institution exists and that its members "
            "speak for it. Only verified institutions count in peer comparisons."
        ),
    )
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = _("institution")
        verbose_name_plural = _("institutions")
        ordering = ["name"]

    def __str__(self):
        return self.name


class Assessment(models.Model):
    """An institution's answers for one period, a draft until submitted.

    Attributes:
        id: A UUID, so that addresses reveal nothing about other assessments.
        institution: Whose assessment it is.
        version: The questionnaire version it answers, kept once submitted.
        period: The year the assessment describes; one assessment per institution and year.
        answers: Question id → stored answer (see `scoring.clean_answer`).
        submitted_at: When it was submitted; None for a draft.
        score_curriculum: Score of the curriculum dimension (0–100), once submitted.
        score_offshore: Score of the offshore campuses dimension.
        score_dual_joint: Score of the dual and joint courses dimension.
        score_networks: Score of the international networks dimension.
        score_overall: The mean of the four.
        family_scores: Score per indicator family code.
        updated_by: Who last saved it.
        updated_at: When it was last saved.
    """

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    institution = models.ForeignKey(
        Institution, on_delete=models.CASCADE, related_name="assessments"
    )
    version = models.ForeignKey(
        QuestionnaireVersion, on_delete=models.PROTECT, related_name="assessments"
    )
    period = models.PositiveSmallIntegerField(_("year"))
    answers = models.JSONField(default=dict, blank=True)
    submitted_at = models.DateTimeField(null=True, blank=True)
    score_curriculum = models.PositiveSmallIntegerField(null=True, blank=True)
    score_offshore = models.PositiveSmallIntegerField(null=True, blank=True)
    score_dual_joint = models.PositiveSmallIntegerField(null=True, blank=True)
    score_networks = models.PositiveSmallIntegerField(null=True, blank=True)
    score_overall = models.PositiveSmallIntegerField(null=True, blank=True)
    family_scores = models.JSONField(default=dict, blank=True)
    updated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("assessment")
        verbose_name_plural = _("assessments")
        ordering = ["-period"]
        constraints = [
            models.UniqueConstraint(
                fields=["institution", "period"], name="one_assessment_per_period"
            )
        ]
        indexes = [models.Index(fields=["version", "submitted_at"])]

    def __str__(self):
        return f"{self.institution} {self.period}"

    @property
    def is_submitted(self):
        return self.submitted_at is not None

    @staticmethod
    def score_field(dimension):
        """The column holding a dimension's score."""
        return f"score_{dimension}"

    def dimension_scores(self):
        """Dimension code → score, in the vocabulary's order."""
        return {code: getattr(self, self.score_field(code)) for code in Dimension.values}


class Priority(models.TextChoices):
    """The priorities of a five-year internationalisation plan (Guidelines, strategic design)."""

    LANGUAGES = "languages", _("Languages")
    MOBILITY = "mobility", _("Mobility")
    DIGITALISATION = "digitalisation", _("Digitalisation")
    COOPERATION = "cooperation", _("Cooperation")


class Plan(models.Model):
    """An institution's five-year internationalisation plan, built on an assessment.

    Attributes:
        institution: Whose plan it is; one plan per institution.
        baseline: The submitted assessment the plan starts from (KPI baselines).
        first_year: The plan's first year; it runs five years.
        created_at: When the plan was started.
    """

    YEARS = 5

    institution = models.OneToOneField(Institution, on_delete=models.CASCADE, related_name="plan")
    baseline = models.ForeignKey(Assessment, on_delete=models.PROTECT, related_name="+")
    first_year = models.PositiveSmallIntegerField(_("first year"))
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = _("internationalisation plan")
        verbose_name_plural = _("internationalisation plans")

    def __str__(self):
        return f"{self.institution} {self.first_year}–{self.last_year}"

    @property
    def last_year(self):
        return self.first_year + self.YEARS - 1


class Objective(models.Model):
    """A five-year objective for one priority.

    Attributes:
        plan: The plan it belongs to.
        priority: Languages, mobility, digitalisation or cooperation.
        text: What the institution means to achieve.
    """

    plan = models.ForeignKey(Plan, on_delete=models.CASCADE, related_name="objectives")
    priority = models.CharField(_("priority"), max_length=20, choices=Priority.choices)
    text = models.CharField(_("objective"), max_length=500)

    class Meta:
        verbose_name = _("objective")
        verbose_name_plural = _("objectives")
        ordering = ["priority", "id"]

    def __str__(self):
        return self.text


class Action(models.Model):
    """An action towards an objective, in one year of the plan, with its owner.

    Attributes:
        objective: The objective it serves.
        year: The year it takes place.
        owner: Who is responsible (a role or a person).
        description: What is done.
    """

    objective = models.ForeignKey(Objective, on_delete=models.CASCADE, related_name="actions")
    year = models.PositiveSmallIntegerField(_("year"))
    owner = models.CharField(_("owner"), max_length=200)
    description = models.CharField(_("action"), max_length=500)

    class Meta:
        verbose_name = _("action")
        verbose_name_plural = _("actions")
        ordering = ["year", "id"]

    def __str__(self):
        return self.description


class Kpi(models.Model):
    """A key performance indicator of an action, measured by the assessments.

    Attributes:
        action: The action it measures.
        measure: What the assessment gives, as a code: `dimension:<code>` (a dimension's
            score) or `question:<id>` (the answer to a number question of the plan's baseline
            version); its name is shown in the reader's language (`plans.measures`).
        baseline: The measure's value in the plan's baseline assessment.
        target: The value to reach by the end of the plan.
    """

    action = models.ForeignKey(Action, on_delete=models.CASCADE, related_name="kpis")
    measure = models.CharField(_("measure"), max_length=80)
    baseline = models.FloatField(_("baseline"))
    target = models.FloatField(_("target"))

    class Meta:
        verbose_name = _("KPI")
        verbose_name_plural = _("KPIs")

    def __str__(self):
        return self.measure


class Invitation(models.Model):
    """A member's invitation for a colleague, by e-mail, to join an institution.

    The link carries a signed token (see `invitations`); it works once, until `expires_at`,
    and only for an account whose verified e-mail address is `email`.

    Attributes:
        id: A UUID, signed into the link.
        institution: The institution the colleague is invited to.
        email: The address the invitation was sent to.
        invited_by: The member who sent it.
        language: The language the e-mail was written in.
        created_at: When it was sent.
        expires_at: After this the link no longer works.
        accepted_at: When it was accepted; None while pending.
        accepted_by: The account that accepted it.
        revoked_at: When a member withdrew it; None otherwise.
    """

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    institution = models.ForeignKey(
        Institution, on_delete=models.CASCADE, related_name="invitations"
    )
    email = models.EmailField(_("e-mail address"))
    invited_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    language = models.CharField(max_length=8, choices=settings.LANGUAGES)
    created_at = models.DateTimeField(default=timezone.now)
    expires_at = models.DateTimeField()
    accepted_at = models.DateTimeField(null=True, blank=True)
    accepted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    revoked_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("invitation")
        verbose_name_plural = _("invitations")
        ordering = ["-created_at"]
        indexes = [models.Index(fields=["invited_by", "created_at"])]

    def __str__(self):
        return f"{self.email} → {self.institution}"
