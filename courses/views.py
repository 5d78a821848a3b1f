"""Taking a course: enrolment, units one after another, reflections and server-graded quizzes.

Every view that changes something records the act through `learning.progress.services` in the
same transaction as the change; invalid input changes nothing and says why in the learner's
language.
"""

import random
import uuid

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.contrib.auth.views import redirect_to_login
from django.db import transaction
from django.http import Http404, HttpResponseNotAllowed
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _

from learning.badges.services import credential_for, credential_share_links
from learning.progress import services
from learning.progress.vocabulary import ActivityType, Verb

from .activities import course_iri, module_iri, question_iri, unit_iri
from .grading import InvalidAnswers, grade, parse_answers
from .progress import complete_if_done, course_progress, module_progress

MAX_REFLECTION_LENGTH = 5000


def _refuse(request, message, back_url=None, status=400):
    """Explain, in the learner's language, why nothing was recorded."""
    return TemplateResponse(
        request,
        "courses/refused.html",
        {"message": message, "back_url": back_url or request.path.rsplit("/", 2)[0] + "/"},
        status=status,
    )


def _language():
    return translation.get_language() or ""


def _login_first(request):
    return redirect_to_login(request.get_full_path(), reverse("account_login"))


def enrol(request, course):
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    if not request.user.is_authenticated:
        return _login_first(request)
    services.enrol(request.user, course_iri(course), language=_language())
    modules = course.modules()
    if not modules:
        return redirect(course.url)
    first_module = modules[0]
    return redirect(first_module.url + first_module.reverse_subpage("unit", args=[1]))


def _module_context(request, module):
    """The module's course and the learner's enrolment in it; None if not enrolled."""
    course = module.course()
    enrolment = services.enrolment_for(request.user, course_iri(course))
    return course, enrolment


def _unit_or_404(module, number):
    if not 1 <= number <= len(module.units):
        raise Http404(_("This module has no such unit."))
    return module.units[number - 1]


def unit(request, module, number):
    """Show one unit, with the way back and forward; record that the learner opened it."""
    if not request.user.is_authenticated:
        return _login_first(request)
    course, enrolment = _module_context(request, module)
    if enrolment is None:
        messages.info(request, _("Enrol in the course to start its modules."))
        return redirect(course.url)
    block = _unit_or_404(module, number)
    with transaction.atomic():
        services.record_event(
            enrolment,
            Verb.LAUNCHED,
            module_iri(module),
            ActivityType.MODULE,
            parent_iri=course_iri(course),
            language=_language(),
            once=True,
        )
        services.record_event(
            enrolment,
            Verb.EXPERIENCED,
            unit_iri(module, block.id),
            ActivityType.ASSESSMENT if block.block_type == "quiz" else ActivityType.LESSON,
            parent_iri=module_iri(module),
            language=_language(),
        )
    return _render_unit(request, course, module, enrolment, number)


def next_step(course, module, number, enrolment):
    """Where the learner goes after unit `number` of `module`: a (kind, url, title) triple.

    The completion page once the course is complete; else the next unit of the module; else
    the next module of the course; else the course page (some unit is still to do).
    """
    modules = course.modules()
    if enrolment is not None and course_progress(course, enrolment, modules).complete:
        return "completed", course.url + course.reverse_subpage("completed"), course.title
    if number < len(module.units):
        return (
            "unit",
            module.url + module.reverse_subpage("unit", args=[number + 1]),
            module.units[number].value["title"],
        )
    keys = [item.translation_key for item in modules]
    if module.translation_key in keys:
        position = keys.index(module.translation_key)
        if position + 1 < len(modules):
            following = modules[position + 1]
            return "module", following.url, following.title
    return "course", course.url, course.title


def _render_unit(request, course, module, enrolment, number, *, grade_result=None, status=200):
    block = module.units[number - 1]
    completed = services.completed_activities(enrolment)
    progress = module_progress(module, completed)
    context = {
        "page": module,
        "course": course,
        "progress": progress,
        "unit": progress.units[number - 1],
        "unit_block": block,
        "number": number,
        "previous_number": number - 1 if number > 1 else None,
        "next_number": number + 1 if number < len(module.units) else None,
        "grade": grade_result,
    }
    iri = unit_iri(module, block.id)
    if block.block_type == "reflection":
        context["reflection"] = services.reflection_text(enrolment, iri)
    if block.block_type == "quiz":
        attempts = services.quiz_attempts(enrolment, iri)
        quiz = block.value
        attempts_left = (
            None if not quiz["max_attempts"] else max(quiz["max_attempts"] - len(attempts), 0)
        )
        passed = context["unit"].done
        can_retry = not passed and attempts_left != 0
        # The form is shown for a first attempt, or for another one the learner asked for:
        # never again under a result, nor once the quiz is passed.
        show_form = (
            can_retry and grade_result is None and (not attempts or request.GET.get("retry") == "1")
        )
        context.update(
            attempts=attempts,
            attempts_left=attempts_left,
            best_percent=max(
                (round(a.result.get("score", {}).get("scaled", 0) * 100) for a in attempts),
                default=None,
            ),
            can_retry=can_retry,
            show_form=show_form,
            attempt_token=uuid.uuid4(),
            questions=_questions_for_display(quiz, seed=f"{enrolment.pk}{len(attempts)}")
            if show_form
            else [],
        )
        if passed:
            context["next_step"] = next_step(course, module, number, enrolment)
    return TemplateResponse(request, "courses/unit.html", context, status=status)


