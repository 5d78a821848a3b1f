"""Each course defines its Open Badges 3.0 Achievement in `learning.badges`.

The Achievement copies what a credential needs from the live course and its translations:
names, descriptions, outcomes, level and workload, competences, and the IRIs of the modules to
complete and the quizzes to pass. It is refreshed whenever a course or module is published.
"""

from django.conf import settings

from learning.badges.services import define_achievement

from .activities import course_iri, module_iri, unit_iri


def _texts(course):
    texts = {}
    for translation in course.get_translations(inclusive=True).live().select_related("locale"):
        translation = translation.specific
        texts[translation.locale.language_code] = {
            "name": translation.title,
            "description": translation.introduction or translation.search_description,
            "outcomes": [str(child.value) for child in translation.learning_outcomes],
            "prerequisites": translation.prerequisites,
            "url": translation.full_url or "",
        }
    return texts


def sync_achievement(course):
    """Create or update the Achievement of `course` (any language version of it)."""
    source = (
        course.get_translations(inclusive=True)
        .filter(locale__language_code=settings.LANGUAGE_CODE)
        .first()
    )
    course = source.specific if source else course
    modules = course.modules()
    return define_achievement(
        course_iri(course),
        texts=_texts(course),
        target_group=course.target_group,
        competences=[
            [child.value["competence"], child.value["level"]] for child in course.competences
        ],
        eqf_level=course.eqf_level,
        workload_hours=course.workload_hours,
        ects=course.ects,
        delivery_mode=course.delivery_mode,
        metadata_provenance=course.metadata_provenance,
        required_modules=[module_iri(module) for module in modules],
        required_quizzes=[
            unit_iri(module, block.id)
            for module in modules
            for block in module.units
            if block.block_type == "quiz"
        ],
    )


def on_page_published(sender, instance, **kwargs):
    """Keep the Achievement in step with a course when it or one of its modules is published;
    a module's new estimated time changes its course's workload first."""
    from .models import CoursePage, ModulePage

    if isinstance(instance, CoursePage):
        sync_achievement(instance)
    elif isinstance(instance, ModulePage):
        course = instance.course()
        course.refresh_workload()
        sync_achievement(course)
