"""A small course built for the tests: two modules, the first with every kind of unit."""

import json

from django.contrib.auth import get_user_model
from django.core.serializers.json import DjangoJSONEncoder
from django.test import Client

from wagtail.fields import StreamField

import pytest

from courses.models import CourseIndexPage, CoursePage, ModulePage
from website.home.models import HomePage


def stored(model, fields):
    """Stream values as the database keeps them, every block and list item with its id
    (quiz questions and options are found by their ids)."""
    for name, value in fields.items():
        field = model._meta.get_field(name)
        if isinstance(field, StreamField):
            stream = field.stream_block.to_python(value)
            list(stream)  # convert every child now, so that list items get their ids
            prep = field.stream_block.get_prep_value(stream)
            fields[name] = json.loads(json.dumps(prep, cls=DjangoJSONEncoder))
    return fields


def add_page(parent, model, slug, **fields):
    """Add and publish a child page of `parent`."""
    page = model(slug=slug, **stored(model, fields))
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page


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
        catalogue = add_page(home, CourseIndexPage, "courses", title="Courses")
    page = add_page(
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
        workload_hours="0.8",  # its two modules: 30 and 20 minutes
        ects="0.03",
        delivery_mode="online",
    )
    add_page(page, ModulePage, "first", title="First module", estimated_minutes=30, units=UNITS)
    add_page(
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
