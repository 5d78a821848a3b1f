"""A course declares the hours its modules add up to, and ECTS credits of 25 to 30 hours each;
a module's estimated time is the work its units ask for."""

from decimal import Decimal

from django.contrib import messages
from django.contrib.messages.storage.fallback import FallbackStorage
from django.core.exceptions import ValidationError
from django.test import RequestFactory

import pytest

from courses import workload
from courses.activities import course_iri
from courses.models import CoursePage, ModulePage
from courses.wagtail_hooks import report_course_workload
from learning.badges.models import Achievement
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


def _first_english_module():
    return ModulePage.objects.filter(locale__language_code="en").order_by("path").first()


@pytest.mark.django_db
def test_publishing_a_module_declares_its_course_new_workload_in_every_language():
    module = _first_english_module()
    course = module.course()
    before = course.workload_hours
    module.estimated_minutes += 60
    module.save_revision().publish()

    expected = before + Decimal("1.0")
    hours = set(
        CoursePage.objects.filter(translation_key=course.translation_key).values_list(
            "workload_hours", flat=True
        )
    )
    assert hours == {expected}
    assert Achievement.objects.get(course_iri=course_iri(course)).workload_hours == expected


def _hook_request(user):
    request = RequestFactory().post("/admin/")
    request.user = user
    request.session = {}
    request._messages = FallbackStorage(request)
    return request


@pytest.mark.django_db
def test_the_editor_learns_the_course_workload_and_when_its_ects_no_longer_fit(admin_user):
    module = _first_english_module()
    request = _hook_request(admin_user)
    report_course_workload(request, module)
    (told,) = list(messages.get_messages(request))
    assert told.level == messages.INFO
    assert module.course().title in told.message

    module.estimated_minutes += 600  # ten hours more: the declared ECTS no longer fit
    module.save_revision().publish()
    request = _hook_request(admin_user)
    report_course_workload(request, module)
    (warned,) = list(messages.get_messages(request))
    assert warned.level == messages.WARNING
    assert "ECTS" in warned.message


@pytest.mark.django_db
def test_other_pages_get_no_workload_message(admin_user):
    request = _hook_request(admin_user)
    report_course_workload(request, CoursePage.objects.first())
    assert list(messages.get_messages(request)) == []
