from __future__ import annotations

from django.conf import settings
from django.db import models

from haven.cases.models.case import AppendOnlyQuerySet, append_only_delete, append_only_save


class AuditRecord(models.Model):
    """Who opened, read, revealed or downloaded what: one hash chain for the whole desk.

    Written only by ``haven.cases.audit.record``. ``case_id`` is a plain column,
    not a key: the record of who read a case outlives what the case held.
    """

    seq = models.PositiveBigIntegerField(unique=True)
    type = models.CharField(max_length=64)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    case_id = models.CharField(max_length=32, blank=True, db_index=True)
    created_at = models.DateTimeField()
    payload = models.JSONField(default=dict)
    prev_hash = models.CharField(max_length=64)
    hash = models.CharField(max_length=64)

    objects = AppendOnlyQuerySet.as_manager()

    class Meta:
        ordering = ["seq"]
        base_manager_name = "objects"

    def __str__(self) -> str:
        return f"audit record {self.seq}"

    save = append_only_save
    delete = append_only_delete


class AuditHead(models.Model):
    """The newest record's position and hash, locked by every writer: one row, id 1."""

    length = models.PositiveBigIntegerField(default=0)
    head = models.CharField(max_length=64, default="")

    def __str__(self) -> str:
        return f"audit head at {self.length}"
