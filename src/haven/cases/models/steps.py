from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from haven.cases.models.case import Case


class StepKey(models.TextChoices):
    """The guide's nine key steps, in its order, and the minors protocol's report."""

    BELIEVE = "believe", _("Believe and reassure the victim")
    WISHES = "wishes", _("Prioritise the victim's wishes and safety")
    NON_COMPLIANCE = "non_compliance", _("Advise non-compliance with demands")
    REMOVE_MATERIAL = "remove_material", _("Remove any exposed material immediately")
    PRESERVE_EVIDENCE = "preserve_evidence", _("Preserve evidence (with the victim's consent)")
    BAN = "ban", _("Ban the perpetrator's accounts")
    SUPPORT = "support", _("Direct to specialist support organisations")
    CONFIDENTIAL = "confidential", _("Discuss only with designated team members")
    BLOCKING = "blocking", _("Advise on blocking and security")
    MANDATORY_REPORT = "mandatory_report", _("Make the mandatory report (minors)")


class StepState(models.TextChoices):
    PENDING = "pending", _("Pending")
    DONE = "done", _("Done")
    DECLINED = "declined", _("Declined by the victim")
    NOT_APPLICABLE = "not_applicable", _("Not applicable")


class CaseStep(models.Model):
    case = models.ForeignKey(Case, on_delete=models.CASCADE, related_name="steps")
    key = models.CharField(max_length=32, choices=StepKey.choices)
    position = models.PositiveSmallIntegerField()
    state = models.CharField(max_length=16, choices=StepState.choices, default=StepState.PENDING)
    set_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    set_at = models.DateTimeField(null=True, blank=True)
    note_sealed = models.BinaryField(null=True, blank=True)

    class Meta:
        ordering = ["case", "position"]
        constraints = [models.UniqueConstraint(fields=["case", "key"], name="one_step_per_key")]

    def __str__(self) -> str:
        return f"step {self.key} of case {self.case_id}"
