"""Validating answers and scoring them: pure functions over a questionnaire version's questions.

A question (as a version stores it) is a dict with `id`, `dimension`, `family`, `kind`,
`options` (each with `id` and `points`), `allow_other` and `full_marks`. Every question scores
between 0 and 1:

- single choice: the chosen option's points divided by the best option's points;
- multiple choice: the points of the ticked options, plus one point for a filled-in "Other",
  divided by the question's full marks, at most 1;
- yes/no: yes scores 1, no scores 0;
- scale from 1 to 5: 1 scores 0, 5 scores 1, in equal steps of 0.25;
- number: the number divided by the number that earns full marks, at most 1.

A dimension's score is the mean of its questions' scores times 100, and so is an indicator
family's (across dimensions); the overall score is the mean of the four dimension scores. Every
question weighs the same. Scores are rounded to whole numbers.
"""

from dataclasses import dataclass

from django.db import models
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from website.core.vocabularies import Dimension, IndicatorFamily

from .blocks import QuestionKind

MAX_NUMBER = 1_000_000
MAX_OTHER_LENGTH = 300
SCALE_RANGE = range(1, 6)


class InvalidAnswer(ValueError):
    """An answer that does not fit its question; the message is for the respondent."""


@dataclass(frozen=True)
class Scores:
    """An assessment's scores, each from 0 to 100.

    Attributes:
        dimensions: Score per dimension code.
        families: Score per indicator family code.
        overall: The mean of the dimension scores.
    """

    dimensions: dict
    families: dict
    overall: int


class MaturityLevel(models.TextChoices):
    """The maturity of a dimension, read from its score: a quarter of the scale each."""

    INITIAL = "initial", gettext_lazy("Initial (0–24)")
    DEVELOPING = "developing", gettext_lazy("Developing (25–49)")
    ESTABLISHED = "established", gettext_lazy("Established (50–74)")
    ADVANCED = "advanced", gettext_lazy("Advanced (75–100)")


def maturity_level(score):
    """The MaturityLevel of a score from 0 to 100."""
    levels = list(MaturityLevel)
    return levels[min(score // 25, len(levels) - 1)]


def clean_answer(question, raw):
    """Turn a submitted value into a stored answer, or raise InvalidAnswer.

    `raw` is a string for every kind but multiple choice, where it is a dict with `options` (a
    list of option ids) and `other` (a string). An empty value means "not answered" (None).
    """
    kind = question["kind"]
    if kind == QuestionKind.MULTIPLE:
        return _clean_multiple(question, raw)
    value = (raw or "").strip()
    if value == "":
        return None
    if kind == QuestionKind.SINGLE:
        if value not in {option["id"] for option in question["options"]}:
            raise InvalidAnswer(_("This option is not one of the question's options."))
        return value
    if kind == QuestionKind.YES_NO:
        if value not in {"yes", "no"}:
            raise InvalidAnswer(_("Answer yes or no."))
        return value == "yes"
    number = _whole_number(value)
    if kind == QuestionKind.SCALE:
        if number not in SCALE_RANGE:
            raise InvalidAnswer(_("Choose a value from 1 to 5."))
        return number
    if not 0 <= number <= MAX_NUMBER:
        raise InvalidAnswer(
            _("Enter a number from 0 to %(maximum)s.") % {"maximum": f"{MAX_NUMBER:,}"}
        )
    return number


def _whole_number(value):
    try:
        return int(value)
    except ValueError:
        raise InvalidAnswer(_("Enter a whole number.")) from None


def _clean_multiple(question, raw):
    raw = raw or {}
    chosen = list(dict.fromkeys(raw.get("options") or []))
    other = (raw.get("other") or "").strip()
    known = {option["id"] for option in question["options"]}
    if any(option_id not in known for option_id in chosen):
        raise InvalidAnswer(_("This option is not one of the question's options."))
    if other and not question.get("allow_other"):
        raise InvalidAnswer(_("This question has no “Other” answer."))
    if len(other) > MAX_OTHER_LENGTH:
        raise InvalidAnswer(
            _("Keep “Other” to %(maximum)d characters.") % {"maximum": MAX_OTHER_LENGTH}
        )
    if not chosen and not other:
        return None
    return {"options": chosen, "other": other}


def question_score(question, answer):
    """The score of one stored answer, from 0 to 1 (0 when unanswered)."""
    if answer is None:
        return 0.0
    kind = question["kind"]
    points = {option["id"]: option["points"] for option in question["options"]}
    if kind == QuestionKind.SINGLE:
        return points[answer] / max(points.values())
    if kind == QuestionKind.MULTIPLE:
        earned = sum(points[option_id] for option_id in answer["options"])
        earned += 1 if answer["other"] else 0
        return min(1.0, earned / question["full_marks"])
    if kind == QuestionKind.YES_NO:
        return 1.0 if answer else 0.0
    if kind == QuestionKind.SCALE:
        return (answer - 1) / 4
    return min(1.0, answer / question["full_marks"])


def _mean_percent(values):
    return round(100 * sum(values) / len(values)) if values else 0


def score(questions, answers):
    """The Scores of `answers` (question id → stored answer) to `questions`."""
    by_dimension = {code: [] for code in Dimension.values}
    by_family = {code: [] for code in IndicatorFamily.values}
    for question in questions:
        value = question_score(question, answers.get(question["id"]))
        by_dimension[question["dimension"]].append(value)
        by_family[question["family"]].append(value)
    dimensions = {code: _mean_percent(values) for code, values in by_dimension.items()}
    families = {code: _mean_percent(values) for code, values in by_family.items()}
    return Scores(dimensions, families, round(sum(dimensions.values()) / len(dimensions)))
