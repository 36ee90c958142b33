"""Who wants to hear of what, and what was sent: ids, kinds and priorities only, never content.

A member's own ntfy topic, webhook address and Matrix room and token are sealed at
rest (``targets``): a topic name is all it takes to subscribe to it, and webhook
addresses carry tokens.
"""

from __future__ import annotations

import secrets

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


def new_notification_id() -> str:
    return secrets.token_urlsafe(12)


class Event(models.TextChoices):
    CASE_OPENED = "case_opened", _("A new case")
    CASE_URGENT = "case_urgent", _("A case turned urgent")
    ACTION_FAILED = "action_failed", _("An action on the server failed")
    VICTIM_ANSWERED = "victim_answered", _("The victim wrote on the follow-up page")
    TEST = "test", _("A test message")


class Channel(models.TextChoices):
    EMAIL = "email", _("E-mail")
    NTFY = "ntfy", _("ntfy")
    WEBHOOK = "webhook", _("Webhook (JSON)")
    MATRIX = "matrix", _("Matrix")


class DeliveryState(models.TextChoices):
    PENDING = "pending", _("Waiting to be sent")
    HELD = "held", _("Held for quiet hours")
    SENT = "sent", _("Sent")
    FAILED = "failed", _("Failed")
    CANCELLED = "cancelled", _("Not sent: no longer on the case")


def desk_time_zone() -> str:
    return settings.TIME_ZONE


class Preference(models.Model):
    """One member's choices. A member without a row gets every event by e-mail."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="notify_preference"
    )
    on_case_opened = models.BooleanField(default=True)
    on_case_urgent = models.BooleanField(default=True)
    on_action_failed = models.BooleanField(default=True)
    on_victim_answered = models.BooleanField(default=True)
    by_email = models.BooleanField(default=True)
    by_ntfy = models.BooleanField(default=False)
    by_webhook = models.BooleanField(default=False)
    by_matrix = models.BooleanField(default=False)
    ntfy_sealed = models.BinaryField(default=b"", blank=True)
    webhook_sealed = models.BinaryField(default=b"", blank=True)
    matrix_sealed = models.BinaryField(default=b"", blank=True)
    quiet_start = models.TimeField(null=True, blank=True)
    quiet_end = models.TimeField(null=True, blank=True)
    timezone = models.CharField(max_length=64, default=desk_time_zone)
    # The desk's language for this member (haven.locale.languages); empty: the browser's.
    language = models.CharField(max_length=8, blank=True, default="")
    updated_at = models.DateTimeField(auto_now=True)

    def __str__(self) -> str:
        return f"notification preferences of {self.user_id}"


class Notification(models.Model):
    id = models.CharField(
        primary_key=True, max_length=24, default=new_notification_id, editable=False
    )
    # Null only for a member's test message.
    case = models.ForeignKey(
        "cases.Case", null=True, blank=True, on_delete=models.CASCADE, related_name="+"
    )
    event = models.CharField(max_length=16, choices=Event.choices)
    priority = models.PositiveSmallIntegerField()
    # The same case opened, or turned urgent at the same priority, is told once.
    once_key = models.CharField(max_length=80, unique=True, null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    def __str__(self) -> str:
        return f"notification {self.pk} ({self.event})"


class Delivery(models.Model):
    notification = models.ForeignKey(
        Notification, on_delete=models.CASCADE, related_name="deliveries"
    )
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    channel = models.CharField(max_length=16, choices=Channel.choices)
    state = models.CharField(
        max_length=16, choices=DeliveryState.choices, default=DeliveryState.PENDING
    )
    held_until = models.DateTimeField(null=True, blank=True)
    attempts = models.PositiveSmallIntegerField(default=0)
    error = models.CharField(max_length=64, blank=True)  # an error code, never a server's text
    sent_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["notification", "user", "channel"], name="one_delivery_per_channel"
            )
        ]
        indexes = [models.Index(fields=["state", "held_until"])]

    def __str__(self) -> str:
        return f"delivery {self.pk} of {self.notification_id} by {self.channel}"
