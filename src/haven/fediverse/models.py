"""Connections to the moderators' own servers. The token and webhook secret are sealed."""

from __future__ import annotations

import secrets

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from haven.fediverse.servers import ActionKind, Software


def new_connection_id() -> str:
    while (value := secrets.token_urlsafe(12)).startswith("-"):
        continue
    return value


class Connection(models.Model):
    """One fediverse server Haven works with, and the admin token it works with.

    The token and the webhook secret are sealed with ``haven.fediverse.credentials``
    (the ``fediverse-connections`` key, bound to this row's id): a database dump
    holds neither. The webhook URL carries the random id, never the server's name.
    """

    id = models.CharField(primary_key=True, max_length=24, default=new_connection_id)
    base_url = models.URLField(max_length=300, unique=True)
    software = models.CharField(max_length=20, choices=Software.choices)
    version = models.CharField(max_length=100, blank=True)
    domain = models.CharField(max_length=253, blank=True)
    sealed_token = models.BinaryField()
    sealed_webhook_secret = models.BinaryField(blank=True, default=b"")
    # Every action shows its exact requests and sends none.
    dry_run = models.BooleanField(default=False)
    # Off for sextortion; a lead may turn it on, and each forward passes the leak guard.
    forwarding_allowed = models.BooleanField(default=False)
    active = models.BooleanField(default=True)
    created_at = models.DateTimeField(auto_now_add=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    verified_at = models.DateTimeField(null=True, blank=True)
    # What the last verification found missing, in plain sentences (no secrets).
    missing = models.JSONField(default=list, blank=True)
    scopes = models.JSONField(default=list, blank=True)
    role = models.CharField(max_length=100, blank=True)
    # Polling (haven.fediverse.polling): where the last complete page ended, and
    # how long the server asked Haven to wait after a 429.
    poll_cursor = models.CharField(max_length=200, blank=True)
    polled_at = models.DateTimeField(null=True, blank=True)
    poll_not_before = models.DateTimeField(null=True, blank=True)
    # Hosts besides the server's own domain that serve its media (a CDN, object
    # storage); captured media is fetched only from these.
    media_hosts = models.JSONField(default=list, blank=True)

    class Meta:
        ordering = ["base_url"]

    def __str__(self) -> str:
        return f"{self.software} connection {self.pk}"

    def failed_deliveries(self) -> models.QuerySet[WebhookDelivery]:
        """Its webhook deliveries Haven gave up on, newest first, for the leads to see."""
        return self.deliveries.filter(state=DeliveryState.FAILED).order_by("-received_at")


class DeliveryState(models.TextChoices):
    RECEIVED = "received"
    PROCESSED = "processed"
    FAILED = "failed"  # given up after its retries: the failed-jobs page has it


class WebhookDelivery(models.Model):
    """A webhook delivery a server made, stored before Haven answers it.

    Only what identifies it is kept, never its body: the server's report (with the
    reporter's e-mail and IP address that Mastodon's payload carries) is read from
    the server's API when the delivery is processed. ``dedupe_key`` is a keyed
    hash of the connection, the event, the object's id and update time and the
    body, so a retried delivery is recognised and answered without a second row.
    """

    id = models.CharField(primary_key=True, max_length=24, default=new_connection_id)
    connection = models.ForeignKey(Connection, on_delete=models.CASCADE, related_name="deliveries")
    event = models.CharField(max_length=64)
    object_id = models.CharField(max_length=100)
    object_updated_at = models.DateTimeField(null=True, blank=True)
    sent_at = models.DateTimeField(null=True, blank=True)
    dedupe_key = models.CharField(max_length=64, unique=True)
    received_at = models.DateTimeField(auto_now_add=True)
    repeats = models.PositiveIntegerField(default=0)
    state = models.CharField(
        max_length=16, choices=DeliveryState.choices, default=DeliveryState.RECEIVED
    )
    processed_at = models.DateTimeField(null=True, blank=True)
    # How many times its task ran, and why it was given up (a code, never the
    # server's words): shown to leads on the Servers page and by ``haven connections``.
    attempts = models.PositiveIntegerField(default=0)
    failure = models.CharField(max_length=64, blank=True)

    class Meta:
        ordering = ["received_at"]

    def __str__(self) -> str:
        return f"delivery {self.pk} ({self.event})"


class ServerReportState(models.TextChoices):
    LISTED = "listed"  # the detector did not flag it: listed for a moderator to open
    OPENED = "opened"  # filed on a case
    GONE = "gone"  # no longer on the server


class ServerReport(models.Model):
    """A report Haven learnt of on a connected server, whether or not it became a case.

    Holds no text and no handle: the report is read again from the server when a
    moderator opens a case from it. ``score`` and ``flagged`` are the detector's
    verdict on its texts when it arrived.
    """

    connection = models.ForeignKey(Connection, on_delete=models.CASCADE, related_name="reports")
    remote_id = models.CharField(max_length=100)
    # The server of the reported account (its domain, never the account): the
    # grouped view shows which servers keep sending attackers.
    target_domain = models.CharField(max_length=253, blank=True, db_index=True)
    category = models.CharField(max_length=40, blank=True)
    forwarded = models.BooleanField(default=False)
    remote_created_at = models.DateTimeField(null=True, blank=True)
    remote_updated_at = models.DateTimeField(null=True, blank=True)
    resolved_on_server = models.BooleanField(default=False)
    flagged = models.BooleanField(default=False)
    score = models.FloatField(default=0.0)
    state = models.CharField(
        max_length=16, choices=ServerReportState.choices, default=ServerReportState.LISTED
    )
    first_seen_at = models.DateTimeField(auto_now_add=True)
    last_seen_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["-first_seen_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["connection", "remote_id"], name="one_row_per_server_report"
            )
        ]

    def __str__(self) -> str:
        return f"report {self.remote_id} on {self.connection_id}"


