from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from haven.cases.models.case import Case


class ConsentScope(models.TextChoices):
    EVIDENCE_FOR_BAN = "evidence_for_ban", _("Keep evidence to decide a ban")
    EVIDENCE_FOR_POLICE = "evidence_for_police", _("Keep evidence for a law-enforcement export")
    HASH_IMAGES = "hash_images", _("Hash images to find and remove copies")
    SHARE_HASHES = "share_hashes", _("Share hashes with trusted servers")


class ConsentMethod(models.TextChoices):
    PORTAL = "portal", _("Through the confidential report page")
    TOLD_MODERATOR = "told_moderator", _("Told a moderator")


class ConsentRecord(models.Model):
    """One giving or withdrawal of consent; the newest per scope is what holds."""

    case = models.ForeignKey(Case, on_delete=models.CASCADE, related_name="consents")
    scope = models.CharField(max_length=32, choices=ConsentScope.choices)
    given = models.BooleanField()
    method = models.CharField(max_length=16, choices=ConsentMethod.choices)
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    recorded_at = models.DateTimeField(auto_now_add=True)
    note_sealed = models.BinaryField(null=True, blank=True)

    class Meta:
        ordering = ["case", "scope", "-recorded_at", "-id"]
        indexes = [models.Index(fields=["case", "scope", "-recorded_at"])]

    def __str__(self) -> str:
        verb = "given" if self.given else "withdrawn"
        return f"consent {self.scope} {verb} on case {self.case_id}"
