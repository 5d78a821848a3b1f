"""The six pilot courses shipped by load_digint follow the seed and the content rules."""

from importlib import import_module

import pytest

from courses.blocks import UnitStreamBlock
from courses.digint_content import COURSE_MODULES
from courses.models import CoursePage, ModulePage
from website.core.seeding import Text

SEED_MODULES = {
    "Teachers European Citizenship & Working Across Borders": [
        "Module 1: Awareness of European Citizenship as a Learning Objective",
        "Module 2: European VET Systems and EU Programs and Tools",
        "Module 3: Preparing Students to Work Abroad",
    ],
    "Students Awareness of Intercultural Diversity": [
        "Module 1: Intercultural Competence",
        "Module 2: Intercultural Communication",
    ],
    "Leadership of VET and Technical HE institutions for internationalization": [
        "Module 1: Understanding the importance of the EU funding or other international "
        "instruments",
        "Module 2: Understanding the International Dimension in a Technical/Vocational Area",
        "Module 3: Networking",
    ],
    "Creating Impact from European Collaboration Projects": [
        "Module 1: Collaborative Framework Development",
        "Module 2: Internationalization Strategy Implementation",
        "Module 3: Monitoring and Evaluation",
        "Module 4: Measuring KPIs and Process Improvement",
    ],
    "Creating Impact for the Internationalization of Territories": [
        "Module 1: What is Impact",
        "Module 2: Impact as a Building Block",
        "Module 3: How to Measure Impact",
    ],
    "Design Effective Internationalization Policies in VET": [
        "Module 1: Introduction to the Course and Setting the Scene",
        "Module 2: Making a Plan and Looking for Support",
        "Module 3: A taste of European Cake",
        "Module 4: Evaluating and Sustaining a Policy",
    ],
}

COURSES = [import_module(f"courses.content.{name}").COURSE for name in COURSE_MODULES]


def test_the_six_courses_and_their_modules_are_the_seeds():
    assert {
        str(course["title"]): [str(m["title"]) for m in course["modules"]] for course in COURSES
    } == SEED_MODULES


@pytest.mark.parametrize("course", COURSES, ids=lambda course: str(course["slug"]))
def test_every_module_has_reading_practice_and_a_final_quiz(course):
    block = UnitStreamBlock()
    for module in course["modules"]:
        kinds = [unit["type"] for unit in module["units"]]
        assert "text" in kinds, module["title"]
        assert {"resource", "reflection"} & set(kinds), module["title"]
        assert kinds.count("quiz") == 1 and kinds[-1] == "quiz", module["title"]
        quiz = module["units"][-1]["value"]
        assert len(quiz["questions"]) >= 3, module["title"]
        for question in quiz["questions"]:
            assert all(str(option["feedback"]).strip() for option in question["options"])
        block.clean(block.to_python(module["units"]))  # the editors' validation rules


def walk_texts(value):
    if isinstance(value, Text):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from walk_texts(item)
    elif isinstance(value, list | tuple):
        for item in value:
            yield from walk_texts(item)


@pytest.mark.parametrize("course", COURSES, ids=lambda course: str(course["slug"]))
def test_every_course_is_in_italian_and_its_page_in_every_language(course):
    assert all("it" in text.translations for text in walk_texts(course))
    course_level = [course[name] for name in ("slug", "title", "introduction", "prerequisites")]
    course_level += course["learning_outcomes"]
    for text in course_level:
        assert {"it", "fr", "nl", "es", "ro"} <= set(text.translations), str(text)[:60]


@pytest.mark.django_db
def test_load_digint_publishes_courses_and_the_italian_translation():
    assert CoursePage.objects.live().filter(locale__language_code="en").count() == 6
    assert ModulePage.objects.live().filter(locale__language_code="en").count() == 19
    for language in ("it", "fr", "nl", "es", "ro"):
        assert CoursePage.objects.live().filter(locale__language_code=language).count() == 6
    assert ModulePage.objects.live().filter(locale__language_code="it").count() == 19
    french = CoursePage.objects.filter(locale__language_code="fr").first()
    # Modules not yet in French are listed in their source language.
    assert all(module.locale.language_code == "en" for module in french.modules())
