"""Reading the competence map in a language, and a learner's progress per competence."""

from django.conf import settings

from learning.progress.models import Enrolment
from website.core.vocabularies import ProficiencyLevel

from .models import Competence

_LEVEL_ORDER = [level.value for level in ProficiencyLevel]


def competences_in(language):
    """The seven competences in `language`, each falling back to the source language."""
    by_code = {}
    for competence in Competence.objects.filter(
        locale__language_code__in=[settings.LANGUAGE_CODE, language]
    ).select_related("locale"):
        if competence.code not in by_code or competence.locale.language_code == language:
            by_code[competence.code] = competence
    return sorted(by_code.values(), key=lambda item: (item.sort_order, item.code))


def courses_by_competence(achievements, language):
    """For each competence code: the courses developing it, as (name, url, level) dicts."""
    courses = {}
    for achievement in achievements:
        for code, level in achievement.competences:
            courses.setdefault(code, []).append(
                {
                    "course_iri": achievement.course_iri,
                    "name": achievement.text("name", language),
                    "url": achievement.text("url", language),
                    "level": ProficiencyLevel(level).label,
                    "level_rank": _LEVEL_ORDER.index(level),
                }
            )
    for items in courses.values():
        items.sort(key=lambda item: (item["level_rank"], item["name"]))
    return courses


def learner_progress(learner, courses):
    """For each competence code: how many of its courses the learner completed, and started."""
    enrolments = {
        enrolment.course_iri: enrolment for enrolment in Enrolment.objects.filter(learner=learner)
    }
    progress = {}
    for code, items in courses.items():
        started = [item for item in items if item["course_iri"] in enrolments]
        completed = [
            item for item in started if enrolments[item["course_iri"]].completed_at is not None
        ]
        progress[code] = {
            "total": len(items),
            "started": len(started),
            "completed": len(completed),
            "percent": round(100 * len(completed) / len(items)) if items else 0,
        }
    return progress
