"""Achievements (one per course) and the Open Badges 3.0 credentials issued for them."""

import json
import uuid

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from website.core.vocabularies import DeliveryMode, Provenance, TargetGroup

# Bitstring Status List: at least 16 KiB of bits, so that one entry says nothing about whom it
# belongs to (section 6.1, "herd privacy"); indexes are drawn at random.
STATUS_LIST_LENGTH = 131_072


class Achievement(models.Model):
    """What a learner earns by completing a course: the Open Badges 3.0 Achievement.

    `courses` defines it from the course page (learning knows courses only by IRI); the
    platform's rule is: every module completed and every quiz passed.

    Attributes:
        course_iri: The course's activity IRI, the same in every language.
        texts: Per language code: name, description, learning outcomes, prerequisites and the
            URL of the course page in that language.
        target_group: Who the course is for.
        competences: [competence code, proficiency level] pairs the course develops.
        eqf_level: The EQF level (1–8).
        workload_hours: Notional workload in hours.
        ects: ECTS credits.
        metadata_provenance: Whether the partners stated the level, workload and delivery mode
            or the platform proposed them (the credential then says so).
        delivery_mode: Form of participation.
        required_modules: Module IRIs that must be completed.
        required_quizzes: Quiz IRIs that must be passed.
        image: An uploaded badge image; without it one is drawn with the achievement's name.
        updated_at: When the definition last changed.
    """

    course_iri = models.CharField(_("course IRI"), max_length=500, unique=True)
    texts = models.JSONField(_("texts per language"), default=dict)
    target_group = models.CharField(_("target group"), max_length=30, choices=TargetGroup.choices)
    competences = models.JSONField(_("competences"), default=list)
    eqf_level = models.PositiveSmallIntegerField(_("EQF level"))
    workload_hours = models.DecimalField(
        _("notional workload (hours)"), max_digits=4, decimal_places=1
    )
    ects = models.DecimalField(_("ECTS credits"), max_digits=4, decimal_places=2)
    delivery_mode = models.CharField(
        _("form of participation"), max_length=20, choices=DeliveryMode.choices
    )
    metadata_provenance = models.CharField(
        _("source of the level and workload"),
        max_length=20,
        choices=Provenance.choices,
        default=Provenance.PROPOSED,
    )
    required_modules = models.JSONField(_("modules to complete"), default=list)
    required_quizzes = models.JSONField(_("quizzes to pass"), default=list)
    image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("badge image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("achievement")
        verbose_name_plural = _("achievements")

    def __str__(self):
        return self.text("name")

    @property
    def iri(self):
        """The Achievement's id in credentials and the object of the 'earned' statement."""
        return f"{self.course_iri}/achievement"

    def text(self, field, language=None):
        """A text in `language` (default: the active one), else in English."""
        language = (language or get_language() or settings.LANGUAGE_CODE).split("-")[0]
        texts = self.texts.get(language) or self.texts.get(settings.LANGUAGE_CODE) or {}
        return texts.get(field, "" if field != "outcomes" else [])


class Credential(models.Model):
    """An OpenBadgeCredential issued to a learner, stored exactly as it was signed.

    Attributes:
        id: The credential's UUID, part of its public URL.
        achievement: What was earned.
        learner: Who earned it; empty once their account is erased.
        enrolment: The enrolment whose events are the evidence; empty once erased.
        language: The language the credential's texts are in.
        issued_at: When it was issued.
        status_index: Its position in the revocation status list.
        document: The signed credential, as JSON text (byte-for-byte what was signed); empty
            for a credential revoked when its holder's account was erased.
        revoked_at: When an administrator revoked it.
        revocation_reason: Why it was revoked (shown to verifiers).
    """

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    achievement = models.ForeignKey(
        Achievement, on_delete=models.PROTECT, related_name="credentials"
    )
    # Empty once the learner's account is erased: the credential stays verifiable (or revoked)
    # without pointing at anyone (see learning.privacy).
    learner = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="credentials",
    )
    enrolment = models.ForeignKey(
        "progress.Enrolment",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="credentials",
    )
    language = models.CharField(_("language"), max_length=16)
    issued_at = models.DateTimeField(_("issued"), default=timezone.now)
    status_index = models.PositiveIntegerField(_("status list index"), unique=True)
    document = models.TextField(_("signed credential"))
    revoked_at = models.DateTimeField(_("revoked"), null=True, blank=True)
    revocation_reason = models.TextField(_("reason for revocation"), blank=True)

    class Meta:
        verbose_name = _("credential")
        verbose_name_plural = _("credentials")
        ordering = ["-issued_at"]
        constraints = [
            # Exactly once: concurrent completions cannot issue a second credential.
            models.UniqueConstraint(
                fields=["achievement", "learner"], name="one_credential_per_achievement"
            ),
            models.CheckConstraint(
                condition=models.Q(status_index__lt=STATUS_LIST_LENGTH),
                name="status_index_in_list",
            ),
        ]

    def __str__(self):
        return f"{self.achievement} — {self.learner or self.pk}"

    @property
    def is_revoked(self):
        """Whether an administrator revoked the credential."""
        return self.revoked_at is not None

    @property
    def is_erased(self):
        """Whether only the revocation entry is left (the holder erased their account)."""
        return not self.document

    def as_json(self):
        """The signed credential as a dict."""
        return json.loads(self.document)


class PublishedStatusList(models.Model):
    """The signed revocation list as last published, so that it is signed only when it changes.

    Attributes:
        encoded_list: The `encodedList` it carries (compared with the revocations to see
            whether it is still current).
        document: The signed BitstringStatusListCredential, as served.
        signed_at: When it was signed (its `validFrom`).
    """

    encoded_list = models.TextField()
    document = models.JSONField()
    signed_at = models.DateTimeField()

    class Meta:
        verbose_name = _("published status list")
        verbose_name_plural = _("published status lists")

    def __str__(self):
        return f"status list of {self.signed_at:%Y-%m-%d %H:%M}"
