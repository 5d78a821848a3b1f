"""Enrolments, learning events and learners' private reflections."""

import uuid

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class Enrolment(models.Model):
    """A learner's registration in a course, known by the course's activity IRI.

    Attributes:
        id: The registration UUID; every event of the enrolment carries it (xAPI's
            context.registration).
        learner: Who is enrolled.
        course_iri: The course's activity IRI, the same in every language.
        enrolled_at: When the learner enrolled.
        completed_at: When the learner completed the course, if they have.
    """

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    learner = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="enrolments"
    )
    course_iri = models.CharField(max_length=500)
    enrolled_at = models.DateTimeField(default=timezone.now)
    completed_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("enrolment")
        verbose_name_plural = _("enrolments")
        constraints = [
            models.UniqueConstraint(
                fields=["learner", "course_iri"], name="one_enrolment_per_course"
            )
        ]

    def __str__(self):
        return f"{self.learner_id} in {self.course_iri}"


class LearningEvent(models.Model):
    """One act of a learner: the source of truth for progress.

    Attributes:
        id: The event's UUID (the future xAPI statement id).
        enrolment: The enrolment the act belongs to.
        verb: The ADL verb IRI (see `vocabulary.Verb`).
        activity_iri: What was acted on: course, module, unit, quiz or question.
        activity_type: The ADL activity type IRI.
        parent_iri: The activity that contains this one (a unit's module, a module's course).
        result: Score, success, completion and response, in xAPI's result shape.
        language: The language the learner used (BCP 47).
        timestamp: When the act happened.
        idempotency_key: Set for acts that must be recorded once (a completion, a quiz attempt
            form), so that a double submission records nothing new; a SHA-256 hex digest.
    """

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    enrolment = models.ForeignKey(Enrolment, on_delete=models.CASCADE, related_name="events")
    verb = models.CharField(max_length=200)
    activity_iri = models.CharField(max_length=500)
    activity_type = models.CharField(max_length=200)
    parent_iri = models.CharField(max_length=500, blank=True)
    result = models.JSONField(default=dict, blank=True)
    language = models.CharField(max_length=16, blank=True)
    timestamp = models.DateTimeField(default=timezone.now)
    idempotency_key = models.CharField(max_length=64, null=True, blank=True, unique=True)

    class Meta:
        verbose_name = _("learning event")
        verbose_name_plural = _("learning events")
        ordering = ["timestamp"]
        indexes = [
            models.Index(fields=["enrolment", "verb", "activity_iri"]),
            models.Index(fields=["enrolment", "timestamp"]),
        ]

    def __str__(self):
        return f"{self.verb.rsplit('/', 1)[-1]} {self.activity_iri}"


class Reflection(models.Model):
    """A learner's written answer to a reflection prompt; only the learner sees it.

    Attributes:
        enrolment: The enrolment the reflection belongs to.
        unit_iri: The reflection unit's activity IRI.
        text: The learner's answer, plain text.
        updated_at: When the learner last changed it.
    """

    enrolment = models.ForeignKey(Enrolment, on_delete=models.CASCADE, related_name="reflections")
    unit_iri = models.CharField(max_length=500)
    text = models.TextField()
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("reflection")
        verbose_name_plural = _("reflections")
        constraints = [
            models.UniqueConstraint(
                fields=["enrolment", "unit_iri"], name="one_reflection_per_unit"
            )
        ]

    def __str__(self):
        return f"{self.enrolment_id}: {self.unit_iri}"
