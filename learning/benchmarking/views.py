"""The benchmarking pages: institutions, the questionnaire, results, exports and the plan.

Only members of an institution reach its assessments and plan; any other address answers 404
without saying whether it exists. Refusals explain themselves in the user's language and store
nothing.
"""

import csv
from functools import wraps

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.db import transaction
from django.http import HttpResponse, HttpResponseNotAllowed
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_POST

from website.core.vocabularies import DIMENSION_DEFINITIONS, Dimension, IndicatorFamily

from . import comparison, invitations, plans, services
from .blocks import QuestionKind
from .forms import (
    ActionForm,
    BestPerformerForm,
    InstitutionForm,
    InvitationForm,
    ObjectiveForm,
    PeriodForm,
)
from .models import Plan
from .questionnaires import localized_questions, source_questionnaire
from .radar import radar
from .recommendations import weak_areas
from .scoring import MaturityLevel, maturity_level

QUESTIONNAIRE_SLUG = "digint-benchmarking"


def refused(request, message, status=400):
    return TemplateResponse(
        request, "benchmarking/refused.html", {"message": message}, status=status
    )


def refusing(view):
    """Turn `services.Refused` raised by a view into its explained refusal."""

    @wraps(view)
    def wrapper(request, *args, **kwargs):
        try:
            return view(request, *args, **kwargs)
        except services.Refused as refusal:
            return refused(request, refusal.message, refusal.status)

    return wrapper


def _index(request, form=None, status=200):
    context = {
        "dimensions": [
            (dimension.label, DIMENSION_DEFINITIONS[dimension]) for dimension in Dimension
        ],
        "families": IndicatorFamily.choices,
    }
    if request.user.is_authenticated:
        context["institutions"] = request.user.institutions.all()
        context["form"] = form or InstitutionForm()
    return TemplateResponse(request, "benchmarking/index.html", context, status=status)


def index(request):
    """What the tool measures; the user's institutions and a form to register one."""
    return _index(request)


@login_required
@require_POST
def register_institution(request):
    """Register an institution; its first member is the user who registers it."""
    form = InstitutionForm(request.POST)
    limit = settings.LEARNING_BENCHMARKING_MAX_REGISTRATIONS
    if request.user.institutions.count() >= limit:
        form.add_error(
            None,
            ngettext(
                "An account can register at most %(limit)s institution; ask the platform's "
                "administrators to add you to another.",
                "An account can register at most %(limit)s institutions; ask the platform's "
                "administrators to add you to another.",
                limit,
            )
            % {"limit": limit},
        )
    if not form.is_valid():
        return _index(request, form, status=400)
    with transaction.atomic():
        institution = form.save()
        institution.members.add(request.user)
    return redirect("benchmarking:institution", institution.pk)


def _institution_page(request, institution, period_form=None, status=200, invitation_form=None):
    """The institution's page: its assessments, the form to start one, its plan, colleagues."""
    proposed = services.proposed_period(institution)
    return TemplateResponse(
        request,
        "benchmarking/institution.html",
        {
            "institution": institution,
            "assessments": institution.assessments.all(),
            "period_form": period_form or _period_form(initial={"period": proposed}),
            "proposed_period": proposed,
            "latest_period": services.latest_period(),
            "latest_submitted": institution.assessments.filter(
                period=services.latest_period(), submitted_at__isnull=False
            ).exists(),
            "plan": Plan.objects.filter(institution=institution).first(),
            "members": institution.members.order_by("credential_name", "username"),
            "invitations": invitations.pending(institution),
            "invitation_form": invitation_form or InvitationForm(),
        },
        status=status,
    )


def _period_form(data=None, **kwargs):
    return PeriodForm(data, first=services.FIRST_PERIOD, last=services.latest_period(), **kwargs)


@login_required
@refusing
def institution(request, institution_id):
    institution = services.institution_for_member(request.user, institution_id)
    if request.method == "POST":
        form = BestPerformerForm(request.POST, instance=institution)
        if form.is_valid():
            form.save()
        return redirect("benchmarking:institution", institution.pk)
    return _institution_page(request, institution)


