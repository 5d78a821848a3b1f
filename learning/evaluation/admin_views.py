"""The pilot evaluation in the Wagtail admin: its pages and a printable report of them all.

Overview, course funnel, item analysis, time on task and reflections.

Only for the Evaluators group (the permission `evaluation.view_pilot_evaluation`) and
administrators. The pages read the aggregates only: no name, e-mail or text a learner wrote
reaches them. Bad filters give a notice and HTTP 400, never a server error; every table can be
downloaded as CSV (`?export=<table>`).
"""

from functools import wraps

from django.http import HttpResponse
from django.template.response import TemplateResponse
from django.utils.formats import date_format, number_format
from django.utils.translation import get_language, get_language_info, gettext_lazy
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache

from django_countries import countries

from learning.benchmarking.models import InstitutionType
from website.core.vocabularies import (
    Competence,
    Dimension,
    OrganisationType,
    ProficiencyLevel,
    TargetGroup,
)

from . import benchmark_figures, charts, coverage, engagement, figures
from .cells import MINIMUM_PEOPLE, Cell, Table, count, share, statistic
from .forms import SelectionForm

PERMISSION = "evaluation.view_pilot_evaluation"
PAGES = ("overview", "funnel", "items", "engagement", "benchmarking", "report")
COURSE_PAGES = ("funnel", "items", "engagement")


def _language_name(code):
    if not code:
        return _("Not stated")
    try:
        return get_language_info(code.split("-")[0])["name_translated"]
    except KeyError:
        return code


def _country_name(code):
    if not code:
        return _("Not stated")
    return countries.name(code) or code


def _organisation_type_name(code):
    if not code:
        return _("Not stated")
    try:
        return OrganisationType(code).label
    except ValueError:
        return code


def _target_group_name(code):
    if not code:
        return _("Not stated")
    try:
        return TargetGroup(code).label
    except ValueError:
        return code


def _description(rows):
    return "; ".join(
        f"{label}: {', '.join(cell.display for cell in cells)}" for label, cells in rows
    )


def _overview(selection, form):
    weekly = figures.weekly(selection)
    columns = [_("Week beginning"), _("Enrolments"), _("Course completions"), _("Credentials")]
    table = Table("weekly", _("Enrolments, completions and credentials per week"), columns)
    for monday, counts in weekly:
        table.rows.append(
            (
                date_format(monday, "SHORT_DATE_FORMAT"),
                [
                    count(counts["enrolled"]),
                    count(counts["completed"]),
                    count(counts["credentials"]),
                ],
            )
        )
    table.chart = charts.line_chart(
        "weekly",
        table.caption,
        _("The table beside the chart gives the same figures."),
        [label for label, _cells in table.rows],
        [
            (columns[number], [cells[number - 1] for _l, cells in table.rows])
            for number in (1, 2, 3)
        ],
        number_format,
    )
    tables = [table, _active_table(selection)]
    dimensions = [
        (
            "course_iri",
            "by-course",
            _("Course"),
            _("Enrolments in the period per course, and how many of them completed so far"),
            lambda iri: form.courses.get(iri, iri),
        ),
        (
            "language",
            "by-language",
            _("Language"),
            _("Enrolments in the period per language, and how many of them completed so far"),
            _language_name,
        ),
        (
            "target_group",
            "by-target-group",
            _("Target group"),
            _("Enrolments in the period per target group, and how many of them completed so far"),
            _target_group_name,
        ),
        (
            "country",
            "by-country",
            _("Country"),
            _("Enrolments in the period per country, and how many of them completed so far"),
            _country_name,
        ),
        (
            "organisation_type",
            "by-organisation-type",
            _("Type of organisation"),
            _(
                "Enrolments in the period per type of organisation, and how many of them "
                "completed so far"
            ),
            _organisation_type_name,
        ),
    ]
    for dimension, slug, heading, caption, name in dimensions:
        columns = [heading, _("Enrolments"), _("Completed the course"), _("Earned the credential")]
        table = Table(slug, caption, columns)
        for value, row in figures.breakdown(selection, dimension):
            table.rows.append(
                (
                    name(value),
                    [count(row["enrolled"]), count(row["completed"]), count(row["credentials"])],
                )
            )
        table.chart = charts.bar_chart(
            slug,
            caption,
            _("Enrolments: %(figures)s")
            % {"figures": _description([(label, cells[:1]) for label, cells in table.rows])},
            [(label, cells[0], "") for label, cells in table.rows],
        )
        tables.append(table)
    return {
        "sections": [
            {"heading": _("Overview"), "tables": tables},
            {"heading": _("Competence coverage"), "tables": [_coverage_table(selection)]},
        ]
    }


