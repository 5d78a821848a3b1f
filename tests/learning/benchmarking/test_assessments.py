"""Drafts, resuming, submitting once per period, and every bad input refused with nothing stored."""

from django.urls import reverse
from django.utils import timezone

import pytest

from learning.benchmarking.models import Assessment, Institution

pytestmark = pytest.mark.django_db


def start(client, institution, period=None):
    return client.post(
        reverse("benchmarking:start", args=[institution.pk]),
        {"period": period or timezone.now().year},
    )


@pytest.fixture
def draft(member_client, institution, version):
    response = start(member_client, institution)
    assert response.status_code == 302
    return Assessment.objects.get(institution=institution)


def url(assessment):
    return reverse("benchmarking:assessment", args=[assessment.pk])


def test_register_institution_makes_the_user_a_member(member_client, member):
    response = member_client.post(
        reverse("benchmarking:register"),
        {
            "name": "CIFP Bilbao",
            "country": "ES",
            "region": "País Vasco",
            "kind": "vet-provider",
            "size": "large",
        },
    )
    created = Institution.objects.get(name="CIFP Bilbao")
    assert response.status_code == 302
    assert list(created.members.all()) == [member]


def test_register_institution_refuses_an_unknown_type(member_client):
    response = member_client.post(
        reverse("benchmarking:register"),
        {"name": "X", "country": "ES", "kind": "university", "size": "large"},
    )
    assert response.status_code == 400
    assert not Institution.objects.filter(name="X").exists()


def test_draft_is_saved_and_resumed(draft, member_client, version, full_answers, first_of_kind):
    single = first_of_kind(version, "single")
    number = first_of_kind(version, "number")
    data = {f"q-{single['id']}": single["options"][1]["id"], f"q-{number['id']}": "12", "save": ""}
    response = member_client.post(url(draft), data)
    assert (response.status_code, response.url) == (302, url(draft))
    draft.refresh_from_db()
    assert draft.answers == {single["id"]: single["options"][1]["id"], number["id"]: 12}
    assert draft.submitted_at is None
    resumed = member_client.get(url(draft)).content.decode()
    assert "Your answers are saved as a draft" in resumed
    assert f'value="{single["options"][1]["id"]}" checked' in resumed
    assert 'value="12"' in resumed


def test_starting_again_resumes_the_same_draft(draft, member_client, institution):
    response = start(member_client, institution)
    assert response.url == url(draft)
    assert Assessment.objects.filter(institution=institution).count() == 1


def test_submit_scores_and_closes_the_assessment(
    draft, member_client, version, full_answers, first_of_kind
):
    response = member_client.post(url(draft), {**full_answers(version), "submit": ""})
    assert response.status_code == 302
    draft.refresh_from_db()
    assert draft.submitted_at is not None
    assert draft.dimension_scores() == {
        "curriculum": 100,
        "offshore": 100,
        "dual_joint": 100,
        "networks": 100,
    }
    assert draft.score_overall == 100


def test_submit_refuses_unanswered_questions(
    draft, member_client, version, full_answers, first_of_kind
):
    data = full_answers(version)
    data.pop(f"q-{first_of_kind(version, 'scale')['id']}")
    response = member_client.post(url(draft), {**data, "submit": ""})
    assert response.status_code == 400
    assert "Answer this question before submitting." in response.content.decode()
    draft.refresh_from_db()
    assert draft.submitted_at is None and draft.answers == {}


def test_second_submission_for_the_same_period_is_refused(
    draft, member_client, version, full_answers, first_of_kind
):
    member_client.post(url(draft), {**full_answers(version), "submit": ""})
    draft.refresh_from_db()
    stored = dict(draft.answers)
    again = {**full_answers(version), f"q-{first_of_kind(version, 'yes_no')['id']}": "no"}
    response = member_client.post(url(draft), {**again, "submit": ""})
    assert response.status_code == 409
    assert "already been submitted" in response.content.decode()
    draft.refresh_from_db()
    assert draft.answers == stored
    assert start(member_client, draft.institution, draft.period).status_code == 409


@pytest.mark.parametrize(
    ("kind", "value", "message"),
    [
        ("single", "not-an-option", "not one of the question"),
        ("multiple", "not-an-option", "not one of the question"),
        ("number", "-3", "Enter a number from 0"),
        ("number", "9999999", "Enter a number from 0"),
        ("scale", "7", "Choose a value from 1 to 5."),
        ("yes_no", "perhaps", "Answer yes or no."),
    ],
)
def test_bad_answers_are_refused_and_nothing_is_stored(
    draft, member_client, version, kind, value, message, full_answers, first_of_kind
):
    data = {**full_answers(version), f"q-{first_of_kind(version, kind)['id']}": value}
    response = member_client.post(url(draft), {**data, "save": ""})
    assert response.status_code == 400
    assert message in response.content.decode()
    draft.refresh_from_db()
    assert draft.answers == {}


def test_answers_to_another_versions_questions_are_refused(
    draft, member_client, version, full_answers, first_of_kind
):
    data = {**full_answers(version), "q-3f1c8a5e-0000-4000-8000-000000000000": "yes"}
    response = member_client.post(url(draft), {**data, "submit": ""})
    assert response.status_code == 400
    assert "do not belong to this version" in response.content.decode()
    draft.refresh_from_db()
    assert draft.answers == {} and draft.submitted_at is None


def test_period_outside_the_allowed_years_is_refused(member_client, institution, version):
    assert start(member_client, institution, 1990).status_code == 400
    assert start(member_client, institution, timezone.now().year + 1).status_code == 400
    assert not Assessment.objects.exists()


def test_members_of_another_institution_can_neither_read_nor_write(
    draft, outsider_client, version, institution, full_answers
):
    assert outsider_client.get(url(draft)).status_code == 404
    response = outsider_client.post(url(draft), {**full_answers(version), "submit": ""})
    assert response.status_code == 404
    draft.refresh_from_db()
    assert draft.answers == {} and draft.submitted_at is None
    assert start(outsider_client, institution).status_code == 404
    assert (
        outsider_client.get(reverse("benchmarking:institution", args=[institution.pk])).status_code
        == 404
    )


def test_anonymous_visitors_are_sent_to_sign_in(draft, client):
    response = client.get(url(draft))
    assert response.status_code == 302
    assert "/accounts/login/" in response.url


def test_questionnaire_is_shown_in_italian(draft, member_client):
    response = member_client.get("/it" + url(draft)[3:])
    assert "Esiste una strategia di internazionalizzazione" in response.content.decode()
