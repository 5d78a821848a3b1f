"""Finishing what a learner starts: quiz results with a next step, the course completion page,
and where the learner is in a module."""

import re
from urllib.parse import parse_qs, urlsplit

from django.test import Client
from django.utils import translation
from django.utils.html import escape

import pytest

from courses.demo import complete_course
from courses.models import CoursePage
from learning.badges.models import Credential
from learning.badges.services import revoke
from tests.courses.test_taking import enrol, quiz_of, quiz_post, unit_url

pytestmark = pytest.mark.django_db

RIGHT = {"Eight", "CV", "Mobility", "True"}
WRONG = {"Five", "Visa", "False"}


def completed_url(course):
    return course.url + course.reverse_subpage("completed")


def finish_first_module_but_quiz(client, first):
    client.post(unit_url(first, 1, "done"))
    client.post(unit_url(first, 2, "reflection"), {"reflection": "Noted."})


def test_quiz_passed_shows_result_feedback_and_next_module_not_the_form(
    course, modules, learner_client
):
    enrol(learner_client, course)
    first, second = modules
    finish_first_module_but_quiz(learner_client, first)
    response = learner_client.post(
        unit_url(first, 3, "quiz"), quiz_post(first, quiz_of(first), RIGHT)
    )
    html = response.content.decode()
    assert response.status_code == 200
    assert "You passed" in html and "Feedback on your answers" in html
    assert "About Eight." in html  # the feedback of the option chosen
    assert 'class="quiz-form"' not in html
    assert f'href="{second.url}">Next module: Second module<' in html
    # Coming back later: passed, best score, next step, still no form; ?retry=1 changes nothing.
    for query in ("", "?retry=1"):
        again = learner_client.get(unit_url(first, 3) + query).content.decode()
        assert "You have passed this quiz." in again and "Your best score: 100%." in again
        assert 'class="quiz-form"' not in again and "Try again" not in again
        assert "Next module: Second module" in again


def test_quiz_failed_offers_try_again_and_shows_the_form_only_when_asked(
    course, modules, learner_client
):
    enrol(learner_client, course)
    first = modules[0]
    assert 'class="quiz-form"' in learner_client.get(unit_url(first, 3)).content.decode()
    response = learner_client.post(
        unit_url(first, 3, "quiz"), quiz_post(first, quiz_of(first), WRONG)
    )
    html = response.content.decode()
    assert "Not passed yet" in html and "About Five." in html
    assert 'class="quiz-form"' not in html
    assert f'href="{unit_url(first, 3)}?retry=1">Try again<' in html
    later = learner_client.get(unit_url(first, 3)).content.decode()
    assert 'class="quiz-form"' not in later and "your best score so far is 0%" in later
    assert (
        'class="quiz-form"' in learner_client.get(unit_url(first, 3) + "?retry=1").content.decode()
    )
    learner_client.post(
        unit_url(first, 3, "quiz"),
        quiz_post(first, quiz_of(first), WRONG, "22222222-2222-4222-8222-222222222222"),
    )
    spent = learner_client.get(unit_url(first, 3) + "?retry=1").content.decode()
    assert 'class="quiz-form"' not in spent and "Try again" not in spent
    assert "You have used all your attempts at this quiz." in spent


def test_unit_page_shows_position_with_an_accessible_progress_bar(course, modules, learner_client):
    enrol(learner_client, course)
    html = learner_client.get(unit_url(modules[0], 2)).content.decode()
    assert re.search(
        r'<p class="small" id="unit-position">Unit 2 of 3 · 0 of 3 units done.</p>', html
    )
    assert '<progress max="3" value="2" aria-labelledby="unit-position">' in html


def test_last_unit_leads_to_the_completion_page_with_the_credential(
    course, modules, learner, learner_client, django_capture_on_commit_callbacks
):
    learner.first_name, learner.last_name = "Maria", "Rossi"
    learner.save()
    enrol(learner_client, course)
    first, second = modules
    finish_first_module_but_quiz(learner_client, first)
    learner_client.post(unit_url(first, 3, "quiz"), quiz_post(first, quiz_of(first), RIGHT))
    assert learner_client.get(completed_url(course))["Location"] == course.url  # not yet
    with django_capture_on_commit_callbacks(execute=True):
        response = learner_client.post(unit_url(second, 1, "done"))
    assert response["Location"] == completed_url(course)
    credential = Credential.objects.get(learner=learner)
    page = learner_client.get(completed_url(course))
    html = page.content.decode()
    assert page.status_code == 200
    assert "Course completed" in html and "Explain EU citizenship." in html
    image = f"http://localhost/credentials/achievements/{credential.achievement_id}/en/image.png"
    assert f'src="{image}"' in html
    assert learner_client.get(urlsplit(image).path).status_code == 200
    assert 'href="/en/learning/backpack/"' in html
    verification = f"http://localhost/credentials/{credential.pk}/"
    assert f'id="verification-link" type="url" readonly value="{verification}"' in html
    linkedin = re.search(r'href="(https://www\.linkedin\.com/profile/add\?[^"]+)"', html).group(1)
    query = parse_qs(urlsplit(linkedin.replace("&amp;", "&")).query)
    assert query["startTask"] == ["CERTIFICATION_NAME"]
    assert query["name"] == ["Test course"]
    assert query["organizationName"][0].startswith("DIG.INT")
    assert query["issueYear"] == [str(credential.issued_at.year)]
    assert query["issueMonth"] == [str(credential.issued_at.month)]
    assert query["certUrl"] == [verification] and query["certId"] == [str(credential.pk)]
    # The next course for the learner's target group, in the catalogue order.
    suggested = (
        CoursePage.objects.live()
        .filter(locale__language_code="en", target_group="teachers-trainers")
        .exclude(pk=course.pk)
        .order_by("path")
        .first()
    )
    assert f'href="{suggested.url}">{escape(suggested.title)}<' in html
    assert "Your result and credential" in learner_client.get("/en/learning/").content.decode()
    assert completed_url(course) in learner_client.get(course.url).content.decode()


def test_completion_page_only_for_the_learner_who_completed(course, modules, client, learner):
    assert "/accounts/login/" in client.get(completed_url(course))["Location"]
    complete_course(learner, course)
    other = Client(HTTP_HOST="localhost")
    other.force_login(
        type(learner).objects.create_user("other", email="o@example.eu", password="x" * 20)
    )
    assert other.get(completed_url(course))["Location"] == course.url


def test_suggested_course_skips_courses_taken_and_follows_the_learners_group(
    course, learner, learner_client
):
    complete_course(learner, course)
    learner.target_group = "managers"
    learner.save()
    managers = list(
        CoursePage.objects.live()
        .filter(locale__language_code="en", target_group="managers")
        .order_by("path")
    )
    enrol(learner_client, managers[0])
    html = learner_client.get(completed_url(course)).content.decode()
    assert managers[1].title in html and managers[0].title not in html


@pytest.mark.parametrize("language", ["fr", "ro"])
def test_completion_page_speaks_the_learners_language(
    course, learner, learner_client, language, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        complete_course(learner, course)
    with translation.override(language):
        url = f"/{language}" + completed_url(course).removeprefix("/en")
    html = learner_client.get(url).content.decode()
    for english in ("Course completed", "What you achieved", "Your credential", "What next"):
        assert english not in html, english


def test_revoked_credential_is_marked_on_the_completion_page(
    course, learner, learner_client, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        complete_course(learner, course)
    revoke(Credential.objects.get(learner=learner), "Issued by mistake.")
    html = learner_client.get(completed_url(course)).content.decode()
    assert 'class="badge badge--revoked"' in html
