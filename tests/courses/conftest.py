"""A small course built for the tests: two modules, the first with every kind of unit."""

from django.contrib.auth import get_user_model
from django.test import Client

import pytest

from courses.models import CourseIndexPage, CoursePage, ModulePage
from website.core.seeding import upsert_page
from website.home.models import HomePage


def option(text, correct, feedback=""):
    return {"text": text, "correct": correct, "feedback": feedback or f"About {text}."}


QUIZ = {
    "title": "Check your understanding",
    "pass_mark": 60,
    "max_attempts": 2,
    "shuffle": False,
    "questions": [
        {
            "kind": "single",
            "text": "How many levels has the EQF?",
            "options": [option("Eight", True), option("Five", False)],
        },
        {
            "kind": "multiple",
            "text": "Which are Europass tools?",
            "options": [option("CV", True), option("Mobility", True), option("Visa", False)],
        },
        {
            "kind": "true_false",
            "text": "Erasmus+ funds VET learner mobility.",
            "options": [option("True", True), option("False", False)],
        },
    ],
}

UNITS = [
    {"type": "text", "value": {"title": "Reading", "body": "<p>European citizenship.</p>"}},
    {"type": "reflection", "value": {"title": "Your view", "prompt": "What do you expect?"}},
    {"type": "quiz", "value": QUIZ},
]


@pytest.fixture
def course(db):
    home = HomePage.objects.get(locale__language_code="en")
    catalogue = CourseIndexPage.objects.child_of(home).first()
    if catalogue is None:
        catalogue, _ = upsert_page(home, CourseIndexPage, "courses", title="Courses")
    page, _ = upsert_page(
        catalogue,
        CoursePage,
        "test-course",
        title="Test course",
        target_group="teachers-trainers",
        learning_outcomes=[{"type": "outcome", "value": "Explain EU citizenship."}],
        competences=[
            {
                "type": "competence",
                "value": {"competence": "global-competence", "level": "foundation"},
            }
        ],
        eqf_level=5,
        workload_hours=10,
        ects="0.5",
        delivery_mode="online",
    )
    upsert_page(page, ModulePage, "first", title="First module", estimated_minutes=30, units=UNITS)
    upsert_page(
        page,
        ModulePage,
        "second",
        title="Second module",
        estimated_minutes=20,
        units=[{"type": "text", "value": {"title": "Closing", "body": "<p>Summary.</p>"}}],
    )
    return page


@pytest.fixture
def modules(course):
    return list(course.modules())


@pytest.fixture
def learner(db):
    return get_user_model().objects.create_user(
        "learner", email="learner@example.eu", password="a-long-learner-password"
    )


@pytest.fixture
def learner_client(learner):
    client = Client(HTTP_HOST="localhost")
    client.force_login(learner)
    return client


@pytest.fixture(autouse=True)
def _without_demo_records(empty_learning_records):
    """These tests count records across the whole store; the demo learner's are left out."""
