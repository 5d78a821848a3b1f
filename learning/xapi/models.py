"""Stored statements with their query index, attachments, documents and LRS clients.

A statement is kept as received (plus `id`, `stored`, `authority` and `version`, which the LRS
sets); `StatementIndex` holds one row per agent, activity, verb and registration a statement
can be found by, so that every GET filter is an indexed lookup whatever the total.
"""

import functools
import hashlib
import hmac
import secrets
import uuid

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class LRSClient(models.Model):
    """A system allowed to call the LRS with HTTP Basic credentials.

    Attributes:
        name: Who the client is, for administrators.
        key: The Basic auth user name.
        secret_digest: SHA-256 of the secret (secrets are random tokens, so a fast digest
            is safe and keeps every request cheap).
        scopes: The xAPI scopes granted, space separated.
        is_active: Inactive clients are refused.
        feeds_evaluation: Its statements about the platform's courses count in the pilot
            evaluation (an administrator's choice; off by default).
        created_at: When the client was created.
    """

    SCOPES = [
        ("statements/write", _("Write statements")),
        ("statements/void", _("Void statements that other LRS clients stored")),
        ("statements/read/mine", _("Read the statements this client wrote")),
        ("statements/read", _("Read all statements")),
        ("all/read", _("Read everything")),
        ("all", _("Everything")),
        ("state", _("Read and write state documents")),
        ("profile", _("Read and write agent and activity profiles")),
    ]

    name = models.CharField(_("name"), max_length=200)
    key = models.CharField(_("key"), max_length=100, unique=True)
    secret_digest = models.CharField(max_length=64, editable=False)
    scopes = models.CharField(_("scopes"), max_length=300, default="statements/write")
    is_active = models.BooleanField(_("active"), default=True)
    feeds_evaluation = models.BooleanField(
        _("counts in the pilot evaluation"),
        default=False,
        help_text=_(
            "Statements this client sends about the platform's own courses (the same activity "
            "IRIs) are added to the pilot evaluation's figures. Run rebuild_evaluation to "
            "include the statements it sent before."
        ),
    )
    created_at = models.DateTimeField(default=timezone.now, editable=False)

    class Meta:
        verbose_name = _("LRS client")
        verbose_name_plural = _("LRS clients")

    def __str__(self):
        return self.name

    @staticmethod
    def digest(secret):
        """The stored form of a secret."""
        return hashlib.sha256(secret.encode()).hexdigest()

    def set_secret(self, secret=None):
        """Set (or generate) the secret; returns it, since only its digest is kept."""
        secret = secret or secrets.token_urlsafe(32)
        self.secret_digest = self.digest(secret)
        return secret

    def check_secret(self, secret):
        """Whether `secret` is this client's secret (constant-time comparison)."""
        return hmac.compare_digest(self.secret_digest, self.digest(secret))

    @property
    def scope_set(self):
        """The granted scopes as a set."""
        return set(self.scopes.split())

    def authority(self, home_page):
        """The Agent the LRS writes as authority of this client's statements."""
        return {"objectType": "Agent", "account": {"homePage": home_page, "name": self.key}}


class Statement(models.Model):
    """One stored statement.

    Attributes:
        seq: Storage order; paging and `ascending` follow it.
        statement_id: The statement's UUID.
        body: The statement as received, with the properties the LRS sets.
        stored: When the LRS stored it.
        voided: Whether a later statement voided it.
        client: The LRS client that stored it; empty for the platform's own statements.
        version: Its `version` property (1.0.x or 2.0.x), so that a page of statements for a
            1.0.x client is read as stored unless a 2.0 statement needs converting.
    """

    seq = models.BigAutoField(primary_key=True)
    statement_id = models.UUIDField(unique=True)
    body = models.JSONField()
    stored = models.DateTimeField(db_index=True)
    voided = models.BooleanField(default=False)
    client = models.ForeignKey(
        LRSClient, null=True, blank=True, on_delete=models.PROTECT, related_name="statements"
    )
    version = models.CharField(max_length=20, default="1.0.0")

    class Meta:
        verbose_name = _("statement")
        verbose_name_plural = _("statements")

    def __str__(self):
        return str(self.statement_id)


class StatementIndex(models.Model):
    """One key a statement can be found by.

    Attributes:
        statement: The statement.
        kind: What the key identifies (agent, activity, verb, registration).
        key: A digest of the identifier, fixed length whatever the IRI.
        related: False for the narrow match (actor or object, the object activity), True for
            the wider one of related_agents / related_activities only.
    """

    AGENT, ACTIVITY, VERB, REGISTRATION = 1, 2, 3, 4

    statement = models.ForeignKey(Statement, on_delete=models.CASCADE, related_name="index")
    kind = models.PositiveSmallIntegerField()
    key = models.CharField(max_length=32)
    related = models.BooleanField()

    class Meta:
        indexes = [models.Index(fields=["kind", "key", "related", "statement"])]

    def __str__(self):
        return f"{self.kind}:{self.key}"

    @staticmethod
    @functools.lru_cache(maxsize=65536)
    def digest(identifier):
        """The fixed-length key of an identifier (remembered: verbs and activities recur)."""
        return hashlib.sha256(identifier.encode()).hexdigest()[:32]


