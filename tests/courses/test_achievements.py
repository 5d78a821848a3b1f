"""Each course defines its Achievement, kept in step when the course is published."""

from courses.activities import course_iri, module_iri, unit_iri
from courses.models import CoursePage
from learning.badges.models import Achievement


def test_every_course_has_an_achievement_with_its_rule(db):
    for course in CoursePage.objects.filter(locale__language_code="en"):
        achievement = Achievement.objects.get(course_iri=course_iri(course))
        modules = course.modules()
        assert achievement.required_modules == [module_iri(module) for module in modules]
        assert achievement.required_quizzes == [
            unit_iri(module, block.id)
            for module in modules
            for block in module.units
            if block.block_type == "quiz"
        ]
        assert achievement.eqf_level == course.eqf_level
        assert achievement.texts["en"]["name"] == course.title
        assert achievement.texts["it"]["name"] != course.title


def test_publishing_a_course_updates_its_achievement(db):
    course = CoursePage.objects.filter(locale__language_code="en").order_by("path").first()
    course.title = "A renamed course"
    course.save_revision().publish()
    achievement = Achievement.objects.get(course_iri=course_iri(course))
    assert achievement.texts["en"]["name"] == "A renamed course"
