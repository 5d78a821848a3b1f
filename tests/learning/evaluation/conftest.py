"""A small pilot recorded through the real recording functions, with figures known by hand.

Course A (the first English course): learners A1–A5 enrol on Monday 2 March 2026 and complete
the whole course 1, 2, 3, 4 and 10 days later (median 3 days), each earning the credential;
A6 enrols a week later and opens module 1; A7 enrols a week later and does nothing more.

Course B (the second English course): six learners enrol on 16 March 2026 and take the quiz of
module 1 once, five in English and one in Romanian, answering its four questions right (True)
or wrong (False) as in `PATTERNS`; B4 takes a second attempt, all right.

Profiles (for the country and organisation-type filters): A1–A5 in Italy at VET providers, A6
in Italy at a company, A7 stating neither; B1–B5 in Romania at technical higher education
institutions, B6 in Italy at one.
"""

from datetime import UTC, datetime, timedelta
from unittest import mock

from django.contrib.auth import get_user_model
from django.utils import translation

import pytest

from courses.activities import course_iri, module_iri, unit_iri
from courses.demo import complete_course
from courses.grading import grade
from courses.models import CoursePage
from courses.views import _record_attempt
from learning.badges.issuance import issue_for_enrolment
from learning.progress import services
from learning.progress.vocabulary import ActivityType, Verb

T0 = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
COMPLETION_DAYS = [1, 2, 3, 4, 10]
PROFILES = {
    **{f"a{number}": ("IT", "vet-provider") for number in range(1, 6)},
    "a6": ("IT", "company"),
    "a7": ("", ""),
    **{f"b{number}": ("RO", "technical-hei") for number in range(1, 6)},
    "b6": ("IT", "technical-hei"),
}
PATTERNS = [
    ("en", "managers", [True, True, True, True]),
    ("en", "managers", [True, True, True, False]),
    ("en", "managers", [True, False, True, False]),
    ("en", "managers", [False, False, True, False]),
    ("en", "managers", [False, True, False, False]),
    ("ro", "", [True, False, False, False]),
]


def at(moment):
    """Record everything in the block as if it happened at `moment`."""
    return mock.patch("django.utils.timezone.now", return_value=moment)


def _learner(name, target_group):
    country, organisation_type = PROFILES.get(name, ("", ""))
    return get_user_model().objects.create_user(
        name,
        email=f"{name}@example.org",
        first_name=name.upper(),
        target_group=target_group,
        country=country,
        organisation_type=organisation_type,
    )


def answers_for(quiz, pattern):
    """Right options where the pattern says True, else the question's first wrong option."""
    answers = {}
    for question, right in zip(quiz["questions"].bound_blocks, pattern, strict=False):
        options = question.value["options"].bound_blocks
        if right:
            answers[question.id] = [o.id for o in options if o.value["correct"]]
        else:
            answers[question.id] = [next(o.id for o in options if not o.value["correct"])]
    return answers


def first_quiz(course):
    module = course.modules()[0]
    block = next(block for block in module.units if block.block_type == "quiz")
    return module, block


def take_quiz(enrolment, course, module, block, pattern, token):
    result = grade(block.value, answers_for(block.value, pattern))
    _record_attempt(
        enrolment, module, course, block, unit_iri(module, block.id), token, None, result
    )


@pytest.fixture
def courses(db):
    pages = list(CoursePage.objects.filter(locale__language_code="en").order_by("path")[:2])
    return pages[0].specific, pages[1].specific


@pytest.fixture
def pilot(courses, django_capture_on_commit_callbacks):
    course_a, course_b = courses
    learners = {}
    for number, days in enumerate(COMPLETION_DAYS, start=1):
        learner = _learner(f"a{number}", "teachers-trainers")
        learners[f"a{number}"] = learner
        with at(T0), translation.override("en"):
            services.enrol(learner, course_iri(course_a), "en")
        with at(T0 + timedelta(days=days)), translation.override("en"):
            enrolment = complete_course(learner, course_a)
            assert issue_for_enrolment(enrolment) is not None
    week_later = T0 + timedelta(days=7)
    learners["a6"] = _learner("a6", "teachers-trainers")
    learners["a7"] = _learner("a7", "teachers-trainers")
    with at(week_later), translation.override("en"):
        enrolment, _ = services.enrol(learners["a6"], course_iri(course_a), "en")
        services.enrol(learners["a7"], course_iri(course_a), "en")
        first_module = course_a.modules()[0]
        services.record_event(
            enrolment,
            Verb.LAUNCHED,
            module_iri(first_module),
            ActivityType.MODULE,
            parent_iri=course_iri(course_a),
            language="en",
            once=True,
        )
    module, block = first_quiz(course_b)
    b_enrolled = T0 + timedelta(days=14)
    for number, (language, group, pattern) in enumerate(PATTERNS, start=1):
        learner = _learner(f"b{number}", group)
        learners[f"b{number}"] = learner
        with at(b_enrolled + timedelta(hours=number)), translation.override(language):
            enrolment, _ = services.enrol(learner, course_iri(course_b), language)
            take_quiz(enrolment, course_b, module, block, pattern, f"first-{number}")
    with at(b_enrolled + timedelta(days=1)), translation.override("en"):
        enrolment = services.enrolment_for(learners["b4"], course_iri(course_b))
        take_quiz(enrolment, course_b, module, block, [True] * 4, "second-4")
    return {"learners": learners, "course_a": course_a, "course_b": course_b, "quiz": block}