class Activity(models.Model):
    """The canonical definition the LRS keeps of an activity, merged as statements arrive.

    The Activities resource and format=canonical answer from it (xAPI 1.0.3 Part Three 2.5).

    Attributes:
        key: Digest of the activity IRI (`StatementIndex.digest`).
        iri: The activity's id.
        definition: Its Activity Definition, language maps merged language by language.
        updated: When a statement last changed the definition.
    """

    key = models.CharField(max_length=32, unique=True)
    iri = models.TextField()
    definition = models.JSONField(default=dict)
    updated = models.DateTimeField()

    class Meta:
        verbose_name = _("activity")
        verbose_name_plural = _("activities")

    def __str__(self):
        return self.iri


class Attachment(models.Model):
    """An attachment's raw content, shared by every statement that names its SHA-2.

    Attributes:
        sha2: The hex SHA-2 digest the statements refer to.
        content_type: Its MIME type.
        content: The bytes.
    """

    sha2 = models.CharField(max_length=128, unique=True)
    content_type = models.CharField(max_length=200)
    content = models.BinaryField()

    class Meta:
        verbose_name = _("attachment")
        verbose_name_plural = _("attachments")

    def __str__(self):
        return self.sha2


class Document(models.Model):
    """A State, Activity Profile or Agent Profile document.

    Attributes:
        kind: Which document resource holds it.
        activity_key: Digest of the activity IRI (state, activity profile), else empty.
        agent_key: Digest of the agent's identifier (state, agent profile), else empty.
        registration: The registration of a state document, if any.
        document_id: The stateId or profileId.
        content: The document's bytes.
        content_type: Its MIME type; JSON documents can be merged by POST.
        etag: SHA-1 of the content, for If-Match / If-None-Match.
        updated: When it last changed.
    """

    STATE, ACTIVITY_PROFILE, AGENT_PROFILE = 1, 2, 3

    kind = models.PositiveSmallIntegerField()
    activity_key = models.CharField(max_length=32, blank=True)
    agent_key = models.CharField(max_length=32, blank=True)
    registration = models.UUIDField(null=True, blank=True)
    document_id = models.CharField(max_length=500)
    content = models.BinaryField()
    content_type = models.CharField(max_length=200)
    etag = models.CharField(max_length=40)
    updated = models.DateTimeField()

    class Meta:
        verbose_name = _("document")
        verbose_name_plural = _("documents")
        indexes = [models.Index(fields=["kind", "activity_key", "agent_key", "registration"])]

    def __str__(self):
        return self.document_id


class ExternalLRS(models.Model):
    """An external Learning Record Store every stored statement is forwarded to.

    Attributes:
        name: Who runs it, for administrators.
        endpoint: Its xAPI endpoint, ending in a slash (…/xapi/).
        username: The Basic auth user name (key) it gave us.
        password: The Basic auth password (secret) it gave us.
        enabled: Statements stored while disabled are not queued for it.
        version: The xAPI version it declares; statements are sent in that version.
    """

    VERSIONS = [("1.0.3", "xAPI 1.0.3"), ("2.0.0", "xAPI 2.0 (IEEE 9274.1.1)")]

    name = models.CharField(_("name"), max_length=200)
    endpoint = models.URLField(_("endpoint"), max_length=500)
    username = models.CharField(_("user name"), max_length=200)
    password = models.CharField(_("password"), max_length=200)
    enabled = models.BooleanField(_("enabled"), default=True)
    version = models.CharField(
        _("xAPI version"),
        max_length=10,
        choices=VERSIONS,
        default="1.0.3",
        help_text=_("The version its About resource declares; statements are sent in it."),
    )

    class Meta:
        verbose_name = _("external LRS")
        verbose_name_plural = _("external LRSs")

    def __str__(self):
        return self.name


class OutboxEntry(models.Model):
    """A statement still to be delivered to one external LRS (or delivered, with when).

    Attributes:
        target: The external LRS.
        statement: The statement to deliver.
        created: When it was queued (with the statement, in the same transaction).
        attempts: How many deliveries failed so far.
        next_attempt: Not before this time (back-off after failures).
        last_error: What the last failure said.
        delivered: When the target accepted it; set once, so it is never sent again.
    """

    target = models.ForeignKey(ExternalLRS, on_delete=models.CASCADE, related_name="outbox")
    statement = models.ForeignKey(Statement, on_delete=models.CASCADE, related_name="+")
    created = models.DateTimeField(default=timezone.now)
    attempts = models.PositiveIntegerField(default=0)
    next_attempt = models.DateTimeField(default=timezone.now)
    last_error = models.TextField(blank=True)
    delivered = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("outbox entry")
        verbose_name_plural = _("outbox entries")
        constraints = [
            models.UniqueConstraint(fields=["target", "statement"], name="deliver_once_per_target")
        ]
        indexes = [models.Index(fields=["target", "delivered", "next_attempt"])]

    def __str__(self):
        return f"{self.statement_id} → {self.target_id}"


class LearnerAccount(models.Model):
    """The opaque name a learner has in statements, so that no e-mail ever reaches an LRS.

    Attributes:
        user: The learner.
        name: A random UUID, the account name of the learner's xAPI Agent.
    """

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="xapi_account"
    )
    name = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)

    class Meta:
        verbose_name = _("learner account")
        verbose_name_plural = _("learner accounts")

    def __str__(self):
        return str(self.name)