def _questions_for_display(quiz, seed):
    """Questions with their options, shuffled the same way for one learner's attempt."""
    questions = []
    shuffler = random.Random(seed)  # noqa: S311 - order of answers, not security
    for question in quiz["questions"].bound_blocks:
        options = list(question.value["options"].bound_blocks)
        if quiz["shuffle"]:
            shuffler.shuffle(options)
        questions.append({"id": question.id, "value": question.value, "options": options})
    return questions


def _require_enrolment(request, module):
    if request.method != "POST":
        return None, None, HttpResponseNotAllowed(["POST"])
    if not request.user.is_authenticated:
        return None, None, _login_first(request)
    course, enrolment = _module_context(request, module)
    if enrolment is None:
        return None, None, _refuse(request, _("You are not enrolled in this course."))
    return course, enrolment, None


def mark_done(request, module, number):
    course, enrolment, refusal = _require_enrolment(request, module)
    if refusal:
        return refusal
    block = _unit_or_404(module, number)
    if block.block_type == "quiz":
        return _refuse(request, _("A quiz is done when you pass it."))
    was_complete = enrolment.completed_at is not None
    with transaction.atomic():
        _complete_unit(enrolment, module, unit_iri(module, block.id))
    return _next_step(course, module, number, enrolment, was_complete=was_complete)


def _complete_unit(enrolment, module, iri):
    """Record the unit as done (once), then the module and course if that completes them."""
    services.record_event(
        enrolment,
        Verb.COMPLETED,
        iri,
        ActivityType.LESSON,
        parent_iri=module_iri(module),
        result={"completion": True},
        language=_language(),
        once=True,
    )
    complete_if_done(enrolment, module, _language())


def _next_step(course, module, number, enrolment, *, was_complete):
    """After a unit is done: the completion page if that unit completed the course (wherever
    it stands in it); else the next unit, else the module's overview (what is left to do)."""
    enrolment.refresh_from_db(fields=["completed_at"])
    if not was_complete and enrolment.completed_at is not None:
        return redirect(course.url + course.reverse_subpage("completed"))
    kind, url, _title = next_step(course, module, number, enrolment)
    if kind in ("unit", "completed"):
        return redirect(url)
    return redirect(module.url)


def save_reflection(request, module, number):
    course, enrolment, refusal = _require_enrolment(request, module)
    if refusal:
        return refusal
    block = _unit_or_404(module, number)
    if block.block_type != "reflection":
        return _refuse(request, _("This unit does not ask for a reflection."))
    text = request.POST.get("reflection", "").strip()
    if not text:
        messages.error(request, _("Write your reflection before saving it."))
        return redirect(module.url + module.reverse_subpage("unit", args=[number]))
    if len(text) > MAX_REFLECTION_LENGTH:
        return _refuse(
            request,
            _("Your reflection is longer than %(limit)s characters.")
            % {"limit": MAX_REFLECTION_LENGTH},
        )
    iri = unit_iri(module, block.id)
    was_complete = enrolment.completed_at is not None
    with transaction.atomic():
        services.save_reflection(enrolment, iri, text, module_iri(module), _language())
        _complete_unit(enrolment, module, iri)
    messages.success(request, _("Your reflection is saved. Only you can see it."))
    return _next_step(course, module, number, enrolment, was_complete=was_complete)


