"""Server-side grading of quizzes: the browser sends choices, never a score."""

from dataclasses import dataclass, field

from django.utils.translation import gettext as _

from .blocks import QuestionKind


class InvalidAnswers(ValueError):
    """The submitted answers do not fit the quiz (unknown question or option, wrong count)."""


@dataclass
class QuestionResult:
    question_id: str
    text: str
    chosen: list
    correct: bool
    feedback: list = field(default_factory=list)


@dataclass
class Grade:
    raw: int
    max: int
    pass_mark: int
    questions: list

    @property
    def scaled(self):
        return self.raw / self.max if self.max else 0.0

    @property
    def percent(self):
        return round(self.scaled * 100)

    @property
    def passed(self):
        return self.percent >= self.pass_mark


def parse_answers(quiz, data):
    """Read the chosen option ids per question from POST data (`question-<id>` fields).

    Raises InvalidAnswers for a question or option that is not in this quiz, or several options
    for a single-choice question. Unanswered questions count as wrong.
    """
    questions = {question.id: question for question in quiz["questions"].bound_blocks}
    answers = {question_id: [] for question_id in questions}
    for key in data:
        if not key.startswith("question-"):
            continue
        question_id = key.removeprefix("question-")
        if question_id not in questions:
            raise InvalidAnswers(_("The answers do not belong to this quiz."))
        option_ids = {option.id for option in questions[question_id].value["options"].bound_blocks}
        chosen = data.getlist(key)
        if any(option_id not in option_ids for option_id in chosen):
            raise InvalidAnswers(_("One of the answers is not an option of its question."))
        if questions[question_id].value["kind"] != QuestionKind.MULTIPLE and len(chosen) > 1:
            raise InvalidAnswers(_("Choose only one answer for a single-choice question."))
        answers[question_id] = chosen
    return answers


def grade(quiz, answers):
    """Grade `answers` ({question id: [option ids]}): one point per exactly right question."""
    results = []
    for question in quiz["questions"].bound_blocks:
        options = question.value["options"].bound_blocks
        chosen = set(answers.get(question.id, []))
        correct_ids = {option.id for option in options if option.value["correct"]}
        results.append(
            QuestionResult(
                question_id=question.id,
                text=question.value["text"],
                chosen=sorted(chosen),
                correct=chosen == correct_ids,
                feedback=[
                    option.value["feedback"]
                    for option in options
                    if option.id in chosen and option.value["feedback"]
                ],
            )
        )
    raw = sum(result.correct for result in results)
    return Grade(raw=raw, max=len(results), pass_mark=quiz["pass_mark"], questions=results)
