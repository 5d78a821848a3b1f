"""Scoring every question type, and refusing answers that do not fit their question."""

import pytest

from learning.benchmarking.scoring import (
    InvalidAnswer,
    MaturityLevel,
    clean_answer,
    maturity_level,
    question_score,
    score,
)


def question(
    kind,
    options=(),
    full_marks=None,
    allow_other=False,
    dimension="curriculum",
    family="strategy",
    question_id="q1",
):
    return {
        "id": question_id,
        "dimension": dimension,
        "family": family,
        "kind": kind,
        "options": [{"id": option_id, "points": points} for option_id, points in options],
        "allow_other": allow_other,
        "full_marks": full_marks,
    }


SINGLE = question("single", [("none", 0), ("some", 1), ("all", 3)])
MULTIPLE = question("multiple", [("a", 1), ("b", 1), ("c", 2)], full_marks=3, allow_other=True)
YES_NO = question("yes_no")
SCALE = question("scale")
NUMBER = question("number", full_marks=50)


@pytest.mark.parametrize(
    ("item", "raw", "expected"),
    [
        (SINGLE, "none", 0.0),
        (SINGLE, "some", 1 / 3),
        (SINGLE, "all", 1.0),
        (MULTIPLE, {"options": ["a"], "other": ""}, 1 / 3),
        (MULTIPLE, {"options": ["a"], "other": "Summer schools"}, 2 / 3),
        (MULTIPLE, {"options": ["a", "b", "c"], "other": "More"}, 1.0),
        (YES_NO, "yes", 1.0),
        (YES_NO, "no", 0.0),
        (SCALE, "1", 0.0),
        (SCALE, "3", 0.5),
        (SCALE, "5", 1.0),
        (NUMBER, "0", 0.0),
        (NUMBER, "20", 0.4),
        (NUMBER, "500", 1.0),
    ],
)
def test_question_score_follows_the_documented_rule(item, raw, expected):
    assert question_score(item, clean_answer(item, raw)) == pytest.approx(expected)


def test_question_score_of_an_unanswered_question_is_zero():
    assert question_score(NUMBER, clean_answer(NUMBER, "")) == 0.0
    assert clean_answer(MULTIPLE, {"options": [], "other": " "}) is None


@pytest.mark.parametrize(
    ("item", "raw"),
    [
        (SINGLE, "unknown"),
        (MULTIPLE, {"options": ["a", "z"], "other": ""}),
        (question("multiple", [("a", 1)], full_marks=1), {"options": [], "other": "x"}),
        (MULTIPLE, {"options": [], "other": "x" * 301}),
        (YES_NO, "maybe"),
        (SCALE, "0"),
        (SCALE, "6"),
        (SCALE, "three"),
        (NUMBER, "-1"),
        (NUMBER, "2.5"),
        (NUMBER, "1000001"),
    ],
)
def test_clean_answer_refuses_what_does_not_fit(item, raw):
    with pytest.raises(InvalidAnswer):
        clean_answer(item, raw)


def test_score_averages_questions_per_dimension_family_and_overall():
    questions = [
        question("yes_no", question_id="a", dimension="curriculum", family="strategy"),
        question("scale", question_id="b", dimension="curriculum", family="outcomes"),
        question("yes_no", question_id="c", dimension="networks", family="strategy"),
    ]
    result = score(questions, {"a": True, "b": 3, "c": False})
    assert result.dimensions == {"curriculum": 75, "offshore": 0, "dual_joint": 0, "networks": 0}
    assert result.families == {"strategy": 50, "resources": 0, "processes": 0, "outcomes": 50}
    assert result.overall == 19


@pytest.mark.parametrize(
    ("value", "level"),
    [
        (0, MaturityLevel.INITIAL),
        (24, MaturityLevel.INITIAL),
        (25, MaturityLevel.DEVELOPING),
        (50, MaturityLevel.ESTABLISHED),
        (74, MaturityLevel.ESTABLISHED),
        (75, MaturityLevel.ADVANCED),
        (100, MaturityLevel.ADVANCED),
    ],
)
def test_maturity_level_reads_quarters_of_the_scale(value, level):
    assert maturity_level(value) == level
