"""Versions: a questionnaire changed once in use gets a new version; assessments keep theirs."""

from django.test import Client
from django.urls import reverse
from django.utils import timezone

import pytest

from learning.benchmarking.models import Assessment
from learning.benchmarking.questionnaires import current_version, localized_questions

pytestmark = pytest.mark.django_db


def reword_first_question(questionnaire, text):
    questionnaire.questions[0].value["text"] = text
    questionnaire.save()


def test_unchanged_questionnaire_keeps_its_version(questionnaire, version):
    assert current_version(questionnaire) == version


def test_change_before_any_assessment_updates_the_version_in_place(questionnaire, version):
    reword_first_question(questionnaire, "What are your institution's goals?")
    updated = current_version(questionnaire)
    assert updated.pk == version.pk and updated.number == version.number
    assert updated.questions[0]["text"] == "What are your institution's goals?"


def test_change_after_assessments_makes_a_new_version(questionnaire, version, institution):
    assessment = Assessment.objects.create(
        institution=institution, version=version, period=2024, submitted_at=timezone.now()
    )
    original_text = version.questions[0]["text"]
    reword_first_question(questionnaire, "What are your institution's goals?")
    newer = current_version(questionnaire)
    assert newer.number == version.number + 1
    assessment.refresh_from_db()
    assert assessment.version == version
    assert assessment.version.questions[0]["text"] == original_text


def test_removed_question_keeps_its_text_in_the_older_version(questionnaire, version, institution):
    Assessment.objects.create(institution=institution, version=version, period=2024)
    removed = version.questions[-1]
    del questionnaire.questions[-1]
    questionnaire.save()
    newer = current_version(questionnaire)
    assert newer.question(removed["id"]) is None
    questions, _translated = localized_questions(version, "en")
    assert questions[-1]["text"] == removed["text"]


def test_new_assessments_answer_the_new_version(
    questionnaire, version, institution, member_client, full_answers
):
    Assessment.objects.create(
        institution=institution, version=version, period=2023, submitted_at=timezone.now()
    )
    del questionnaire.questions[-1]
    questionnaire.save()
    member_client.post(
        reverse("benchmarking:start", args=[institution.pk]), {"period": timezone.now().year}
    )
    draft = Assessment.objects.get(institution=institution, period=timezone.now().year)
    assert draft.version.number == version.number + 1
    # An answer to the removed question belongs to the old version only.
    response = member_client.post(
        reverse("benchmarking:assessment", args=[draft.pk]), full_answers(version)
    )
    assert response.status_code == 400
    draft.refresh_from_db()
    assert draft.answers == {}


def test_questionnaire_is_edited_in_the_wagtail_admin(questionnaire, django_user_model):
    admin = django_user_model.objects.create_superuser("editor-admin", password="a-long-password")
    client = Client(HTTP_HOST="localhost")
    client.force_login(admin)
    edit_url = reverse(
        f"wagtailsnippets_{questionnaire._meta.app_label}_{questionnaire._meta.model_name}:edit",
        args=[questionnaire.pk],
    )
    response = client.get(edit_url)
    assert response.status_code == 200
    assert "What are your institution&#x27;s primary goals" in response.content.decode()
