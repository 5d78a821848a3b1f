"""Data exports, deletion requests, the audit log of both, and the privacy page.

The audit log names people only by their pseudonymous account id (the opaque account name
their xAPI statements carry), so that it can outlive the account it describes.
"""

import uuid

from django.conf import settings
from django.core.files.storage import storages
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from website.core.blocks import BaseStreamBlock
from website.core.models import BasePage
from website.practices.models import PracticeSubmission


def export_storage():
    """The private storage of export files (settings.STORAGES["exports"])."""
    return storages["exports"]


def export_file_name(instance, filename):
    """A random folder per export: the name says nothing about whose data it holds."""
    return f"{uuid.uuid4().hex}/{filename}"


class DataExport(models.Model):
    """A zip of everything the platform holds about a learner.

    Attributes:
        id: A UUID, part of the download address.
        learner: Whose data the zip holds.
        requested_by: Who asked for it and may download it: the learner, or an administrator
            answering a request that arrived by letter.
        requested_at: When it was asked for.
        status: Pending while it is built, then ready (or failed).
        file: The zip, in the private export storage.
        size: The zip's size in bytes.
        ready_at: When the zip was finished.
        expires_at: The download link works until then.
    """

    class Status(models.TextChoices):
        PENDING = "pending", _("Being prepared")
        READY = "ready", _("Ready")
        FAILED = "failed", _("Failed")

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    learner = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="data_exports"
    )
    requested_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+"
    )
    requested_at = models.DateTimeField(default=timezone.now)
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.PENDING)
    file = models.FileField(storage=export_storage, upload_to=export_file_name, blank=True)
    size = models.PositiveBigIntegerField(null=True, blank=True)
    ready_at = models.DateTimeField(null=True, blank=True)
    expires_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("data export")
        verbose_name_plural = _("data exports")
        ordering = ["-requested_at"]

    def __str__(self):
        return str(self.pk)

    @property
    def is_expired(self):
        """Whether the download link no longer works."""
        return self.expires_at is not None and self.expires_at <= timezone.now()

    @property
    def is_downloadable(self):
        """Ready, with its file, and not expired."""
        return self.status == self.Status.READY and bool(self.file) and not self.is_expired


class DeletionRequest(models.Model):
    """A learner's request to delete their account, waiting for its cooling-off period.

    Cancelling deletes the request; when `erase_after` has passed, the account is erased.

    Attributes:
        learner: Whose account goes.
        requested_at: When the learner (or an administrator) asked.
        erase_after: The account is erased once this moment has passed.
        keep_credentials: Whether the learner's credentials stay valid (True) or are revoked.
    """

    learner = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="deletion_request"
    )
    requested_at = models.DateTimeField(default=timezone.now)
    erase_after = models.DateTimeField(db_index=True)
    keep_credentials = models.BooleanField(default=True)

    class Meta:
        verbose_name = _("deletion request")
        verbose_name_plural = _("deletion requests")

    def __str__(self):
        return f"{self.learner_id} after {self.erase_after:%Y-%m-%d %H:%M}"


class AuditEntry(models.Model):
    """One export or erasure: who, when, what; no personal data beyond pseudonymous ids.

    Attributes:
        at: When it happened.
        action: What happened.
        performed_by: Who did it: the learner, an administrator, a command or the retention
            policy.
        subject: The pseudonymous account id of the learner concerned.
        operator: The pseudonymous account id of the administrator who did it, if one did.
        details: Counts and choices (statements erased, credentials kept...), never names.
    """

    class Action(models.TextChoices):
        EXPORT_REQUESTED = "export-requested", _("Export requested")
        EXPORT_DOWNLOADED = "export-downloaded", _("Export downloaded")
        DELETION_REQUESTED = "deletion-requested", _("Deletion requested")
        DELETION_CANCELLED = "deletion-cancelled", _("Deletion cancelled")
        ERASED = "erased", _("Account erased")

    class Performer(models.TextChoices):
        LEARNER = "learner", _("The learner")
        ADMINISTRATOR = "administrator", _("An administrator")
        COMMAND = "command", _("A management command")
        RETENTION = "retention", _("The retention policy")

    at = models.DateTimeField(_("when"), default=timezone.now, db_index=True)
    action = models.CharField(_("action"), max_length=20, choices=Action.choices)
    performed_by = models.CharField(_("performed by"), max_length=20, choices=Performer.choices)
    subject = models.UUIDField(_("pseudonymous account id"), db_index=True)
    operator = models.UUIDField(_("administrator's pseudonymous id"), null=True, blank=True)
    details = models.JSONField(_("details"), default=dict, blank=True)

    class Meta:
        verbose_name = _("audit entry")
        verbose_name_plural = _("audit log")
        ordering = ["-at"]
        permissions = [("handle_data_requests", _("Can export and erase learners' data"))]

    def __str__(self):
        return f"{self.at:%Y-%m-%d %H:%M} {self.action} {self.subject}"


