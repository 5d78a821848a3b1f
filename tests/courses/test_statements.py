"""Every learning act of a course is an xAPI 1.0.3 statement, and progress can be rebuilt."""

import base64
import uuid

from django.test import Client
from django.utils import timezone, translation

import pytest

from courses.activities import module_iri
from learning.progress.models import Enrolment, LearningEvent
from learning.progress.rebuild import rebuild_progress
from learning.progress.vocabulary import ActivityType, Verb
from learning.xapi.models import LRSClient, Statement
from learning.xapi.statements import build_statement, learner_agent
from learning.xapi.validation import validate_statement

pytestmark = pytest.mark.django_db


def unit_url(module, number, action=""):
    suffix = f"{action}/" if action else ""
    return module.url + module.reverse_subpage("unit", args=[number]) + suffix


def enrol(client, course):
    return client.post(course.url + course.reverse_subpage("enrol"))


def quiz_of(module):
    return next(block for block in module.units if block.block_type == "quiz")


def quiz_post(module, quiz_block, choices, attempt="0b6b4c1e-5a0c-4b43-9a5e-3a4f2f0e9c11"):
    data = {"attempt": attempt}
    for question in quiz_block.value["questions"].bound_blocks:
        data[f"question-{question.id}"] = [
            option.id
            for option in question.value["options"].bound_blocks
            if option.value["text"] in choices
        ]
    return data


@pytest.fixture
def journey(course, modules, learner_client):
    """An enrolment, a unit opened and done, a reflection and a passed quiz."""
    with translation.override("en"):
        enrol(learner_client, course)
        first = modules[0]
        learner_client.get(unit_url(first, 1))
        learner_client.post(unit_url(first, 1, "done"))
        learner_client.post(unit_url(first, 2, "reflection"), {"reflection": "Noted."})
        learner_client.post(
            unit_url(first, 3, "quiz"),
            quiz_post(first, quiz_of(first), {"Eight", "CV", "Mobility", "True"}),
        )
    return first


def bodies():
    return {str(row.statement_id): row.body for row in Statement.objects.all()}


def test_statements_every_event_is_a_stored_statement_with_its_id(journey):
    statements = bodies()
    events = list(LearningEvent.objects.all())
    assert len(events) > 8
    assert {str(event.id) for event in events} == set(statements)
    for body in statements.values():
        validate_statement(body)


def test_statements_actor_is_an_opaque_account_never_an_email(journey, learner):
    for body in bodies().values():
        actor = body["actor"]
        assert set(actor) == {"objectType", "account"}
        assert actor["account"]["homePage"] == "http://testserver"
        assert learner.email not in str(body)
        assert learner.username not in actor["account"]["name"]


def test_statements_carry_registration_context_and_verb_display(journey):
    enrolment = Enrolment.objects.get()
    for body in bodies().values():
        assert body["context"]["registration"] == str(enrolment.id)
        assert body["context"]["platform"] == "DIG.INT"
        assert body["verb"]["display"]
    unit = next(body for body in bodies().values() if body["verb"]["id"] == Verb.EXPERIENCED)
    assert unit["context"]["contextActivities"]["grouping"][0]["id"] == enrolment.course_iri
    assert unit["object"]["definition"]["name"] == {"en": "Reading"}


def test_statements_question_is_a_choice_interaction_with_its_correct_answer(journey):
    answered = [body for body in bodies().values() if body["verb"]["id"] == Verb.ANSWERED]
    assert len(answered) == 3
    for body in answered:
        definition = body["object"]["definition"]
        assert definition["type"].endswith("cmi.interaction")
        assert definition["interactionType"] == "choice"
        ids = {choice["id"] for choice in definition["choices"]}
        correct = definition["correctResponsesPattern"][0].split("[,]")
        assert set(correct) <= ids
        assert set(body["result"]["response"].split("[,]")) == set(correct)
        assert body["result"]["success"] is True


def test_statements_quiz_result_has_a_scaled_score(journey):
    passed = next(body for body in bodies().values() if body["verb"]["id"] == Verb.PASSED)
    assert passed["result"]["score"]["scaled"] == 1
    assert passed["result"]["success"] is True
    assert passed["context"]["contextActivities"]["parent"][0]["id"] == module_iri(journey)


def test_statements_verb_display_follows_the_learner_language(learner):
    body = build_statement(
        statement_id=uuid.uuid4(),
        actor=learner_agent(learner),
        verb=Verb.COMPLETED,
        activity_iri="http://testserver/xapi/activities/course/x",
        activity_type=ActivityType.COURSE,
        registration=uuid.uuid4(),
        timestamp=timezone.now(),
        language="it",
    )
    with translation.override("it"):
        assert body["verb"]["display"] == {"it": translation.gettext("completed")}
    assert body["context"]["language"] == "it"
    validate_statement(body)


def test_progress_rebuild_from_statements_restores_every_event(journey):
    before = {
        event.id: (
            event.verb,
            event.activity_iri,
            event.parent_iri,
            event.result,
            event.idempotency_key,
            event.activity_type,
        )
        for event in LearningEvent.objects.all()
    }
    LearningEvent.objects.all().delete()
    assert rebuild_progress() == len(before)
    after = {
        event.id: (
            event.verb,
            event.activity_iri,
            event.parent_iri,
            event.result,
            event.idempotency_key,
            event.activity_type,
        )
        for event in LearningEvent.objects.all()
    }
    assert after == before


def test_statements_read_back_identically_through_the_lrs(journey):
    reader = LRSClient(name="reader", key="reader", scopes="all/read")
    reader.set_secret("reader-secret-value")
    reader.save()
    lrs = Client()
    headers = {
        "Authorization": "Basic " + base64.b64encode(b"reader:reader-secret-value").decode(),
        "X-Experience-API-Version": "1.0.3",
    }
    for statement_id, body in bodies().items():
        response = lrs.get(f"/xapi/statements?statementId={statement_id}", headers=headers)
        assert response.status_code == 200
        assert response.json() == body


def test_statements_never_become_events_when_clients_post_them(journey):
    from learning.xapi.services import store_statements

    registration = str(Enrolment.objects.get().id)
    forged = dict(next(iter(bodies().values())))
    forged.pop("id")
    forged["context"] = {**forged["context"], "registration": registration}
    client = LRSClient(name="w", key="w", scopes="statements/write")
    client.set_secret("w-secret-value-long")
    client.save()
    store_statements([forged], authority=client.authority("http://testserver"), client=client)
    events = LearningEvent.objects.count()
    assert rebuild_progress() == events