@login_required
@require_POST
@refusing
def start_assessment(request, institution_id):
    """Start (or resume) the assessment of a year; a wrong year is explained on the form."""
    institution = services.institution_for_member(request.user, institution_id)
    form = _period_form(request.POST)
    if not form.is_valid():
        return _institution_page(request, institution, form, status=400)
    period = form.cleaned_data["period"]
    existing = institution.assessments.filter(period=period).first()
    if existing is not None and existing.is_submitted:
        form.add_error(
            "period",
            _("The assessment for %(period)d has already been submitted; it cannot change.")
            % {"period": period},
        )
        return _institution_page(request, institution, form, status=409)
    assessment, _created = services.start_assessment(
        institution, source_questionnaire(QUESTIONNAIRE_SLUG), period, request.user
    )
    if assessment.is_submitted:  # submitted meanwhile, by a colleague
        raise services.Refused(
            _("The assessment for %(period)d has already been submitted; it cannot change.")
            % {"period": assessment.period},
            status=409,
        )
    return redirect("benchmarking:assessment", assessment.pk)


def _shown_values(question, answer):
    """The answer as the form shows it: `value` (a string) or `chosen` and `other`."""
    if question["kind"] == QuestionKind.MULTIPLE:
        answer = answer or {}
        return {"chosen": answer.get("options", []), "other": answer.get("other", "")}
    if isinstance(answer, bool):
        return {"value": "yes" if answer else "no"}
    return {"value": "" if answer is None else str(answer)}


def _posted_values(question, parts):
    values = parts.get("values") or []
    if question["kind"] == QuestionKind.MULTIPLE:
        return {"chosen": values, "other": parts.get("other", "")}
    return {"value": values[0] if values else ""}


def _questionnaire_sections(questions, shown, errors):
    """Questions grouped by dimension, each with its shown values and error."""
    sections = []
    for code, label in Dimension.choices:
        rows = [
            {
                **question,
                **shown(question),
                "error": errors.get(question["id"], ""),
                "family_label": IndicatorFamily(question["family"]).label,
            }
            for question in questions
            if question["dimension"] == code
        ]
        sections.append({"code": code, "label": label, "questions": rows})
    return sections


@login_required
@refusing
def assessment(request, assessment_id):
    """The questionnaire: save a draft, resume it later, submit it once."""
    assessment = services.assessment_for_member(request.user, assessment_id)
    if assessment.is_submitted and request.method == "GET":
        return redirect("benchmarking:report", assessment.pk)
    if request.method not in ("GET", "POST"):
        return HttpResponseNotAllowed(["GET", "POST"])
    questions, questionnaire = localized_questions(assessment.version)
    status, errors, message = 200, {}, ""
    shown = {q["id"]: _shown_values(q, assessment.answers.get(q["id"])) for q in questions}
    if request.method == "POST":
        posted = services.answers_from_post(request.POST)
        submit = "submit" in request.POST
        try:
            services.save_answers(assessment, posted, request.user, submit=submit)
        except services.Refused as refusal:
            if not refusal.errors:
                raise
            status, errors, message = refusal.status, refusal.errors, refusal.message
            shown = {q["id"]: _posted_values(q, posted.get(q["id"], {})) for q in questions}
        else:
            if submit:
                return redirect("benchmarking:report", assessment.pk)
            messages.success(
                request, _("Your answers are saved as a draft; you can come back to finish.")
            )
            return redirect("benchmarking:assessment", assessment.pk)
    return TemplateResponse(
        request,
        "benchmarking/assessment.html",
        {
            "assessment": assessment,
            "questionnaire": questionnaire,
            "sections": _questionnaire_sections(questions, lambda q: shown[q["id"]], errors),
            "errors": errors,
            "message": message,
            "scale": range(1, 6),
        },
        status=status,
    )


def _results(assessment):
    """Scores and maturity levels per dimension, and scores per indicator family."""
    dimensions = [
        {"code": code, "label": label, "score": score, "level": maturity_level(score)}
        for (code, label), score in zip(
            Dimension.choices, assessment.dimension_scores().values(), strict=True
        )
    ]
    families = [
        {"label": label, "score": assessment.family_scores.get(code, 0)}
        for code, label in IndicatorFamily.choices
    ]
    return dimensions, families


def _submitted(request, assessment_id):
    assessment = services.assessment_for_member(request.user, assessment_id)
    if not assessment.is_submitted:
        raise services.Refused(_("Results appear once the assessment is submitted."), 409)
    return assessment


