"""Internationalisation plans: objectives, actions and KPIs measured by the assessments.

A KPI measures either a dimension's score (`dimension:<code>`) or the answer to a number
question (`question:<id>`). Its baseline is read from the plan's baseline assessment when the
KPI is set; a later submitted assessment of the institution shows the progress made. A KPI
stores only that code: its name is written in the reader's language each time it is shown.
"""

from dataclasses import dataclass

from django.db import transaction
from django.utils.translation import gettext as _

from website.core.vocabularies import Dimension

from .blocks import QuestionKind
from .models import Action, Assessment, Kpi, Objective, Plan
from .questionnaires import localized_questions
from .services import Refused

MAX_KPI_TARGET = 1_000_000


def measures(assessment):
    """(measure, label) pairs a KPI may use: the dimension scores and every number question.

    Labels are in the active language (questions where the questionnaire is translated).
    """
    choices = [
        (f"dimension:{code}", _("Score: %(dimension)s") % {"dimension": label})
        for code, label in Dimension.choices
    ]
    questions, _translated = localized_questions(assessment.version)
    choices += [
        (f"question:{question['id']}", question["text"])
        for question in questions
        if question["kind"] == QuestionKind.NUMBER
    ]
    return choices


def measure_value(assessment, measure):
    """The measure's value in a submitted assessment, or None when it does not hold it."""
    kind, _sep, key = measure.partition(":")
    if kind == "dimension" and key in Dimension.values:
        return getattr(assessment, Assessment.score_field(key))
    if kind == "question":
        value = assessment.answers.get(key)
        return value if isinstance(value, int) and not isinstance(value, bool) else None
    return None


def start_plan(institution, assessment):
    """The institution's plan, started from `assessment` (submitted) if there is none yet."""
    if assessment.institution_id != institution.pk or not assessment.is_submitted:
        raise Refused(_("A plan starts from one of your institution's submitted assessments."))
    plan, _created = Plan.objects.get_or_create(
        institution=institution,
        defaults={"baseline": assessment, "first_year": assessment.period + 1},
    )
    return plan


def add_objective(plan, priority, text):
    return Objective.objects.create(plan=plan, priority=priority, text=text)


@transaction.atomic
def add_action(objective, year, owner, description, measure, target):
    """Add an action with its KPI; the baseline comes from the plan's baseline assessment."""
    plan = objective.plan
    if not plan.first_year <= year <= plan.last_year:
        raise Refused(
            _("Choose a year of the plan, from %(first)d to %(last)d.")
            % {"first": plan.first_year, "last": plan.last_year}
        )
    if measure not in dict(measures(plan.baseline)):
        raise Refused(_("Choose an indicator that the assessment measures."))
    baseline = measure_value(plan.baseline, measure)
    if baseline is None:
        raise Refused(_("The baseline assessment holds no value for this indicator."))
    if not 0 <= target <= MAX_KPI_TARGET:
        raise Refused(_("Enter a target from 0 to 1,000,000."))
    action = Action.objects.create(
        objective=objective, year=year, owner=owner, description=description
    )
    Kpi.objects.create(action=action, measure=measure, baseline=baseline, target=target)
    return action


@dataclass(frozen=True)
class KpiProgress:
    """A KPI as measured by the institution's latest assessment after the baseline.

    Attributes:
        kpi: The KPI.
        label: What it measures, in the reader's language.
        current: Its value in the latest later assessment, or None.
        period: That assessment's year, or None.
        share_of_target: How far from baseline to target it has come, in percent, or None.
    """

    kpi: Kpi
    label: str
    current: float | None
    period: int | None
    share_of_target: int | None


def progress(plan):
    """Objectives with their actions, and every KPI's progress (a fixed number of queries)."""
    latest = (
        Assessment.objects.filter(
            institution=plan.institution,
            submitted_at__isnull=False,
            period__gt=plan.baseline.period,
        )
        .order_by("-period")
        .first()
    )
    objectives = list(plan.objectives.prefetch_related("actions__kpis"))
    labels = dict(measures(plan.baseline))
    rows = []
    for objective in objectives:
        actions = []
        for action in objective.actions.all():
            kpis = [_kpi_progress(kpi, labels, latest) for kpi in action.kpis.all()]
            actions.append((action, kpis))
        rows.append((objective, actions))
    return rows, latest


def _kpi_progress(kpi, labels, latest):
    current = measure_value(latest, kpi.measure) if latest else None
    share = None
    if current is not None and kpi.target != kpi.baseline:
        share = round(100 * (current - kpi.baseline) / (kpi.target - kpi.baseline))
    # add_action accepts only the baseline's measures, so every KPI's code has its label.
    return KpiProgress(kpi, labels[kpi.measure], current, latest.period if latest else None, share)
