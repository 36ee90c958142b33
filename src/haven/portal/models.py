"""What the portal keeps: follow-up codes (as hashes), guess counts (as keyed hashes) and the
messages between the team and the victim (sealed)."""

from __future__ import annotations

import uuid

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from haven.cases.models import Case


class FollowUpCode(models.Model):
    """A victim's follow-up code for a case; the code itself is never stored.

    ``lookup`` is a keyed, truncated HMAC of the code (``codes.lookup_tag``) that
    finds the row without trying every hash; ``digest`` is the argon2id hash with
    its own salt. A case has at most one code that is not revoked.
    """

    case = models.ForeignKey(Case, on_delete=models.CASCADE, related_name="followup_codes")
    lookup = models.CharField(max_length=16, unique=True)
    digest = models.CharField(max_length=160)
    issued_at = models.DateTimeField(auto_now_add=True)
    issued_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    expires_at = models.DateTimeField()
    revoked_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["case"], condition=Q(revoked_at__isnull=True), name="one_live_code_per_case"
            )
        ]

    def __str__(self) -> str:
        return f"follow-up code {self.pk}"


class GuessCount(models.Model):
    """Code attempts in one window, per keyed hash of an address, or for everyone.

    ``who`` is an HMAC of the address under a key of the key store, or "*" for
    the global count: no address is ever stored. Rows go once their window is over.
    """

    who = models.CharField(max_length=64)
    window_start = models.DateTimeField()
    attempts = models.PositiveIntegerField(default=0)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["who", "window_start"], name="one_count_per_window")
        ]

    def __str__(self) -> str:
        return f"guess count {self.pk}"


class Direction(models.TextChoices):
    TO_VICTIM = "to_victim", _("From the team to the victim")
    FROM_VICTIM = "from_victim", _("From the victim to the team")


class Message(models.Model):
    """One message of a case's confidential channel; the text is sealed under the case key.

    ``sent_by`` is for the team's own record only: the victim sees every message
    from the team as the team's, never a moderator's name.
    """

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    case = models.ForeignKey(Case, on_delete=models.CASCADE, related_name="portal_messages")
    direction = models.CharField(max_length=16, choices=Direction.choices)
    body_sealed = models.BinaryField()
    language = models.CharField(max_length=8)
    template = models.CharField(max_length=64, blank=True)
    sent_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    read_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["case", "created_at"]
        indexes = [models.Index(fields=["case", "created_at"])]

    def __str__(self) -> str:
        return f"message {self.pk} on case {self.case_id}"