@login_required
@refusing
def report(request, assessment_id, printable=False):
    assessment = _submitted(request, assessment_id)
    filters = [name for name in comparison.PEER_FILTERS if request.GET.get(name)]
    if "compare" not in request.GET:
        filters = list(comparison.PEER_FILTERS)
    dimensions, families = _results(assessment)
    disclosed = comparison.disclosed_trait_sets(assessment)
    peers = (
        comparison.group_figures(
            assessment,
            comparison.peer_group(assessment, filters),
            disclosed=frozenset(filters) in disclosed,
        )
        if filters
        else None
    )
    return TemplateResponse(
        request,
        "benchmarking/report_print.html" if printable else "benchmarking/report.html",
        {
            "assessment": assessment,
            "institution": assessment.institution,
            "dimensions": dimensions,
            "families": families,
            "radar": radar({row["label"]: row["score"] for row in dimensions}),
            "everyone": comparison.group_figures(
                assessment, comparison.comparable(assessment), disclosed=frozenset() in disclosed
            ),
            "peers": peers,
            "filters": filters,
            "minimum_group": comparison.MINIMUM_GROUP,
            "best_performers": [
                (Dimension(code).label, performers)
                for code, performers in comparison.best_performers(assessment).items()
            ],
            "weak_areas": weak_areas(assessment.dimension_scores()),
            "levels": MaturityLevel.choices,
        },
    )


@login_required
@refusing
def report_csv(request, assessment_id):
    """The institution's own results: scores, then every answer (source texts)."""
    assessment = _submitted(request, assessment_id)
    dimensions, families = _results(assessment)
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="benchmarking-{assessment.period}.csv"'
    writer = csv.writer(response)
    writer.writerow([_("Section"), _("Item"), _("Value")])
    for row in dimensions:
        writer.writerow([_("Dimension score"), row["label"], row["score"]])
        writer.writerow([_("Maturity level"), row["label"], row["level"].label])
    for row in families:
        writer.writerow([_("Indicator family score"), row["label"], row["score"]])
    writer.writerow([_("Overall score"), "", assessment.score_overall])
    questions, _translated = localized_questions(assessment.version)
    for question in questions:
        writer.writerow(
            [
                _("Answer"),
                question["text"],
                _answer_text(question, assessment.answers.get(question["id"])),
            ]
        )
    return response


def _answer_text(question, answer):
    labels = {option["id"]: option["label"] for option in question["options"]}
    if answer is None:
        return ""
    if question["kind"] == QuestionKind.MULTIPLE:
        chosen = [labels[option_id] for option_id in answer["options"]]
        if answer["other"]:
            chosen.append(_("Other: %(text)s") % {"text": answer["other"]})
        return "; ".join(chosen)
    if question["kind"] == QuestionKind.SINGLE:
        return labels[answer]
    if isinstance(answer, bool):
        return _("Yes") if answer else _("No")
    return answer


@login_required
@refusing
def plan(request, institution_id):
    """The plan: start it from a submitted assessment, add objectives, then actions and KPIs."""
    institution = services.institution_for_member(request.user, institution_id)
    current = (
        Plan.objects.select_related("baseline__version__questionnaire")
        .filter(institution=institution)
        .first()
    )
    objective_form = ObjectiveForm()
    action_form = None
    status = 200
    if request.method == "POST":
        step = request.POST.get("step")
        if step == "start":
            baseline = services.assessment_for_member(request.user, request.POST.get("baseline"))
            plans.start_plan(institution, baseline)
            return redirect("benchmarking:plan", institution.pk)
        if current is None:
            raise services.Refused(_("Start the plan from a submitted assessment first."))
        if step == "objective":
            objective_form = ObjectiveForm(request.POST)
            if objective_form.is_valid():
                plans.add_objective(current, **objective_form.cleaned_data)
                return redirect("benchmarking:plan", institution.pk)
            status = 400
        elif step == "action":
            action_form = _action_form(current, request.POST)
            if action_form.is_valid():
                data = dict(action_form.cleaned_data)
                objective = current.objectives.get(pk=data.pop("objective"))
                try:
                    plans.add_action(objective, **data)
                except services.Refused as refusal:
                    # Shown on the form, with what was typed; nothing was stored.
                    action_form.add_error(None, refusal.message)
                else:
                    return redirect("benchmarking:plan", institution.pk)
            status = 400
        else:
            raise services.Refused(_("This form cannot be sent here."))
    context = {"institution": institution, "plan": current}
    if current is None:
        context["submitted"] = institution.assessments.filter(submitted_at__isnull=False)
    else:
        rows, latest = plans.progress(current)
        context |= {
            "rows": rows,
            "latest": latest,
            "objective_form": objective_form,
            "action_form": action_form or _action_form(current),
        }
    return TemplateResponse(request, "benchmarking/plan.html", context, status=status)


def _action_form(current, data=None):
    return ActionForm(
        data,
        objectives=current.objectives.all(),
        measures=plans.measures(current.baseline),
        first_year=current.first_year,
        last_year=current.last_year,
        initial={"year": current.first_year},
    )


def report_print(request, assessment_id):
    return report(request, assessment_id, printable=True)
