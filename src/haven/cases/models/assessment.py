from __future__ import annotations

from django.conf import settings
from django.db import models

from haven.cases.models.answers import answer_field
from haven.cases.models.case import Case


class Assessment(models.Model):
    """The guide's key questions for assessment, one row per case.

    The answers are enums (they sort and filter the inbox); what the moderator
    writes about them is sealed under the case key.
    """

    case = models.OneToOneField(
        Case, primary_key=True, on_delete=models.CASCADE, related_name="assessment"
    )
    immediate_risk = answer_field()
    threat_of_exposure = answer_field()
    demand_money = answer_field()
    demand_material = answer_field()
    demand_action = answer_field()
    demand_other = answer_field()
    evidence_available = answer_field()
    minor_involved = answer_field()
    risk_details_sealed = models.BinaryField(null=True, blank=True)
    demand_details_sealed = models.BinaryField(null=True, blank=True)
    evidence_details_sealed = models.BinaryField(null=True, blank=True)
    updated_at = models.DateTimeField(auto_now=True)
    updated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )

    def __str__(self) -> str:
        return f"assessment of case {self.case_id}"
