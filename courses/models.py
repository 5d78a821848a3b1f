from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils import formats
from django.utils.functional import SimpleLazyObject
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalManyToManyField
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import path
from wagtail.fields import StreamField
from wagtail.search import index

from learning.progress import services
from website.core.models import BasePage, RoutableBasePage
from website.core.vocabularies import (
    Competence,
    DeliveryMode,
    ProficiencyLevel,
    Provenance,
    TargetGroup,
)

from . import views, workload
from .activities import course_iri, module_iri
from .blocks import UnitStreamBlock
from .progress import course_progress, module_progress, resume_by_course


class CompetenceLevelStructValue(blocks.StructValue):
    def competence_label(self):
        return Competence(self["competence"]).label

    def level_label(self):
        return ProficiencyLevel(self["level"]).label


class CompetenceLevelBlock(blocks.StructBlock):
    competence = blocks.ChoiceBlock(label=_("Competence"), choices=Competence.choices)
    level = blocks.ChoiceBlock(label=_("Level reached"), choices=ProficiencyLevel.choices)

    class Meta:
        icon = "pick"
        label = _("Competence")
        value_class = CompetenceLevelStructValue


class CourseIndexPage(BasePage):
    """The course catalogue: every live course, filterable by target group, competence,
    language and workload."""

    content_panels = BasePage.content_panels + [FieldPanel("introduction")]
    cache_query_params = ("target_group", "competence", "language", "workload")
    parent_page_types = ["home.HomePage"]
    subpage_types = ["courses.CoursePage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("course catalogue")

    def get_context(self, request, *args, **kwargs):
        from .catalogue import CatalogueFilter

        context = super().get_context(request, *args, **kwargs)
        catalogue = CatalogueFilter(request.GET)
        if request.user.is_authenticated:
            # Personal: a signed-in request carries a session, which the page cache never
            # stores, so anonymous visitors never see another learner's progress.
            resumes = resume_by_course(request.user, catalogue.courses)
            for course in catalogue.courses:
                course.resume = resumes.get(course.pk)
        context["catalogue"] = catalogue
        return context


class CoursePage(RoutableBasePage):
    """A pilot course: who it is for, what learners achieve, and its modules (child pages)."""

    target_group = models.CharField(_("target group"), max_length=30, choices=TargetGroup.choices)
    learning_outcomes = StreamField(
        [("outcome", blocks.TextBlock(label=_("Learning outcome")))],
        verbose_name=_("learning outcomes"),
    )
    competences = StreamField(
        [("competence", CompetenceLevelBlock())],
        blank=True,
        verbose_name=_("competences addressed"),
    )
    eqf_level = models.PositiveSmallIntegerField(
        _("EQF level"), validators=[MinValueValidator(1), MaxValueValidator(8)]
    )
    workload_hours = models.DecimalField(
        _("notional workload (hours)"),
        max_digits=4,
        decimal_places=1,
        validators=[MinValueValidator(0)],
        help_text=_(
            "The sum of the estimated times of the course's modules; updated when one of them "
            "is published."
        ),
    )
    ects = models.DecimalField(
        _("ECTS credits"),
        max_digits=4,
        decimal_places=2,
        validators=[MinValueValidator(0)],
        help_text=_("One credit for 25 to 30 hours of work."),
    )
    delivery_mode = models.CharField(
        _("delivery mode"), max_length=20, choices=DeliveryMode.choices, default=DeliveryMode.ONLINE
    )
    metadata_provenance = models.CharField(
        _("source of the level and workload"),
        max_length=20,
        choices=Provenance.choices,
        default=Provenance.PROPOSED,
        help_text=_(
            "The EQF level, workload, ECTS credits and delivery mode are labelled as proposed "
            "by the platform until the partners confirm them."
        ),
    )
    partners = ParentalManyToManyField(
        "partners.Partner", blank=True, verbose_name=_("responsible partners")
    )
    prerequisites = models.TextField(_("prerequisites"), blank=True)

    content_panels = BasePage.content_panels + [
        FieldPanel("introduction"),
        FieldPanel("target_group"),
        FieldPanel("learning_outcomes"),
        FieldPanel("competences"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("eqf_level"), FieldPanel("delivery_mode")]),
                FieldRowPanel([FieldPanel("workload_hours"), FieldPanel("ects")]),
                FieldPanel("metadata_provenance"),
            ],
            heading=_("Level and workload"),
        ),
        FieldPanel("partners"),
        FieldPanel("prerequisites"),
    ]
    search_fields = BasePage.search_fields + [
        index.SearchField("learning_outcomes"),
        index.SearchField("prerequisites"),
        index.FilterField("target_group"),
        index.FilterField("workload_hours"),
    ]

    parent_page_types = ["courses.CourseIndexPage"]
    subpage_types = ["courses.ModulePage"]

    class Meta:
        verbose_name = _("course")

    def clean(self):
        super().clean()
        errors = {}
        minutes = self.module_minutes()
        if minutes and self.workload_hours is not None:
            expected = workload.workload_hours(minutes)
            if self.workload_hours != expected:
                errors["workload_hours"] = _(
                    "The modules of this course add up to %(hours)s hours: declare that workload."
                ) % {"hours": formats.number_format(expected, 1)}
        if self.workload_hours is not None and self.ects is not None:
            low, high = workload.ects_range(self.workload_hours)
            if not low <= self.ects <= high:
                errors["ects"] = _(
                    "One ECTS credit stands for 25 to 30 hours of work: %(hours)s hours carry "
                    "between %(low)s and %(high)s credits."
                ) % {
                    "hours": formats.number_format(self.workload_hours, 1),
                    "low": formats.number_format(low, 2),
                    "high": formats.number_format(high, 2),
                }
        if errors:
            raise ValidationError(errors)

    def refresh_workload(self):
        """Declare the sum of the modules' estimated times as the workload of this course and of
        its translations (they share the source course's modules), after a module changed.

        Returns whether the declared ECTS credits still fit the workload (25 to 30 hours a
        credit); when they do not, an editor has to change them on the course.
        """
        minutes = self.module_minutes()
        if minutes:
            self.workload_hours = workload.workload_hours(minutes)
            CoursePage.objects.filter(translation_key=self.translation_key).exclude(
                workload_hours=self.workload_hours
            ).update(workload_hours=self.workload_hours)
        low, high = workload.ects_range(self.workload_hours)
        return low <= self.ects <= high

    def module_minutes(self):
        """The estimated times of this course's modules (its own child pages, drafts included;
        for a translation, those of the source course)."""
        if not self.pk:
            return []
        source = (
            CoursePage.objects.filter(
                translation_key=self.translation_key, locale__language_code=settings.LANGUAGE_CODE
            ).first()
            or self
        )
        return list(ModulePage.objects.child_of(source).values_list("estimated_minutes", flat=True))

    def modules(self, *, with_units=True):
        """The live modules of the source course, in its order, each in this course's language
        where translated (a course page may be translated before its modules are).

        Without units (`with_units=False`), their stream fields are not loaded: a listing of
        modules needs neither their units nor their outcomes.
        """
        source = (
            CoursePage.objects.filter(
                translation_key=self.translation_key, locale__language_code=settings.LANGUAGE_CODE
            ).first()
            or self
        )
        modules = ModulePage.objects.all()
        if not with_units:
            modules = modules.defer_streamfields()
        candidates = (
            modules.live()
            .filter(modules.child_of_q(source) | modules.child_of_q(self))
            .order_by("path")
        )
        own = {
            module.translation_key: module
            for module in candidates
            if module.path.startswith(self.path)
        }
        return [
            own.get(module.translation_key, module)
            for module in candidates
            if module.path.startswith(source.path)
        ]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        enrolment = services.enrolment_for(request.user, course_iri(self))
        if enrolment is None:
            # Read only when the shared outline and facts are rendered anew; a listing of
            # modules needs neither their units nor their outcomes.
            context["modules"] = SimpleLazyObject(lambda: self.modules(with_units=False))
            context["partners"] = SimpleLazyObject(lambda: list(self.partners.all()))
            return context
        modules = self.modules(with_units=True)  # a learner's progress needs their units
        context["modules"] = modules
        context["partners"] = list(self.partners.all())
        context["enrolment"] = enrolment
        context["progress"] = course_progress(self, enrolment, modules)
        return context

    @path("enrol/", name="enrol")
    def enrol_view(self, request):
        return views.enrol(request, self)

    @property
    def metadata_is_proposed(self):
        return self.metadata_provenance == Provenance.PROPOSED

    @path("completed/", name="completed")
    def completed_view(self, request):
        return views.completed(request, self)

    def competence_codes(self):
        return [child.value["competence"] for child in self.competences]


