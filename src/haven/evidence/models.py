"""An item of evidence on a case: what it is, where it came from, and its sealed blob.

The original bytes are never altered: ``sha256`` and ``size`` are of them, and
the blob in the store decrypts to exactly them (``haven verify --evidence``).
Where it came from (a post's address, a server's ids) can identify people, so
it is sealed under the case key like any case text (``source_ref``). A case
that may involve a minor (kind csea) never keeps a blob, only hashes: ``save``
refuses, whatever code path calls it.
"""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from haven.cases.models import Case, CaseKind
from haven.core.errors import Conflict
from haven.evidence.vault import new_item_id


class EvidenceKind(models.TextChoices):
    IMAGE = "image", _("Image")
    VIDEO = "video", _("Video")
    AUDIO = "audio", _("Audio")
    PDF = "pdf", _("PDF document")
    CHAT_LOG = "chat_log", _("Chat log")
    POST = "post", _("Captured post")


class EvidenceSource(models.TextChoices):
    MODERATOR = "moderator", _("Uploaded by a moderator")
    VICTIM = "victim", _("Uploaded by the victim")
    SERVER_CAPTURE = "server_capture", _("Captured from the server")


class EvidenceQuerySet(models.QuerySet["EvidenceItem"]):
    """Bulk paths skip ``save``: they may only forget blobs, never keep one."""

    def update(self, **kwargs: Any) -> int:
        if kwargs.get("blob_name"):
            raise TypeError("Evidence is kept only through haven.evidence.intake.")
        return super().update(**kwargs)

    def bulk_create(self, objs: Any, *args: Any, **kwargs: Any) -> Any:
        objs = list(objs)
        if any(obj.blob_name for obj in objs):
            raise TypeError("Evidence is kept only through haven.evidence.intake.")
        return super().bulk_create(objs, *args, **kwargs)


class EvidenceItem(models.Model):
    id = models.CharField(primary_key=True, max_length=24, default=new_item_id, editable=False)
    case = models.ForeignKey(Case, on_delete=models.CASCADE, related_name="evidence")
    kind = models.CharField(max_length=16, choices=EvidenceKind.choices)
    sha256 = models.CharField(max_length=64)
    size = models.PositiveBigIntegerField()
    content_type = models.CharField(max_length=64)  # sniffed from the bytes, never the client's
    width = models.PositiveIntegerField(default=0)
    height = models.PositiveIntegerField(default=0)
    duration_ms = models.PositiveBigIntegerField(default=0)
    source = models.CharField(max_length=16, choices=EvidenceSource.choices)
    source_ref = models.BinaryField(blank=True, default=b"")  # sealed JSON: ids and address
    kept_under = models.CharField(max_length=32, blank=True)  # a ConsentScope
    # The random name of the sealed blob in the store; empty once discarded or never kept.
    blob_name = models.CharField(max_length=64, blank=True)
    added_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    added_at = models.DateTimeField()
    discarded_at = models.DateTimeField(null=True, blank=True)

    objects = EvidenceQuerySet.as_manager()

    class Meta:
        ordering = ["case", "added_at"]
        indexes = [models.Index(fields=["case", "kind"])]

    def __str__(self) -> str:
        return f"evidence {self.pk} of case {self.case_id}"

    def save(self, *args: Any, **kwargs: Any) -> None:
        if self.blob_name:
            kind = Case.objects.filter(pk=self.case_id).values_list("kind", flat=True).first()
            if kind == CaseKind.CSEA:
                raise Conflict(
                    "Nothing is kept on a case that may involve a minor; only its hashes.",
                    code="csea_no_images",
                )
        super().save(*args, **kwargs)

    @property
    def kept(self) -> bool:
        return bool(self.blob_name)

    @property
    def duration_seconds(self) -> float:
        return self.duration_ms / 1000


class RetentionNotice(models.Model):
    """A closed case's kept evidence, listed for deletion at ``deletes_at`` unless it reopens."""

    case = models.OneToOneField(
        Case, primary_key=True, on_delete=models.CASCADE, related_name="retention_notice"
    )
    listed_at = models.DateTimeField()
    deletes_at = models.DateTimeField()

    def __str__(self) -> str:
        return f"retention notice of case {self.case_id}"


class RetentionPeriod(models.Model):
    """A lead's choice for one case: kept evidence goes ``days`` after it closes."""

    case = models.OneToOneField(
        Case, primary_key=True, on_delete=models.CASCADE, related_name="retention_period"
    )
    days = models.PositiveIntegerField()
    set_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    set_at = models.DateTimeField()

    def __str__(self) -> str:
        return f"retention period of case {self.case_id}"