class ForwardedErasure(models.Model):
    """Statements of an erased learner that an external LRS received before the erasure.

    xAPI has no call to delete statements, so an administrator asks the LRS's operator to
    erase the statements of the pseudonymous account, and records when they did.

    Attributes:
        audit_entry: The erasure.
        target: The external LRS, while it is still configured.
        target_name: Its name at the time of the erasure.
        endpoint: Its endpoint at the time of the erasure.
        account_home_page: The homePage of the learner's xAPI account.
        account_name: The account's name: the pseudonymous id to give the operator.
        statements: How many statements naming the learner it received (or may be receiving).
        asked_at: When an administrator asked the operator to erase them.
    """

    audit_entry = models.ForeignKey(
        AuditEntry, on_delete=models.PROTECT, related_name="forwarded_erasures"
    )
    target = models.ForeignKey(
        "xapi.ExternalLRS", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    target_name = models.CharField(_("external LRS"), max_length=200)
    endpoint = models.URLField(_("endpoint"), max_length=500)
    account_home_page = models.CharField(_("account home page"), max_length=500)
    account_name = models.CharField(_("account name"), max_length=200)
    statements = models.PositiveIntegerField(_("statements"))
    asked_at = models.DateTimeField(_("operator asked"), null=True, blank=True)

    class Meta:
        verbose_name = _("erasure to request from an external LRS")
        verbose_name_plural = _("erasures to request from external LRSs")
        ordering = ["asked_at", "-audit_entry__at"]

    def __str__(self):
        return f"{self.target_name}: {self.account_name}"


class PrivacyPage(BasePage):
    """The privacy notice: what is stored, why, how long, who sees it, how to export and erase.

    Editors write the text; the periods that depend on the configuration (cooling-off, export
    links, retention) are added by the template from the settings, so they are always true.
    """

    body = StreamField(BaseStreamBlock(), blank=True, verbose_name=_("body"))
    contact_email = models.EmailField(
        _("data protection contact"),
        blank=True,
        help_text=_("The address people write to about their data; the same in every language."),
    )

    content_panels = BasePage.content_panels + [
        FieldPanel("introduction"),
        FieldPanel("body"),
        FieldPanel("contact_email"),
    ]
    search_fields = BasePage.search_fields + [index.SearchField("body")]
    override_translatable_fields = [SynchronizedField("contact_email")]

    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count_per_parent = 1
    template = "privacy/privacy_page.html"

    class Meta:
        verbose_name = _("privacy page")

    def get_context(self, request, *args, **kwargs):
        """The periods that depend on the configuration, for the template to state."""
        context = super().get_context(request, *args, **kwargs)
        context.update(
            cooling_off_days=settings.LEARNING_PRIVACY_COOLING_OFF_DAYS,
            export_hours=settings.LEARNING_PRIVACY_EXPORT_VALID_HOURS,
            export_days=settings.LEARNING_PRIVACY_PURGE_EXPORTS_DAYS,
            unconfirmed_days=settings.LEARNING_PRIVACY_PURGE_UNCONFIRMED_DAYS,
            practice_days=PracticeSubmission.RETENTION_DAYS,
        )
        return context
