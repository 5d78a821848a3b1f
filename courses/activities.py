"""Activity IRIs of courses, modules, units and questions.

Built from each page's `translation_key` and each block's id, so every language version of a
lesson is the same activity (and keeps its progress and credentials when translations change).
"""

from django.conf import settings


def _base():
    return settings.LEARNING_XAPI_ACTIVITY_BASE.rstrip("/")


def course_iri(course):
    return f"{_base()}/course/{course.translation_key}"


def module_iri(module):
    return f"{_base()}/module/{module.translation_key}"


def unit_iri(module, unit_id):
    return f"{module_iri(module)}/unit/{unit_id}"


def question_iri(module, unit_id, question_id):
    return f"{unit_iri(module, unit_id)}/question/{question_id}"
