"""Taking a course: enrolment, units, reflections, server-graded quizzes and progress."""

from django.contrib.auth import get_user_model
from django.test import Client

from wagtail.models import Locale

import pytest

from courses.activities import course_iri, module_iri, unit_iri
from learning.progress.models import Enrolment, LearningEvent, Reflection
from learning.progress.vocabulary import Verb

pytestmark = pytest.mark.django_db


def unit_url(module, number, action=""):
    suffix = f"{action}/" if action else ""
    return module.url + module.reverse_subpage("unit", args=[number]) + suffix


def enrol(client, course):
    return client.post(course.url + course.reverse_subpage("enrol"))


def quiz_post(module, quiz_block, choices, attempt="0b6b4c1e-5a0c-4b43-9a5e-3a4f2f0e9c11"):
    """POST data choosing options by their text, as the browser form sends it."""
    data = {"attempt": attempt}
    for question in quiz_block.value["questions"].bound_blocks:
        chosen = [
            option.id
            for option in question.value["options"].bound_blocks
            if option.value["text"] in choices
        ]
        if chosen:
            data[f"question-{question.id}"] = chosen
    return data


def quiz_of(module):
    return next(block for block in module.units if block.block_type == "quiz")


def test_anonymous_visitors_browse_but_cannot_take_units(course, modules, client):
    assert client.get(course.url).status_code == 200
    assert client.get(modules[0].url).status_code == 200
    response = client.get(unit_url(modules[0], 1))
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]
    response = client.post(unit_url(modules[0], 3, "quiz"), {"attempt": "x"})
    assert response.status_code == 302
    assert not LearningEvent.objects.exists()


def test_enrolment_records_registration_once(course, learner, learner_client):
    assert enrol(learner_client, course).status_code == 302
    enrol(learner_client, course)
    enrolment = Enrolment.objects.get(learner=learner)
    assert enrolment.course_iri == course_iri(course)
    assert enrolment.events.filter(verb=Verb.REGISTERED).count() == 1


def test_units_need_enrolment(course, modules, learner_client):
    response = learner_client.get(unit_url(modules[0], 1))
    assert response.status_code == 302 and response["Location"] == course.url


def test_mark_done_and_resume(course, modules, learner, learner_client):
    enrol(learner_client, course)
    first = modules[0]
    assert learner_client.get(unit_url(first, 1)).status_code == 200
    response = learner_client.post(unit_url(first, 1, "done"))
    assert response["Location"] == unit_url(first, 2)
    learner_client.post(unit_url(first, 1, "done"))  # a double click records nothing more
    enrolment = Enrolment.objects.get(learner=learner)
    unit = unit_iri(first, first.units[0].id)
    assert enrolment.events.filter(verb=Verb.COMPLETED, activity_iri=unit).count() == 1
    learner_client.get(unit_url(first, 2))
    overview = learner_client.get(first.url).content.decode()
    assert "1 of 3 units done." in overview
    assert f'href="{unit_url(first, 2)}">Continue where you left off' in overview


def test_reflection_is_kept_private(course, modules, learner, learner_client):
    enrol(learner_client, course)
    learner_client.post(unit_url(modules[0], 2, "reflection"), {"reflection": "My own plan."})
    reflection = Reflection.objects.get()
    assert reflection.text == "My own plan."
    assert "My own plan." in learner_client.get(unit_url(modules[0], 2)).content.decode()
    other = get_user_model().objects.create_user("other", password="another-long-password")
    other_client = Client(HTTP_HOST="localhost")
    other_client.force_login(other)
    enrol(other_client, course)
    assert "My own plan." not in other_client.get(unit_url(modules[0], 2)).content.decode()
    assert "My own plan." not in other_client.get("/en/learning/").content.decode()


def test_quiz_is_graded_on_the_server_and_completes_the_course(
    course, modules, learner, learner_client
):
    enrol(learner_client, course)
    first, second = modules
    learner_client.post(unit_url(first, 1, "done"))
    learner_client.post(unit_url(first, 2, "reflection"), {"reflection": "Noted."})
    data = quiz_post(first, quiz_of(first), {"Eight", "CV", "Mobility", "True"})
    data["score"] = "0"  # a tampered score field is ignored
    response = learner_client.post(unit_url(first, 3, "quiz"), data)
    assert response.status_code == 200, response.content.decode()
    html = response.content.decode()
    assert "You passed" in html and "Your score: 3 of 3 (100%)." in html
    enrolment = Enrolment.objects.get(learner=learner)
    completed = set(
        enrolment.events.filter(verb=Verb.COMPLETED).values_list("activity_iri", flat=True)
    )
    assert module_iri(first) in completed
    assert course_iri(course) not in completed
    learner_client.post(unit_url(second, 1, "done"))
    enrolment.refresh_from_db()
    assert enrolment.completed_at is not None
    assert enrolment.events.filter(verb=Verb.COMPLETED, activity_iri=course_iri(course)).exists()
    dashboard = learner_client.get("/en/learning/").content.decode()
    assert "2 of 2 modules completed (100%)." in dashboard
    assert "best 100% in 1 attempt" in dashboard


