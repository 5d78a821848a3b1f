"""The evaluation aggregates: one row per enrolment, per activity of an enrolment, per answer.

They hold no name, e-mail or text a learner wrote: a learner is known by the opaque account
name of their statements, and only to connect the rows of one enrolment and to forget them
when the learner is erased.
"""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class EnrolmentFact(models.Model):
    """One enrolment (an xAPI registration) as the evaluation sees it.

    Attributes:
        registration: The registration UUID of the enrolment's statements.
        learner: The opaque account name of the learner's statements.
        course_iri: The course's activity IRI.
        language: The language of the enrolment's first statement (BCP 47).
        target_group: The learner's target group when they enrolled; empty if not stated.
        country: The country of the learner's profile (ISO 3166 code); empty if not stated.
        organisation_type: The type of organisation of the learner's profile; empty if not stated.
        enrolled_at: When the enrolment was recorded.
        completed_at: When the course was completed, if it was.
        credential_at: When the credential was earned, if it was.
        synthetic: The learner was made up for demonstration (left out unless asked for).
    """

    registration = models.UUIDField(unique=True)
    learner = models.CharField(max_length=100, db_index=True)
    course_iri = models.CharField(max_length=500)
    language = models.CharField(max_length=16, blank=True)
    target_group = models.CharField(max_length=30, blank=True)
    # Copied from the profile (at enrolment, and again whenever the profile changes) so that
    # every page filters on this one table without joining accounts: constant query counts.
    country = models.CharField(max_length=2, blank=True)
    organisation_type = models.CharField(max_length=20, blank=True)
    enrolled_at = models.DateTimeField()
    completed_at = models.DateTimeField(null=True, blank=True)
    credential_at = models.DateTimeField(null=True, blank=True)
    synthetic = models.BooleanField(default=False)

    class Meta:
        verbose_name = _("enrolment in the evaluation")
        verbose_name_plural = _("enrolments in the evaluation")
        permissions = [("view_pilot_evaluation", "Can see the pilot evaluation")]
        # Covering on PostgreSQL (ignored elsewhere): the pages read the selected enrolments
        # from the index alone, without visiting the table (bench/README.md, 2026-12-06).
        indexes = [
            models.Index(
                fields=["course_iri", "enrolled_at"],
                include=[
                    "id",
                    "synthetic",
                    "language",
                    "target_group",
                    "country",
                    "organisation_type",
                    "completed_at",
                    "credential_at",
                    "learner",
                ],
                name="evaluation_enrolment_course",
            )
        ]

    def __str__(self):
        return str(self.registration)


class ActivityFact(models.Model):
    """One module or quiz of an enrolment: when it was started and completed (or passed).

    Attributes:
        enrolment: The enrolment.
        activity_iri: The module's or quiz's IRI.
        kind: Module or quiz.
        started_at: When the module was launched or the quiz first attempted.
        completed_at: When the module was completed or the quiz first passed.
        attempts: Attempts at a quiz.
        last_score: The raw score of the latest attempt at a quiz.
        seconds: The durations the module's statements reported, added up (None if none did).
    """

    MODULE, QUIZ, REFLECTION = "module", "quiz", "reflection"

    enrolment = models.ForeignKey(EnrolmentFact, on_delete=models.CASCADE, related_name="facts")
    activity_iri = models.CharField(max_length=500)
    kind = models.CharField(max_length=10)
    started_at = models.DateTimeField(null=True, blank=True)
    completed_at = models.DateTimeField(null=True, blank=True)
    attempts = models.PositiveIntegerField(default=0)
    last_score = models.FloatField(null=True, blank=True)
    seconds = models.FloatField(null=True, blank=True)

    class Meta:
        verbose_name = _("activity in the evaluation")
        verbose_name_plural = _("activities in the evaluation")
        constraints = [
            models.UniqueConstraint(
                fields=["enrolment", "activity_iri"], name="one_fact_per_activity"
            )
        ]
        # Time on task and reflections read one course's activities by kind and IRI; covering on
        # PostgreSQL (ignored elsewhere), so that time on task reads the index alone.
        indexes = [
            models.Index(
                fields=["kind", "activity_iri"],
                include=["enrolment", "seconds", "started_at", "completed_at"],
                name="evaluation_activity_kind",
            )
        ]

    def __str__(self):
        return self.activity_iri