def submit_quiz(request, module, number):
    """Grade a quiz attempt on the server and record it, once per attempt form."""
    course, enrolment, refusal = _require_enrolment(request, module)
    if refusal:
        return refusal
    block = _unit_or_404(module, number)
    if block.block_type != "quiz":
        return _refuse(request, _("This unit is not a quiz."))
    quiz = block.value
    quiz_iri = unit_iri(module, block.id)
    try:
        token = uuid.UUID(request.POST.get("attempt", ""))
    except ValueError:
        return _refuse(request, _("This quiz form is not valid; reload the page."))
    try:
        answers = parse_answers(quiz, request.POST)
    except InvalidAnswers as error:
        return _refuse(request, str(error))
    result = grade(quiz, answers)
    with transaction.atomic():
        # Lock the enrolment so that two tabs cannot both take the last attempt.
        type(enrolment).objects.select_for_update().get(pk=enrolment.pk)
        if not services.is_recorded(enrolment, f"attempt:{token}"):
            attempts = services.quiz_attempts(enrolment, quiz_iri)
            if quiz["max_attempts"] and len(attempts) >= quiz["max_attempts"]:
                return _refuse(request, _("You have used all your attempts at this quiz."))
            _record_attempt(enrolment, module, course, block, quiz_iri, token, answers, result)
            complete_if_done(enrolment, module, _language())
    return _render_unit(request, course, module, enrolment, number, grade_result=result)


def _record_attempt(enrolment, module, course, block, quiz_iri, token, answers, result):
    language = _language()
    services.record_event(
        enrolment,
        Verb.ATTEMPTED,
        quiz_iri,
        ActivityType.ASSESSMENT,
        parent_iri=module_iri(module),
        result=_score(result),
        language=language,
        idempotency_key=f"attempt:{token}",
    )
    for question in result.questions:
        services.record_event(
            enrolment,
            Verb.ANSWERED,
            question_iri(module, block.id, question.question_id),
            ActivityType.INTERACTION,
            parent_iri=quiz_iri,
            result={"success": question.correct, "response": "[,]".join(question.chosen)},
            language=language,
        )
    services.record_event(
        enrolment,
        Verb.PASSED if result.passed else Verb.FAILED,
        quiz_iri,
        ActivityType.ASSESSMENT,
        parent_iri=module_iri(module),
        result=_score(result),
        language=language,
    )


def _score(result):
    return {
        "score": {
            "raw": result.raw,
            "min": 0,
            "max": result.max,
            "scaled": round(result.scaled, 4),
        },
        "success": result.passed,
        "completion": True,
    }


def completed(request, course):
    """The moment a course is finished: what was achieved, the credential and what comes next.

    Only for the learner who completed it; anyone else is sent to the course page.
    """
    if not request.user.is_authenticated:
        return _login_first(request)
    enrolment = services.enrolment_for(request.user, course_iri(course))
    modules = course.modules()
    if enrolment is None or not course_progress(course, enrolment, modules).complete:
        messages.info(request, _("Complete every module of the course to see its result."))
        return redirect(course.url)
    credential = credential_for(request.user, course_iri(course))
    context = {
        "page": course,
        "course": course,
        "modules": modules,
        "enrolment": enrolment,
        "credential": credential,
        "next_course": suggested_course(request.user, course),
    }
    if credential is not None:
        context.update(credential_share_links(request, credential))
    return TemplateResponse(request, "courses/completed.html", context)


def suggested_course(learner, course):
    """The next course for the learner's target group (the course's if they named none):
    the first live one in the catalogue order, in this language, that they have not taken."""
    from .models import CoursePage

    target_group = getattr(learner, "target_group", "") or course.target_group
    taken = set(learner.enrolments.values_list("course_iri", flat=True))
    candidates = (
        CoursePage.objects.live()
        .filter(locale_id=course.locale_id, target_group=target_group)
        .exclude(translation_key=course.translation_key)
        .defer_streamfields()
        .order_by("path")
    )
    return next((page for page in candidates if course_iri(page) not in taken), None)


@login_required
def dashboard(request):
    """The learner's own courses, with progress per module and quiz results."""
    from .models import CoursePage

    enrolments = list(request.user.enrolments.order_by("-enrolled_at"))
    keys = {enrolment.course_iri.rsplit("/", 1)[-1]: enrolment for enrolment in enrolments}
    language = _language()
    courses = {}
    for course in (
        CoursePage.objects.live().filter(translation_key__in=keys).select_related("locale")
    ):
        key = str(course.translation_key)
        if key not in courses or course.locale.language_code == language:
            courses[key] = course
    rows = []
    for key, enrolment in keys.items():
        course = courses.get(key)
        if course is None:
            continue
        progress = course_progress(course, enrolment)
        modules_by_iri = {module_iri(item.module): item.module.pk for item in progress.modules}
        quiz_results = [
            {**summary, "module_pk": modules_by_iri.get(summary["parent_iri"])}
            for summary in services.quiz_summaries(enrolment).values()
        ]
        rows.append({"enrolment": enrolment, "progress": progress, "quiz_results": quiz_results})
    return TemplateResponse(request, "courses/dashboard.html", {"rows": rows})