def test_failed_attempts_are_limited(course, modules, learner, learner_client):
    enrol(learner_client, course)
    first = modules[0]
    quiz = quiz_of(first)
    learner_client.post(unit_url(first, 1, "done"))
    learner_client.post(unit_url(first, 2, "reflection"), {"reflection": "Noted."})
    wrong = {"Five", "Visa", "False"}
    for attempt in ("11111111-1111-4111-8111-111111111111", "22222222-2222-4222-8222-222222222222"):
        response = learner_client.post(
            unit_url(first, 3, "quiz"), quiz_post(first, quiz, wrong, attempt)
        )
        assert "Not passed yet" in response.content.decode()
    response = learner_client.post(
        unit_url(first, 3, "quiz"),
        quiz_post(first, quiz, {"Eight"}, "33333333-3333-4333-8333-333333333333"),
    )
    assert response.status_code == 400
    assert "You have used all your attempts" in response.content.decode()
    enrolment = Enrolment.objects.get(learner=learner)
    assert enrolment.events.filter(verb=Verb.ATTEMPTED).count() == 2
    assert enrolment.events.filter(verb=Verb.FAILED).count() == 2
    assert not enrolment.events.filter(verb=Verb.PASSED).exists()
    # Every other unit is done, but a module is complete only once its quiz is passed.
    assert not enrolment.events.filter(verb=Verb.COMPLETED, activity_iri=module_iri(first)).exists()


def test_double_submission_of_one_attempt_is_recorded_once(course, modules, learner_client):
    enrol(learner_client, course)
    first = modules[0]
    data = quiz_post(first, quiz_of(first), {"Eight"})
    learner_client.post(unit_url(first, 3, "quiz"), data)
    second = learner_client.post(unit_url(first, 3, "quiz"), data)
    assert second.status_code == 200
    assert LearningEvent.objects.filter(verb=Verb.ATTEMPTED).count() == 1
    assert LearningEvent.objects.filter(verb=Verb.ANSWERED).count() == 3


@pytest.mark.parametrize(
    "tamper",
    ["unknown-option", "unknown-question", "two-answers-to-single", "no-attempt-token"],
)
def test_invalid_answers_are_refused_and_record_nothing(course, modules, learner_client, tamper):
    enrol(learner_client, course)
    first = modules[0]
    quiz = quiz_of(first)
    data = quiz_post(first, quiz, {"Eight"})
    single = quiz.value["questions"].bound_blocks[0]
    if tamper == "unknown-option":
        data[f"question-{single.id}"] = ["not-an-option"]
    elif tamper == "unknown-question":
        data["question-from-another-module"] = ["x"]
    elif tamper == "two-answers-to-single":
        data[f"question-{single.id}"] = [o.id for o in single.value["options"].bound_blocks]
    else:
        del data["attempt"]
    before = LearningEvent.objects.count()
    response = learner_client.post(unit_url(first, 3, "quiz"), data)
    assert response.status_code == 400
    assert LearningEvent.objects.count() == before


def test_answers_of_another_module_are_refused(course, modules, learner_client):
    enrol(learner_client, course)
    first, second = modules
    data = quiz_post(first, quiz_of(first), {"Eight"})
    response = learner_client.post(unit_url(second, 1, "quiz"), data)
    assert response.status_code == 400
    assert not LearningEvent.objects.filter(verb=Verb.ATTEMPTED).exists()


def translate_to_italian(page):
    italian = page.copy_for_translation(Locale.objects.get(language_code="it"), copy_parents=True)
    italian.save_revision().publish()
    return italian


def test_translations_share_activities_and_speak_the_learners_language(
    course, modules, learner, learner_client
):
    enrol(learner_client, course)
    translate_to_italian(course)
    italian_module = translate_to_italian(modules[0])
    assert module_iri(italian_module) == module_iri(modules[0])
    # Done in Italian counts for the course in every language.
    learner_client.post(unit_url(italian_module, 1, "done"))
    done_in_english = learner_client.get(modules[0].url).content.decode()
    assert "1 of 3 units done." in done_in_english
    response = learner_client.post(unit_url(italian_module, 3, "quiz"), {"attempt": "x"})
    assert response.status_code == 400
    assert "ricarichi la pagina" in response.content.decode().lower()


def test_draft_modules_are_invisible(course, modules, learner_client):
    enrol(learner_client, course)
    first = modules[0]
    first.unpublish()
    assert learner_client.get(first.url).status_code == 404
    data = quiz_post(first, quiz_of(first), {"Eight"})
    assert learner_client.post(unit_url(first, 3, "quiz"), data).status_code == 404
    assert first.title not in learner_client.get(course.url).content.decode()
    assert not LearningEvent.objects.filter(verb=Verb.ATTEMPTED).exists()


def test_dashboard_needs_sign_in(client):
    response = client.get("/en/learning/")
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]


def test_attempt_tokens_are_scoped_to_the_learner(course, modules, learner_client):
    other = get_user_model().objects.create_user("other", password="another-long-password")
    other_client = Client(HTTP_HOST="localhost")
    other_client.force_login(other)
    first = modules[0]
    data = quiz_post(first, quiz_of(first), {"Eight"})
    for client in (learner_client, other_client):
        enrol(client, course)
        assert client.post(unit_url(first, 3, "quiz"), data).status_code == 200
    assert LearningEvent.objects.filter(verb=Verb.ATTEMPTED).count() == 2