class ActionState(models.TextChoices):
    WAITING = "waiting", _("Waiting for the victim or a time")
    QUEUED = "queued", _("Queued")
    DONE = "done", _("Done")
    REFUSED = "refused", _("Refused by the server")
    FAILED = "failed", _("Failed")
    DRY_RUN = "dry_run", _("Shown, not sent (dry run)")
    CANCELLED = "cancelled", _("Cancelled")


class EnforcementAction(models.Model):
    """One action on a server for a case, carried out by a task (``haven.fediverse.outbox``).

    The text sent with it (already passed by the leak guard), the moderator's
    reason and the exact requests of a dry run are sealed under the case key.
    """

    id = models.CharField(primary_key=True, max_length=24, default=new_connection_id)
    case = models.ForeignKey(
        "cases.Case", on_delete=models.CASCADE, related_name="enforcement_actions"
    )
    connection = models.ForeignKey(Connection, on_delete=models.PROTECT, related_name="actions")
    kind = models.CharField(max_length=32, choices=ActionKind.choices)
    account_id = models.CharField(max_length=100, blank=True)
    status_id = models.CharField(max_length=100, blank=True)
    report_id = models.CharField(max_length=100, blank=True)
    text_sealed = models.BinaryField(blank=True, default=b"")
    reason_sealed = models.BinaryField(blank=True, default=b"")
    plan_sealed = models.BinaryField(blank=True, default=b"")
    requested_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.PROTECT, related_name="+"
    )
    requested_at = models.DateTimeField(auto_now_add=True)
    wait_for_victim = models.BooleanField(default=False)
    not_before = models.DateTimeField(null=True, blank=True)
    dry_run = models.BooleanField(default=False)
    state = models.CharField(max_length=16, choices=ActionState.choices)
    attempts = models.PositiveIntegerField(default=0)
    status_code = models.PositiveIntegerField(default=0)
    outcome_reason = models.CharField(max_length=200, blank=True)
    finished_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["requested_at"]

    def __str__(self) -> str:
        return f"{self.kind} on case {self.case_id}"


class CaptureState(models.TextChoices):
    PENDING = "pending", _("Capturing")
    DONE = "done", _("Captured")
    FAILED = "failed", _("Capture failed")


class HoldState(models.TextChoices):
    HELD = "held", _("Sealed, waiting for the victim's consent")
    RELEASED = "released", _("In the evidence vault")
    DISCARDED = "discarded", _("Discarded")