class AnswerFact(models.Model):
    """A learner's answers to one quiz question: the first one, and how many they gave.

    Attributes:
        enrolment: The enrolment.
        question_iri: The question's IRI.
        quiz_iri: The quiz it belongs to.
        language: The language of the first answer.
        first_correct: Whether the first answer was right.
        first_response: The options chosen first (ids joined by "[,]", as in xAPI).
        attempt_score: The raw quiz score of the attempt holding the first answer.
        answers: How many times the learner answered the question.
    """

    enrolment = models.ForeignKey(EnrolmentFact, on_delete=models.CASCADE, related_name="answers")
    question_iri = models.CharField(max_length=500)
    quiz_iri = models.CharField(max_length=500)
    language = models.CharField(max_length=16, blank=True)
    first_correct = models.BooleanField()
    first_response = models.CharField(max_length=500, blank=True)
    attempt_score = models.FloatField()
    answers = models.PositiveIntegerField(default=1)

    class Meta:
        verbose_name = _("answer in the evaluation")
        verbose_name_plural = _("answers in the evaluation")
        constraints = [
            models.UniqueConstraint(
                fields=["enrolment", "question_iri"], name="one_fact_per_question"
            )
        ]
        indexes = [models.Index(fields=["quiz_iri", "question_iri", "language"])]

    def __str__(self):
        return self.question_iri


# What an `AnswerDay` row adds up: the answers of one course, quiz, question, language, first
# response, day of enrolment, and synthetic learners or not.
ANSWER_DAY_KEY = (
    "course_iri",
    "quiz_iri",
    "question_iri",
    "language",
    "first_response",
    "day",
    "synthetic",
)


class AnswerDay(models.Model):
    """The answers to one question of the enrolments of one day, added up (item analysis).

    Item analysis over a course and period reads these sums instead of every learner's answer:
    one row per question, language, first response and day however many learners answered.
    Kept by the store listener with the answers (`item_sums`); selections by target group,
    country, organisation type or enrolment language read the answers themselves.

    Attributes:
        course_iri: The course of the enrolments.
        quiz_iri: The quiz the question belongs to.
        question_iri: The question.
        language: The language of the first answers.
        first_response: The options chosen first.
        day: The day the enrolments began (in the site's time zone).
        synthetic: Whether the enrolments are synthetic learners'.
        people: Learners who answered (their `AnswerFact` rows).
        correct: Of them, right at their first answer.
        attempts: Answers given in all.
        sum_x: Sum of the raw quiz scores of the first answers' attempts.
        sum_xx: Sum of their squares.
        sum_xy: Sum of the scores of the learners right at first.
        first: The smallest `AnswerFact` id added (questions are listed in the order met).
    """

    course_iri = models.CharField(max_length=500)
    quiz_iri = models.CharField(max_length=500)
    question_iri = models.CharField(max_length=500)
    language = models.CharField(max_length=16, blank=True)
    first_response = models.CharField(max_length=500, blank=True)
    day = models.DateField()
    synthetic = models.BooleanField()
    people = models.IntegerField(default=0)
    correct = models.IntegerField(default=0)
    attempts = models.IntegerField(default=0)
    sum_x = models.FloatField(default=0)
    sum_xx = models.FloatField(default=0)
    sum_xy = models.FloatField(default=0)
    first = models.BigIntegerField()

    KEY = ANSWER_DAY_KEY
    SUMS = ("people", "correct", "attempts", "sum_x", "sum_xx", "sum_xy")

    class Meta:
        verbose_name = _("answers of a day in the evaluation")
        verbose_name_plural = _("answers of a day in the evaluation")
        constraints = [
            models.UniqueConstraint(fields=ANSWER_DAY_KEY, name="one_answer_day_per_key")
        ]
        indexes = [models.Index(fields=["quiz_iri", "day"], name="evaluation_answer_day_quiz")]

    def __str__(self):
        return f"{self.question_iri} {self.day}"


class SyntheticLearner(models.Model):
    """Marks a made-up learner (`load_digint --synthetic-learners N`), left out of the figures.

    Attributes:
        user: The synthetic learner's account.
    """

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="synthetic_learner"
    )

    class Meta:
        verbose_name = _("synthetic learner")
        verbose_name_plural = _("synthetic learners")

    def __str__(self):
        return str(self.user_id)


class ActiveWeek(models.Model):
    """A week in which an enrolment recorded anything: the "active learners" series.

    Attributes:
        enrolment: The enrolment.
        week: The Monday of the week (in the site's time zone).
    """

    enrolment = models.ForeignKey(EnrolmentFact, on_delete=models.CASCADE, related_name="weeks")
    week = models.DateField()

    class Meta:
        verbose_name = _("active week in the evaluation")
        verbose_name_plural = _("active weeks in the evaluation")
        constraints = [
            models.UniqueConstraint(fields=["enrolment", "week"], name="one_row_per_active_week")
        ]
        indexes = [models.Index(fields=["week"])]

    def __str__(self):
        return f"{self.enrolment_id} {self.week}"
