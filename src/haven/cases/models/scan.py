from __future__ import annotations

from django.conf import settings
from django.db import models

from haven.cases.models.case import Case, CaseNote


class TextScan(models.Model):
    """What the sextortion detector found in a note that arrived (a disclosure, a report).

    Only the verdict and the signals' types and positions are kept: the words
    themselves stay in the sealed note they point into.
    """

    case = models.ForeignKey(Case, on_delete=models.CASCADE, related_name="scans")
    note = models.OneToOneField(CaseNote, on_delete=models.CASCADE, related_name="scan")
    label = models.CharField(max_length=32)
    score = models.FloatField()
    lang = models.CharField(max_length=8)
    signals = models.JSONField(default=list)  # [[type, start, end], ...]
    created_at = models.DateTimeField(auto_now_add=True)

    def __str__(self) -> str:
        return f"scan of note {self.note_id} on case {self.case_id}"


class VerdictMark(models.Model):
    """A moderator's word on a scan's verdict: right or wrong. Goes with the case on erasure."""

    case = models.ForeignKey(Case, on_delete=models.CASCADE, related_name="verdict_marks")
    scan = models.OneToOneField(TextScan, on_delete=models.CASCADE, related_name="mark")
    right = models.BooleanField()
    marked_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.PROTECT, related_name="+"
    )
    marked_at = models.DateTimeField(auto_now=True)

    def __str__(self) -> str:
        return f"mark on scan {self.scan_id}"
