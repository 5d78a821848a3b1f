"""The six pilot courses shipped by load_digint follow the seed and the content rules."""

import polib
import pytest

from courses.blocks import UnitStreamBlock
from courses.models import CoursePage, ModulePage
from tests.content_data import course, course_folders
from website.core.content import catalogues

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

FOLDERS = course_folders()


def test_the_six_courses_and_their_modules_are_the_seeds():
    courses = [course(folder) for folder in FOLDERS]
    assert {data["title"]: [m["title"] for m in modules] for data, modules in courses} == (
        SEED_MODULES
    )


@pytest.mark.parametrize("folder", FOLDERS)
def test_every_module_has_reading_practice_and_a_final_quiz(folder):
    block = UnitStreamBlock()
    for module in course(folder)[1]:
        kinds = [unit["type"] for unit in module["units"]]
        assert "text" in kinds, module["title"]
        assert {"resource", "reflection"} & set(kinds), module["title"]
        assert kinds.count("quiz") == 1 and kinds[-1] == "quiz", module["title"]
        quiz = module["units"][-1]["value"]
        assert len(quiz["questions"]) >= 3, module["title"]
        for question in quiz["questions"]:
            assert all(str(option["feedback"]).strip() for option in question["options"])
        block.clean(block.to_python(module["units"]))  # the editors' validation rules


def translated_share(language, key):
    po = polib.pofile(str(catalogues.catalogue_path(language, key)))
    return po.percent_translated()


@pytest.mark.parametrize("folder", FOLDERS)
def test_every_course_and_module_is_translated_into_every_language(folder):
    data, _modules = course(folder)
    for language in ("it", "fr", "nl", "es", "ro"):
        assert translated_share(language, f"courses/{folder}/course") == 100, language
        for slug in data["modules"]:
            assert translated_share(language, f"courses/{folder}/{slug}") == 100, (language, slug)


@pytest.mark.django_db
def test_load_digint_publishes_every_course_and_module_in_six_languages():
    for language in ("en", "it", "fr", "nl", "es", "ro"):
        assert CoursePage.objects.live().filter(locale__language_code=language).count() == 6
        assert ModulePage.objects.live().filter(locale__language_code=language).count() == 19
    french = CoursePage.objects.filter(locale__language_code="fr").first()
    # A French course lists its French modules, which link to French pages.
    assert all(module.locale.language_code == "fr" for module in french.modules())
    assert all(module.url.startswith("/fr/") for module in french.modules())