def _active_table(selection):
    """Learners who recorded anything, per week."""
    caption = _("Active learners per week")
    table = Table("active", caption, [_("Week beginning"), _("Active learners")])
    for monday, people in figures.active_weekly(selection):
        table.rows.append((date_format(monday, "SHORT_DATE_FORMAT"), [count(people)]))
    table.chart = charts.line_chart(
        "active",
        caption,
        _("The table beside the chart gives the same figures."),
        [label for label, _cells in table.rows],
        [(_("Active learners"), [cells[0] for _label, cells in table.rows])],
        number_format,
    )
    return table


def _label(choices, code):
    try:
        return choices(code).label
    except ValueError:
        return code


def _coverage_table(selection):
    """Learners and credentials per competence, proficiency level and target group."""
    figures_by_key = coverage.coverage(selection)
    columns = [
        _("Competence, level and target group"),
        _("Learners enrolled"),
        _("Learners with the credential"),
    ]
    table = Table(
        "competences",
        _("Learners and credentials per competence and proficiency level, per target group"),
        columns,
    )
    competences = [choice.value for choice in Competence]
    levels = [choice.value for choice in ProficiencyLevel]

    def order(key):
        competence, level, group = key
        return (
            competences.index(competence) if competence in competences else len(competences),
            levels.index(level) if level in levels else len(levels),
            group,
        )

    for key in sorted(figures_by_key, key=order):
        competence, level, group = key
        label = _("%(competence)s, %(level)s: %(group)s") % {
            "competence": _label(Competence, competence),
            "level": _label(ProficiencyLevel, level),
            "group": _target_group_name(group),
        }
        row = figures_by_key[key]
        table.rows.append((label, [count(row["learners"]), count(row["credentials"])]))
    table.chart = charts.bar_chart(
        "competences",
        table.caption,
        _("Learners enrolled: %(figures)s")
        % {"figures": _description([(label, cells[:1]) for label, cells in table.rows])},
        [(label, cells[0], "") for label, cells in table.rows],
    )
    return table


def _step_label(kind, iri, names):
    labels = {
        "enrolled": _("Enrolled"),
        "started": _("Started: %(name)s"),
        "completed-module": _("Completed: %(name)s"),
        "passed": _("Passed: %(name)s"),
        "completed": _("Completed the course"),
        "credential": _("Earned the credential"),
    }
    return labels[kind] % {"name": names.get(iri, "")} if iri else labels[kind]


def _funnel(selection, form):
    structure = figures.structure(selection.course)
    steps, median, completers = figures.funnel(selection, structure)
    names = figures.names(structure["modules"] + structure["quizzes"], get_language())
    enrolled = steps[0][2]
    columns = [_("Step"), _("Learners"), _("Share of those enrolled")]
    table = Table("funnel", _("Where learners stop"), columns)
    for kind, iri, people in steps:
        learners = count(people)
        part = share(people, enrolled) if not learners.suppressed else Cell(None, "share", True)
        table.rows.append((_step_label(kind, iri, names), [learners, part]))
    table.chart = charts.bar_chart(
        "funnel",
        table.caption,
        _description([(label, cells[:1]) for label, cells in table.rows]),
        [
            (label, cells[0], cells[1].display if cells[1].shown else "")
            for label, cells in table.rows
        ],
    )
    median_table = Table(
        "median",
        _("Time from enrolment to completion"),
        [_("Measure"), _("Days")],
        [(_("Median"), [statistic(median, completers, "days")])],
    )
    return {
        "course_name": form.courses.get(selection.course, selection.course),
        "sections": [{"heading": _("Course funnel"), "tables": [table, median_table]}],
    }


def _option_texts(definition, language):
    texts = {}
    correct = set()
    for pattern in definition.get("correctResponsesPattern", [])[:1]:
        correct = set(pattern.split("[,]"))
    for choice in definition.get("choices", []):
        texts[choice["id"]] = figures.in_language(choice.get("description", {}), language)
    return texts, correct