class CaptureRun(models.Model):
    """The capture of one server report on a case (``haven.fediverse.capture``).

    Until it is done, no action on the server runs for the case. What it took is
    held sealed under the case key (``HeldItem``) until the victim's consent
    moves it into the evidence vault, or it is discarded.
    """

    id = models.CharField(primary_key=True, max_length=24, default=new_connection_id)
    case = models.ForeignKey("cases.Case", on_delete=models.CASCADE, related_name="captures")
    connection = models.ForeignKey(Connection, on_delete=models.PROTECT, related_name="captures")
    remote_report_id = models.CharField(max_length=100)
    state = models.CharField(
        max_length=16, choices=CaptureState.choices, default=CaptureState.PENDING
    )
    hold = models.CharField(max_length=16, choices=HoldState.choices, default=HoldState.HELD)
    hold_until = models.DateTimeField()
    attempts = models.PositiveIntegerField(default=0)
    items = models.PositiveIntegerField(default=0)
    media_refused = models.PositiveIntegerField(default=0)
    failure = models.CharField(max_length=64, blank=True)  # an error's class or code, no text
    created_at = models.DateTimeField(auto_now_add=True)
    finished_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["created_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["connection", "remote_report_id"], name="one_capture_per_server_report"
            )
        ]

    def __str__(self) -> str:
        return f"capture {self.pk} of case {self.case_id}"


class CapturedWhat(models.TextChoices):
    STATUS = "status", _("Reported post")
    MEDIA = "media", _("Media of a reported post")
    PROFILE = "profile", _("Account profile")
    AVATAR = "avatar", _("Account picture")


class HeldItem(models.Model):
    """One captured item on hold: a blob sealed under the case key, and only its hashes shown.

    ``id`` is the vault item id the blob is sealed under; ``source_ref`` is the
    sealed JSON of its addresses and ids on the server.
    """

    id = models.CharField(primary_key=True, max_length=24)
    capture = models.ForeignKey(CaptureRun, on_delete=models.CASCADE, related_name="held")
    case = models.ForeignKey("cases.Case", on_delete=models.CASCADE, related_name="+")
    what = models.CharField(max_length=16, choices=CapturedWhat.choices)
    sha256 = models.CharField(max_length=64)
    size = models.PositiveBigIntegerField()
    blob_name = models.CharField(max_length=64, blank=True)
    source_ref = models.BinaryField(blank=True, default=b"")
    captured_at = models.DateTimeField(auto_now_add=True)
    evidence_item = models.CharField(max_length=24, blank=True)  # once in the vault

    class Meta:
        ordering = ["captured_at"]

    def __str__(self) -> str:
        return f"held item {self.pk} of case {self.case_id}"


class AccountTrait(models.Model):
    """A keyed hash (or PDQ hash) of something an account on a case showed, for linking.

    Never the thing itself: a payment handle, a wallet, a phrase, a sign-up IP or
    an e-mail domain is kept only as an HMAC under the ``fediverse-linking`` key.
    """

    case = models.ForeignKey("cases.Case", on_delete=models.CASCADE, related_name="+")
    connection = models.ForeignKey(Connection, on_delete=models.CASCADE, related_name="+")
    account_id = models.CharField(max_length=100)
    acct_sealed = models.BinaryField()
    kind = models.CharField(max_length=16)
    digest = models.CharField(max_length=64)

    class Meta:
        indexes = [models.Index(fields=["kind", "digest"])]

    def __str__(self) -> str:
        return f"{self.kind} trait on case {self.case_id}"


class LinkedAccount(models.Model):
    """Another account likely run by the case's perpetrator, with the reasons Haven found."""

    case = models.ForeignKey("cases.Case", on_delete=models.CASCADE, related_name="+")
    connection = models.ForeignKey(Connection, on_delete=models.CASCADE, related_name="+")
    account_id = models.CharField(max_length=100)
    acct_sealed = models.BinaryField()
    reasons = models.JSONField(default=list)  # LinkReason values
    found_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["found_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["case", "connection", "account_id"], name="one_row_per_linked_account"
            )
        ]

    def __str__(self) -> str:
        return f"linked account on case {self.case_id}"


class VictimTag(models.Model):
    """A keyed hash of a victim's account on a case, so that a later report by or about
    the same person joins their open case (``haven.cases.subjects.open_case_of_victim``).

    Never the account itself (that is sealed under the case key, on its ``CaseParty``):
    an HMAC under the key store's ``victim-lookup`` key, of its own, so it cannot be
    compared with a perpetrator's lookup. It goes with its party and with the case's
    erasure. docs/decisions/0008-victim-lookup-tag.md says what it exposes.
    """

    case = models.ForeignKey("cases.Case", on_delete=models.CASCADE, related_name="+")
    party = models.OneToOneField("cases.CaseParty", on_delete=models.CASCADE, related_name="+")
    tag = models.CharField(max_length=64, db_index=True)

    def __str__(self) -> str:
        return f"victim tag on case {self.case_id}"
