"""Starting, saving and submitting assessments, with every check done on the server.

Views hand over what was posted; these functions validate all of it before writing anything,
and write in one transaction, so that a bad answer stores nothing.
"""

import uuid

from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from website.core.vocabularies import Dimension

from .models import Assessment, Institution
from .questionnaires import current_version
from .scoring import InvalidAnswer, clean_answer, score

FIRST_PERIOD = 2000
FIELD_PREFIX = "q-"
OTHER_SUFFIX = "-other"


class Refused(Exception):
    """A request that changes nothing; `message` says why and `status` is the HTTP status."""

    def __init__(self, message, status=400, errors=None):
        super().__init__(message)
        self.message = message
        self.status = status
        self.errors = errors or {}


def institution_for_member(user, institution_id):
    """The institution if `user` is one of its members; otherwise Refused (404: not revealed)."""
    if user.is_authenticated:
        institution = Institution.objects.filter(pk=institution_id, members=user).first()
        if institution is not None:
            return institution
    raise Refused(_("There is no such institution among yours."), status=404)


def _is_uuid(value):
    try:
        uuid.UUID(str(value))
    except ValueError:
        return False
    return True


def assessment_for_member(user, assessment_id):
    """The assessment if `user` is a member of its institution; otherwise Refused (404)."""
    if user.is_authenticated and _is_uuid(assessment_id):
        assessment = (
            Assessment.objects.select_related("institution", "version__questionnaire")
            .filter(pk=assessment_id, institution__members=user)
            .first()
        )
        if assessment is not None:
            return assessment
    raise Refused(_("There is no such assessment among your institution's."), status=404)


def latest_period():
    return timezone.now().year


def proposed_period(institution):
    """The year the start form proposes: one without a submitted assessment.

    The year after the latest one assessed, if it has come; else the latest year, from this
    one back, whose assessment is not submitted (a draft is resumed). None when every year
    from FIRST_PERIOD to this one is submitted.
    """
    submitted = set(
        institution.assessments.filter(submitted_at__isnull=False).values_list("period", flat=True)
    )
    if submitted and max(submitted) + 1 <= latest_period():
        return max(submitted) + 1
    return next(
        (year for year in range(latest_period(), FIRST_PERIOD - 1, -1) if year not in submitted),
        None,
    )


def start_assessment(institution, questionnaire, period, user):
    """Open the draft for `period`, or return the one already there (to resume it)."""
    if not FIRST_PERIOD <= period <= latest_period():
        raise Refused(
            _("Choose a year from %(first)d to %(last)d.")
            % {"first": FIRST_PERIOD, "last": latest_period()}
        )
    existing = Assessment.objects.filter(institution=institution, period=period).first()
    if existing is not None:
        return existing, False
    try:
        with transaction.atomic():
            assessment = Assessment.objects.create(
                institution=institution,
                version=current_version(questionnaire),
                period=period,
                updated_by=user,
            )
    except IntegrityError:
        return Assessment.objects.get(institution=institution, period=period), False
    return assessment, True


def answers_from_post(post):
    """Group posted fields by question id: `q-<id>`, `q-<id>-other` (multiple choice)."""
    answers = {}
    for name in post:
        if not name.startswith(FIELD_PREFIX):
            continue
        question_id, other_suffix, _rest = name[len(FIELD_PREFIX) :].partition(OTHER_SUFFIX)
        answers.setdefault(question_id, {})
        if other_suffix:
            answers[question_id]["other"] = post.get(name)
        else:
            answers[question_id]["values"] = post.getlist(name)
    return answers


def clean_answers(version, posted):
    """Stored answers for `posted` (from `answers_from_post`), or Refused listing each error."""
    errors = {}
    cleaned = {}
    for question_id, parts in posted.items():
        question = version.question(question_id)
        if question is None:
            raise Refused(
                _(
                    "The answers do not belong to this version of the questionnaire; "
                    "reload the page and answer again."
                )
            )
        values = parts.get("values") or []
        raw = (
            {"options": values, "other": parts.get("other", "")}
            if question["kind"] == "multiple"
            else (values[0] if values else "")
        )
        try:
            answer = clean_answer(question, raw)
        except InvalidAnswer as error:
            errors[question_id] = str(error)
            continue
        if answer is not None:
            cleaned[question_id] = answer
    if errors:
        raise Refused(_("Some answers need correcting; nothing was saved."), errors=errors)
    return cleaned


def save_answers(assessment, posted, user, submit=False):
    """Replace the draft's answers with `posted`; with `submit`, also score and close it.

    Refused, with nothing stored, when the assessment is already submitted, when an answer is
    invalid or, on submission, when a question is unanswered.
    """
    answers = clean_answers(assessment.version, posted)
    with transaction.atomic():
        locked = Assessment.objects.select_for_update().get(pk=assessment.pk)
        if locked.is_submitted:
            raise Refused(
                _("The assessment for %(period)d has already been submitted; it cannot change.")
                % {"period": locked.period},
                status=409,
            )
        if submit:
            missing = {
                question["id"]: _("Answer this question before submitting.")
                for question in locked.version.questions
                if question["id"] not in answers
            }
            if missing:
                raise Refused(
                    _("Every question needs an answer before submitting; nothing was submitted."),
                    errors=missing,
                )
        locked.answers = answers
        locked.updated_by = user
        if submit:
            _record_scores(locked)
        locked.save()
    return locked


def _record_scores(assessment):
    scores = score(assessment.version.questions, assessment.answers)
    for code in Dimension.values:
        setattr(assessment, Assessment.score_field(code), scores.dimensions[code])
    assessment.score_overall = scores.overall
    assessment.family_scores = scores.families
    assessment.submitted_at = timezone.now()
