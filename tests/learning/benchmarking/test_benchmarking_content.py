"""The seeded questionnaire: every cell and question type, Italian, synthetic institutions."""

import io

from django.core.management import call_command

import pytest

from learning.benchmarking.models import Assessment, Institution, Questionnaire
from learning.benchmarking.questionnaires import localized_questions
from website.core.vocabularies import Dimension, IndicatorFamily

pytestmark = pytest.mark.django_db


def test_questionnaire_fills_every_dimension_and_family_cell(version):
    cells = {(question["dimension"], question["family"]) for question in version.questions}
    assert cells == {(d, f) for d in Dimension.values for f in IndicatorFamily.values}


def test_questionnaire_uses_every_question_type(version):
    kinds = {question["kind"] for question in version.questions}
    assert kinds == {"single", "multiple", "yes_no", "scale", "number"}


def test_questionnaire_is_translated_into_italian_through_wagtail_localize(questionnaire, version):
    italian = Questionnaire.objects.get(
        translation_key=questionnaire.translation_key, locale__language_code="it"
    )
    assert italian.title == "Benchmarking DIG.INT dell'internazionalizzazione"
    questions, _translated = localized_questions(version, "it")
    goals = questions[0]
    assert goals["text"].startswith("Quali sono gli obiettivi principali")
    assert goals["options"][0]["label"].startswith("Rafforzare le competenze")


@pytest.mark.parametrize(
    ("language", "start"),
    [("fr", "Quels sont"), ("nl", "Wat zijn"), ("es", "¿Cuáles son"), ("ro", "Care sunt")],
)
def test_questionnaire_is_translated_into_every_language(version, language, start):
    questions, translated = localized_questions(version, language)
    assert translated.locale.language_code == language
    assert questions[0]["text"].startswith(start)


def test_synthetic_institutions_are_marked_and_loading_again_adds_none(version):
    call_command("load_digint", synthetic_institutions=12, stdout=io.StringIO())
    synthetic = Institution.objects.filter(is_synthetic=True)
    assert synthetic.count() == 12
    assert all(name.startswith("Synthetic ") for name in synthetic.values_list("name", flat=True))
    assert (
        Assessment.objects.filter(
            institution__is_synthetic=True, submitted_at__isnull=False, version=version
        ).count()
        == 12
    )
    call_command("load_digint", synthetic_institutions=12, stdout=io.StringIO())
    assert Institution.objects.filter(is_synthetic=True).count() == 12
    assert not Institution.objects.filter(members__isnull=False, is_synthetic=True).exists()