def _items(selection, form):
    structure = figures.structure(selection.course)
    quizzes = structure["quizzes"]
    results = figures.items(selection, quizzes)
    questions = [iri for quiz in quizzes for iri in results[quiz]]
    language = get_language()
    definitions = figures.definitions(questions)
    quiz_names = figures.names(quizzes, language)
    sections = []
    number = 0
    for quiz in quizzes:
        tables = []
        for question, per_language in results[quiz].items():
            number += 1
            definition = definitions.get(question, {})
            text = figures.in_language(definition.get("name", {}), language) or question
            caption = _("Question %(number)s: %(text)s") % {"number": number, "text": text}
            columns = [
                _("Language"),
                _("Learners"),
                _("Answers given"),
                _("Right at the first attempt"),
                _("Discrimination"),
            ]
            table = Table(f"q{number}", caption, columns)
            languages = sorted(code for code in per_language if code)
            for code in ["", *languages]:
                item = per_language[code]
                table.rows.append(
                    (
                        _("All languages") if not code else _language_name(code),
                        [
                            count(item.people),
                            statistic(item.attempts, item.people, "count"),
                            share(item.correct, item.people),
                            statistic(item.discrimination, item.people),
                        ],
                    )
                )
            texts, correct = _option_texts(definition, language)
            option_columns = [_("Option")] + [row[0] for row in table.rows]
            options = Table(
                f"q{number}-options",
                _("Question %(number)s: options chosen at the first attempt") % {"number": number},
                option_columns,
            )
            for option, option_text in texts.items():
                label = option_text or option
                if option in correct:
                    label = _("%(option)s (right answer)") % {"option": label}
                options.rows.append(
                    (
                        label,
                        [
                            share(
                                per_language[code].options.get(option, 0), per_language[code].people
                            )
                            for code in ["", *languages]
                        ],
                    )
                )
            options.chart = charts.bar_chart(
                f"q{number}-options",
                options.caption,
                _description([(label, cells[:1]) for label, cells in options.rows]),
                [(label, cells[0], "") for label, cells in options.rows],
            )
            tables += [table, options]
        sections.append({"heading": quiz_names[quiz], "tables": tables})
    return {
        "course_name": form.courses.get(selection.course, selection.course),
        "sections": sections,
    }


def _engagement(selection, form):
    structure = figures.structure(selection.course)
    modules = structure["modules"]
    language = get_language()
    names = figures.names(modules, language)
    times = engagement.time_on_task(selection, modules)
    columns = [
        _("Module"),
        _("Learners with a time"),
        _("Kept after trimming"),
        _("Median (minutes)"),
        _("Mean (minutes)"),
    ]
    table = Table("time-on-task", _("Time on task per module"), columns)
    for iri in modules:
        time = times[iri]
        table.rows.append(
            (
                names[iri],
                [
                    count(time.people),
                    statistic(time.kept, time.people, "count"),
                    statistic(time.median, time.kept, "minutes"),
                    statistic(time.mean, time.kept, "minutes"),
                ],
            )
        )
    table.chart = charts.bar_chart(
        "time-on-task",
        _("Median time on task per module, in minutes"),
        _description([(label, cells[2:3]) for label, cells in table.rows]),
        [(label, cells[2], "") for label, cells in table.rows],
    )
    counts = engagement.reflections(selection)
    reflection_names = figures.names(list(counts), language)
    enrolled = selection.enrolments().count()
    reflections = Table(
        "reflections",
        _("Learners who wrote a reflection, per reflection prompt (counts only)"),
        [_("Reflection prompt"), _("Learners"), _("Share of those enrolled")],
    )
    for iri, people in counts.items():
        learners = count(people)
        part = share(people, enrolled) if not learners.suppressed else Cell(None, "share", True)
        reflections.rows.append((reflection_names[iri], [learners, part]))
    reflections.chart = charts.bar_chart(
        "reflections",
        reflections.caption,
        _description([(label, cells[:1]) for label, cells in reflections.rows]),
        [(label, cells[0], "") for label, cells in reflections.rows],
    )
    return {
        "course_name": form.courses.get(selection.course, selection.course),
        "sections": [
            {"heading": _("Time on task"), "tables": [table], "method": True},
            {"heading": _("Reflections"), "tables": [reflections]},
        ],
    }


def _peer_label(period, group):
    name = (
        _("All institutions") if group == benchmark_figures.ALL else _label(InstitutionType, group)
    )
    return f"{period} · {name}"


def _benchmarking(selection, form):
    """Submissions per year, score distributions and year-on-year change per peer group."""
    groups = benchmark_figures.benchmark(selection.synthetic)
    submissions = Table(
        "submissions",
        _("Institutions with a submitted self-assessment, per year and peer group"),
        [_("Year and peer group"), _("Institutions")],
    )
    for (period, group), row in groups.items():
        submissions.rows.append((_peer_label(period, group), [count(row["institutions"])]))
    submissions.chart = charts.bar_chart(
        "submissions",
        submissions.caption,
        _description(submissions.rows),
        [(label, cells[0], "") for label, cells in submissions.rows],
    )
    tables = [submissions]
    names = dict(Dimension.choices) | {"overall": _("Overall")}
    for measure in benchmark_figures.MEASURES:
        table = Table(
            f"scores-{measure}",
            _("Scores (0–100): %(measure)s") % {"measure": names[measure]},
            [
                _("Year and peer group"),
                _("Institutions"),
                _("First quartile"),
                _("Median"),
                _("Third quartile"),
            ],
        )
        for (period, group), row in groups.items():
            scores = row["scores"][measure]
            table.rows.append(
                (
                    _peer_label(period, group),
                    [
                        count(scores.institutions),
                        statistic(scores.first, scores.institutions, "decimal"),
                        statistic(scores.median, scores.institutions, "decimal"),
                        statistic(scores.third, scores.institutions, "decimal"),
                    ],
                )
            )
        table.chart = charts.bar_chart(
            f"scores-{measure}",
            _("Median score: %(measure)s") % {"measure": names[measure]},
            _description([(label, cells[2:3]) for label, cells in table.rows]),
            [(label, cells[2], "") for label, cells in table.rows],
        )
        tables.append(table)
    change = Table(
        "change",
        _("Change of the overall score from the year before, for institutions assessed in both"),
        [_("Year and peer group"), _("Institutions in both years"), _("Mean change (points)")],
    )
    for (period, group), row in groups.items():
        both, mean = row["change"]
        if (period - 1, group) in groups:
            change.rows.append(
                (_peer_label(period, group), [count(both), statistic(mean, both, "change")])
            )
    change.chart = charts.diverging_bar_chart(
        "change",
        change.caption,
        _description([(label, cells[1:2]) for label, cells in change.rows]),
        [(label, cells[1]) for label, cells in change.rows],
    )
    tables.append(change)
    return {"sections": [{"heading": _("Benchmarking"), "tables": tables, "benchmark": True}]}


