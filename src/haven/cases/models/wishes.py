from __future__ import annotations

from django.conf import settings
from django.db import models

from haven.cases.models.case import Case


class CaseWishes(models.Model):
    """What the victim wants to happen and what would make them feel safer, in their words."""

    case = models.OneToOneField(
        Case, primary_key=True, on_delete=models.CASCADE, related_name="wishes"
    )
    outcome_sealed = models.BinaryField(null=True, blank=True)
    safety_sealed = models.BinaryField(null=True, blank=True)
    updated_at = models.DateTimeField(auto_now=True)
    updated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )

    def __str__(self) -> str:
        return f"wishes on case {self.case_id}"
