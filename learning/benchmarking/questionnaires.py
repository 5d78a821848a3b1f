"""Questionnaire versions and the questionnaire's texts in the reader's language.

A version freezes the questions (ids, cells, types, options, points and source texts). The
current version is found by comparing fingerprints: when the questionnaire has changed since
its latest version, that version is updated in place if no assessment answers it yet, and a new
version is made otherwise, so that assessments keep the questions they answered.
"""

import hashlib
import json

from django.db import transaction
from django.utils import translation

from wagtail.models import Locale

from .models import Questionnaire, QuestionnaireVersion


def frozen_questions(questionnaire):
    """The questionnaire's questions as a version stores them (block ids as question ids)."""
    questions = []
    for block in questionnaire.questions:
        value = block.value
        questions.append(
            {
                "id": block.id,
                "dimension": value["dimension"],
                "family": value["family"],
                "kind": value["kind"],
                "text": value["text"],
                "help_text": value["help_text"],
                "options": [
                    {"id": item.id, "label": item.value["label"], "points": item.value["points"]}
                    for item in value["options"].bound_blocks
                ],
                "allow_other": bool(value["allow_other"]),
                "full_marks": value["full_marks"],
                "proposed": bool(value.get("proposed")),
            }
        )
    return questions


def _fingerprint(questions):
    return hashlib.sha256(json.dumps(questions, sort_keys=True).encode()).hexdigest()


def source_questionnaire(slug):
    """The questionnaire `slug` in the source (default) locale."""
    return Questionnaire.objects.get(slug=slug, locale=Locale.get_default())


@transaction.atomic
def current_version(questionnaire):
    """The version matching the questionnaire as it is now (created or updated if needed)."""
    questions = frozen_questions(questionnaire)
    fingerprint = _fingerprint(questions)
    latest = (
        QuestionnaireVersion.objects.select_for_update()
        .filter(questionnaire=questionnaire)
        .order_by("-number")
        .first()
    )
    if latest is not None and latest.fingerprint == fingerprint:
        return latest
    if latest is not None and not latest.assessments.exists():
        latest.questions = questions
        latest.fingerprint = fingerprint
        latest.save(update_fields=["questions", "fingerprint"])
        return latest
    return QuestionnaireVersion.objects.create(
        questionnaire=questionnaire,
        number=latest.number + 1 if latest else 1,
        questions=questions,
        fingerprint=fingerprint,
    )


def localized_questions(version, language=None):
    """The version's questions with texts in `language` where a translation has them.

    Translations keep the source's block ids, so each question and option is found by its id;
    a question removed from the questionnaire since the version keeps its source text.
    """
    language = language or translation.get_language()
    source = version.questionnaire
    translated = (
        Questionnaire.objects.filter(
            translation_key=source.translation_key, locale__language_code=language
        ).first()
        or source
    )
    texts = {}
    for block in translated.questions:
        value = block.value
        texts[block.id] = {
            "text": value["text"],
            "help_text": value["help_text"],
            "options": {item.id: item.value["label"] for item in value["options"].bound_blocks},
        }
    localized = []
    for question in version.questions:
        found = texts.get(question["id"], {})
        options = found.get("options", {})
        localized.append(
            {
                **question,
                "text": found.get("text", question["text"]),
                "help_text": found.get("help_text", question["help_text"]),
                "options": [
                    {**option, "label": options.get(option["id"], option["label"])}
                    for option in question["options"]
                ],
            }
        )
    return localized, translated