class ModulePage(RoutableBasePage):
    """A module of a course: its outcomes and the units learners work through in order."""

    learning_outcomes = StreamField(
        [("outcome", blocks.TextBlock(label=_("Learning outcome")))],
        blank=True,
        verbose_name=_("learning outcomes"),
    )
    estimated_minutes = models.PositiveSmallIntegerField(_("estimated time (minutes)"))
    units = StreamField(UnitStreamBlock(), verbose_name=_("units"))

    content_panels = BasePage.content_panels + [
        FieldPanel("introduction"),
        FieldPanel("learning_outcomes"),
        FieldPanel("estimated_minutes"),
        FieldPanel("units"),
    ]
    search_fields = BasePage.search_fields + [
        index.SearchField("learning_outcomes"),
        index.SearchField("units"),
    ]

    parent_page_types = ["courses.CoursePage"]
    subpage_types = []

    class Meta:
        verbose_name = _("module")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # Its title and address are shown: read when the shared parts are rendered anew, or
        # for a signed-in visitor's enrolment.
        course = SimpleLazyObject(lambda: self.course(with_streamfields=False))
        context["course"] = course
        if not request.user.is_authenticated:
            return context
        enrolment = services.enrolment_for(request.user, course_iri(course))
        if enrolment is not None:
            context["enrolment"] = enrolment
            progress = module_progress(self, services.completed_activities(enrolment))
            context["progress"] = progress
            context["resume_number"] = progress.next_unit_number(
                services.last_experienced(enrolment, module_iri(self))
            )
        return context

    def course(self, *, with_streamfields=True):
        """The course this module belongs to (one query, where get_parent().specific is two)."""
        courses = CoursePage.objects.all()
        if not with_streamfields:
            courses = courses.defer_streamfields()
        return courses.get(path=self.path[: -self.steplen])

    @path("unit/<int:number>/", name="unit")
    def unit_view(self, request, number):
        return views.unit(request, self, number)

    @path("unit/<int:number>/done/", name="unit-done")
    def unit_done_view(self, request, number):
        return views.mark_done(request, self, number)

    @path("unit/<int:number>/reflection/", name="unit-reflection")
    def reflection_view(self, request, number):
        return views.save_reflection(request, self, number)

    @path("unit/<int:number>/quiz/", name="unit-quiz")
    def quiz_view(self, request, number):
        return views.submit_quiz(request, self, number)
