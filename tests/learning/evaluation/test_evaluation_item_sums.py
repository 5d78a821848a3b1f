"""Item analysis reads the day sums of the answers, which follow the answers exactly: as they
are stored, when a learner is erased, when a voided statement replays an enrolment, and after
a rebuild."""

import io
from datetime import date

from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext

import pytest

from courses.activities import course_iri
from learning.evaluation.figures import NOT_STATED, Selection, items
from learning.evaluation.item_sums import from_days, from_facts
from learning.evaluation.models import AnswerDay, AnswerFact
from learning.evaluation.synthetic import add_synthetic_learners
from learning.privacy.erasure import erase_learner
from learning.privacy.models import AuditEntry
from learning.xapi.models import Statement
from learning.xapi.services import store_statements
from learning.xapi.statements import platform_authority
from learning.xapi.vocabulary import VOIDED

pytestmark = pytest.mark.django_db

WHOLE_PILOT = Selection(start=date(2026, 1, 1), end=date(2026, 12, 31), synthetic=True)
KEYS = ("quiz_iri", "question_iri", "language", "first_response")


def quizzes():
    return sorted(set(AnswerFact.objects.values_list("quiz_iri", flat=True)))


def both_ways(selection):
    """The item sums from the day rows and from the answers, without the ordering key."""

    def plain(rows):
        return sorted(tuple(row[name] or 0 for name in (*KEYS, *AnswerDay.SUMS)) for row in rows)

    return plain(from_days(selection, quizzes())), plain(from_facts(selection, quizzes()))


def test_item_analysis_reads_the_day_sums_unless_a_profile_field_narrows_it(pilot):
    asked = quizzes()
    with CaptureQueriesContext(connection) as plain:
        plain_figures = items(WHOLE_PILOT, asked)
    assert not any("evaluation_answerfact" in query["sql"] for query in plain.captured_queries)
    narrowed = Selection(
        start=WHOLE_PILOT.start, end=WHOLE_PILOT.end, synthetic=True, country=NOT_STATED
    )
    with CaptureQueriesContext(connection) as by_country:
        items(narrowed, asked)
    assert any("evaluation_answerfact" in query["sql"] for query in by_country.captured_queries)
    assert plain_figures and all(plain_figures.values())


def test_day_sums_equal_the_answers_as_stored_and_after_an_erasure_a_voiding_a_rebuild(pilot):
    add_synthetic_learners(30)
    days, facts = both_ways(WHOLE_PILOT)
    assert days == facts and len(days) > 10
    for course in ("course_a", "course_b"):
        selection = Selection(
            start=date(2026, 3, 1), end=date(2026, 3, 8), course=course_iri(pilot[course])
        )
        assert both_ways(selection)[0] == both_ways(selection)[1]
    erase_learner(pilot["learners"]["b4"], performed_by=AuditEntry.Performer.ADMINISTRATOR)
    days, facts = both_ways(WHOLE_PILOT)
    assert days == facts
    answer = Statement.objects.filter(
        client__isnull=True, voided=False, body__verb__id__endswith="/answered"
    ).first()
    store_statements(
        [
            {
                "actor": {"objectType": "Agent", "mbox": "mailto:platform@example.org"},
                "verb": {"id": VOIDED},
                "object": {"objectType": "StatementRef", "id": str(answer.statement_id)},
            }
        ],
        authority=platform_authority(),
    )
    days, facts = both_ways(WHOLE_PILOT)
    assert days == facts
    # The answers' ids (the day rows' `first`) are new after a rebuild; the sums are the same.
    incremental = sorted(AnswerDay.objects.values_list(*AnswerDay.KEY, *AnswerDay.SUMS))
    call_command("rebuild_evaluation", stdout=io.StringIO())
    assert sorted(AnswerDay.objects.values_list(*AnswerDay.KEY, *AnswerDay.SUMS)) == incremental
