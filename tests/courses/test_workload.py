"""A course declares the hours its modules add up to, and ECTS credits of 25 to 30 hours each;
a module's estimated time is the work its units ask for."""

from decimal import Decimal

from django.core.exceptions import ValidationError

import pytest

from courses import workload
from courses.models import CoursePage
from tests.content_data import course, course_folders

FOLDERS = course_folders()


@pytest.mark.parametrize("folder", FOLDERS)
def test_seeded_module_times_are_the_work_of_their_units(folder):
    for module in course(folder)[1]:
        assert module["estimated_minutes"] == workload.estimated_minutes(module["units"]), module[
            "slug"
        ]


@pytest.mark.parametrize("folder", FOLDERS)
def test_seeded_course_hours_are_the_sum_of_its_modules_and_ects_follow(folder):
    data, modules = course(folder)
    hours = Decimal(data["workload_hours"])
    assert hours == workload.workload_hours(m["estimated_minutes"] for m in modules)
    ects = Decimal(data["ects"])
    assert 25 <= hours / ects <= 30 + Decimal("0.5")  # ECTS kept to two decimals


def test_the_estimate_counts_reading_resources_reflection_and_quiz():
    units = [
        {"type": "text", "value": {"title": "A", "body": "<p>" + "word " * 399 + "</p>"}},
        {"type": "resource", "value": {"title": "R", "description": "d", "url": "https://x.eu"}},
        {"type": "reflection", "value": {"title": "T", "prompt": "Why?"}},
        {"type": "quiz", "value": {"questions": [{}, {}, {}]}},
    ]
    assert workload.work_breakdown(units) == {
        "reading": 2,
        "resources": workload.RESOURCE_MINUTES,
        "reflection": workload.REFLECTION_MINUTES,
        "quiz": 3 * workload.QUIZ_MINUTES_PER_QUESTION,
    }
    assert workload.estimated_minutes(units) == 45


def test_ects_range_is_25_to_30_hours_a_credit():
    assert workload.ects_range(Decimal("30")) == (Decimal("1.00"), Decimal("1.20"))
    assert workload.ects_range(Decimal("2.5")) == (Decimal("0.08"), Decimal("0.10"))


@pytest.mark.django_db
def test_every_loaded_course_passes_its_own_validation():
    courses = list(CoursePage.objects.all())
    assert len(courses) == 6 * 6
    for page in courses:
        page.full_clean()
        assert page.workload_hours == workload.workload_hours(page.module_minutes())


@pytest.mark.django_db
def test_validation_refuses_hours_the_modules_do_not_add_up_to():
    page = CoursePage.objects.filter(locale__language_code="en").order_by("path").first()
    page.workload_hours = page.workload_hours + 20
    with pytest.raises(ValidationError) as error:
        page.full_clean()
    assert "workload_hours" in error.value.message_dict
    assert "add up to" in error.value.message_dict["workload_hours"][0]


@pytest.mark.django_db
def test_validation_refuses_ects_outside_25_to_30_hours_a_credit():
    page = CoursePage.objects.filter(locale__language_code="fr").order_by("path").first()
    page.ects = Decimal("1.00")
    with pytest.raises(ValidationError) as error:
        page.full_clean()
    assert list(error.value.message_dict) == ["ects"]


@pytest.mark.django_db
def test_a_new_course_without_modules_is_not_held_to_a_sum():
    page = CoursePage.objects.filter(locale__language_code="en").first()
    fresh = CoursePage(
        title="New",
        slug="new",
        target_group=page.target_group,
        learning_outcomes=[("outcome", "Something")],
        eqf_level=5,
        workload_hours=Decimal("30"),
        ects=Decimal("1.10"),
    )
    assert fresh.module_minutes() == []
    fresh.clean()
