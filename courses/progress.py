"""Progress through a course, computed from the learner's recorded events.

A unit is done when the learner marked it done (or answered its reflection); a quiz unit when
the learner passed it. A module is complete when all its units are done, a course when all its
live modules are complete.
"""

from dataclasses import dataclass

from django.utils import timezone

from learning.progress import services
from learning.progress.vocabulary import ActivityType, Verb

from .activities import course_iri, module_iri, unit_iri


@dataclass
class UnitState:
    number: int
    block: object
    iri: str
    done: bool

    @property
    def kind(self):
        return self.block.block_type

    @property
    def title(self):
        return self.block.value["title"]


@dataclass
class ModuleProgress:
    module: object
    units: list

    @property
    def done_count(self):
        return sum(unit.done for unit in self.units)

    @property
    def complete(self):
        return bool(self.units) and self.done_count == len(self.units)

    @property
    def percent(self):
        return round(100 * self.done_count / len(self.units)) if self.units else 0

    def next_unit_number(self, last_iri=None):
        """Where the learner resumes: after the last unit opened, else the first not done."""
        numbers = {unit.iri: unit.number for unit in self.units}
        if last_iri in numbers:
            return numbers[last_iri]
        undone = [unit.number for unit in self.units if not unit.done]
        return undone[0] if undone else 1


@dataclass
class CourseProgress:
    course: object
    modules: list

    @property
    def complete(self):
        return bool(self.modules) and all(module.complete for module in self.modules)

    @property
    def next_module(self):
        """The first module not complete yet (where the learner resumes), or None."""
        return next((item.module for item in self.modules if not item.complete), None)

    @property
    def completed_modules(self):
        return sum(module.complete for module in self.modules)

    @property
    def percent(self):
        units = sum(len(module.units) for module in self.modules)
        done = sum(module.done_count for module in self.modules)
        return round(100 * done / units) if units else 0


def module_progress(module, completed):
    """The module's units and which of them are done, given the completed activity IRIs."""
    units = [
        UnitState(
            number, block, unit_iri(module, block.id), unit_iri(module, block.id) in completed
        )
        for number, block in enumerate(module.units, start=1)
    ]
    return ModuleProgress(module=module, units=units)


def course_progress(course, enrolment, modules=None):
    completed = services.completed_activities(enrolment)
    modules = modules if modules is not None else list(course.modules())
    return CourseProgress(course, [module_progress(module, completed) for module in modules])


@dataclass
class Resume:
    """A learner's progress in a course and the unit they resume at (None once complete)."""

    progress: CourseProgress
    unit_url: str | None


def resume(enrolment, course):
    """Where the learner picks the course up: the unit the module page would resume at."""
    progress = course_progress(course, enrolment)
    position = next((item for item in progress.modules if not item.complete), None)
    if position is None:
        return Resume(progress, None)
    module = position.module
    number = position.next_unit_number(services.last_experienced(enrolment, module_iri(module)))
    return Resume(progress, module.url + module.reverse_subpage("unit", args=[number]))


def resume_by_course(learner, courses):
    """`resume` for each of `courses` the learner is enrolled in, by page id."""
    enrolments = {enrolment.course_iri: enrolment for enrolment in learner.enrolments.all()}
    return {
        course.pk: resume(enrolments[course_iri(course)], course)
        for course in courses
        if course_iri(course) in enrolments
    }


def complete_if_done(enrolment, module, language):
    """Record the module's and the course's completion once all their parts are done."""
    course = module.course()
    progress = course_progress(course, enrolment)
    this_module = next((item for item in progress.modules if item.module.pk == module.pk), None)
    if this_module is not None and this_module.complete:
        services.record_event(
            enrolment,
            Verb.COMPLETED,
            module_iri(module),
            ActivityType.MODULE,
            parent_iri=course_iri(course),
            result={"completion": True},
            language=language,
            once=True,
        )
    if progress.complete:
        services.record_event(
            enrolment,
            Verb.COMPLETED,
            course_iri(course),
            ActivityType.COURSE,
            result={"completion": True},
            language=language,
            once=True,
        )
        if enrolment.completed_at is None:
            enrolment.completed_at = timezone.now()
            enrolment.save(update_fields=["completed_at"])