def _report(selection, form):
    """Every section for the filters chosen, on one page to print (the course's if one is)."""
    sections = _overview(selection, form)["sections"] + _benchmarking(selection, form)["sections"]
    context = {}
    if selection.course and figures.structure(selection.course) is not None:
        for builder in (_funnel, _items, _engagement):
            context = builder(selection, form)
            sections += context["sections"]
    return {"course_name": context.get("course_name", ""), "sections": sections}


BUILDERS = {
    "overview": _overview,
    "funnel": _funnel,
    "items": _items,
    "engagement": _engagement,
    "benchmarking": _benchmarking,
    "report": _report,
}
# Lazy: built at import, translated for each request.
TITLES = {
    "overview": gettext_lazy("Pilot evaluation: overview"),
    "funnel": gettext_lazy("Pilot evaluation: course funnel"),
    "items": gettext_lazy("Pilot evaluation: item analysis"),
    "engagement": gettext_lazy("Pilot evaluation: time on task and reflections"),
    "benchmarking": gettext_lazy("Pilot evaluation: benchmarking"),
    "report": gettext_lazy("Pilot evaluation: report"),
}


def evaluators_only(view):
    """Answer 403 to anyone without the permission (Wagtail would redirect to its dashboard)."""

    @wraps(view)
    def checked(request, *args, **kwargs):
        if not request.user.has_perm(PERMISSION):
            return TemplateResponse(
                request,
                "evaluation/admin/forbidden.html",
                {"title": _("Pilot evaluation")},
                status=403,
            )
        return view(request, *args, **kwargs)

    return checked


@never_cache
@evaluators_only
def evaluation_page(request, page="overview"):
    """One page of the evaluation, or one of its tables as CSV (`?export=<table>`)."""
    form = SelectionForm(request.GET or None)
    context = {
        "page": page,
        "title": TITLES[page],
        "form": form,
        "minimum": MINIMUM_PEOPLE,
        "query": request.GET.copy(),
    }
    context["query"].pop("export", None)
    bound = form if form.is_bound else SelectionForm({})
    if not bound.is_valid():
        context["notice"] = _("These filters cannot be applied: %(errors)s") % {
            "errors": " ".join(str(error) for errors in bound.errors.values() for error in errors)
        }
        return TemplateResponse(request, "evaluation/admin/page.html", context, status=400)
    selection = bound.selection()
    if page in COURSE_PAGES and not selection.course:
        context["choose_course"] = bound.courses
        if "export" in request.GET:
            context["notice"] = _("There is no table of that name to export.")
            return TemplateResponse(request, "evaluation/admin/page.html", context, status=400)
        return TemplateResponse(request, "evaluation/admin/page.html", context)
    if selection.course and figures.structure(selection.course) is None:
        context["notice"] = _("This course is not known.")
        return TemplateResponse(request, "evaluation/admin/page.html", context, status=400)
    with figures.working_memory():
        context.update(BUILDERS[page](selection, bound))
    context["selection"] = selection
    wanted = request.GET.get("export")
    if wanted is not None:
        tables = {
            table.slug: table for section in context["sections"] for table in section["tables"]
        }
        if wanted not in tables:
            context["notice"] = _("There is no table of that name to export.")
            return TemplateResponse(request, "evaluation/admin/page.html", context, status=400)
        response = HttpResponse(tables[wanted].as_csv(), content_type="text/csv; charset=utf-8")
        response["Content-Disposition"] = f'attachment; filename="evaluation-{page}-{wanted}.csv"'
        return response
    return TemplateResponse(request, "evaluation/admin/page.html", context)
