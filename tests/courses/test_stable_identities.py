"""Course content keeps its activity identities when translations change."""

from wagtail.models import Locale
from wagtail_localize.models import StringSegment, StringTranslation, Translation

import pytest

from courses.activities import course_iri, module_iri, question_iri, unit_iri
from courses.models import ModulePage

pytestmark = pytest.mark.django_db


def activity_iris(module):
    iris = {course_iri(module.course()), module_iri(module)}
    for unit in module.units:
        iris.add(unit_iri(module, unit.id))
        if unit.block_type == "quiz":
            for question in unit.value["questions"].bound_blocks:
                iris.add(question_iri(module, unit.id, question.id))
    return iris


def test_activity_iris_survive_a_changed_translation():
    english = ModulePage.objects.filter(locale__language_code="en").first()
    italian_locale = Locale.objects.get(language_code="it")
    before = activity_iris(english.get_translation(italian_locale).specific)
    assert before == activity_iris(english)
    assert any("/question/" in iri for iri in before)  # the module has a quiz

    translation = Translation.objects.get(
        source__object_id=english.translation_key, target_locale=italian_locale
    )
    segment = StringSegment.objects.filter(source=translation.source, context__path="title").get()
    StringTranslation.objects.filter(
        translation_of=segment.string, context=segment.context, locale=italian_locale
    ).update(data="Modulo 1: la cittadinanza europea come obiettivo (rivisto)")
    translation.save_target()

    italian = english.get_translation(italian_locale).specific
    assert italian.title.endswith("(rivisto)")
    assert activity_iris(italian) == before
