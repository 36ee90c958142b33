"""The first-response deadline of a case: a setting, shorter when there is immediate risk."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum

from django.conf import settings
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from haven.cases import questions
from haven.cases.changes import Change
from haven.cases.models import Answer, Assessment, Case, CaseKind, CaseStatus
from haven.core.events import Names, declare


class DeadlineReason(StrEnum):
    """Why the deadline is the short one (the question or rule that made it so)."""

    IMMEDIATE_RISK = "immediate_risk"
    MINOR_INVOLVED = "minor_involved"
    CSEA = "csea"
    SCAN = "scan"


REASON_TEXT = {
    DeadlineReason.IMMEDIATE_RISK: gettext_lazy("shorter: immediate risk"),
    DeadlineReason.MINOR_INVOLVED: gettext_lazy("shorter: someone involved may be a minor"),
    DeadlineReason.CSEA: gettext_lazy("shorter: the case is about a minor's abuse"),
    DeadlineReason.SCAN: gettext_lazy(
        "shorter: the scan found signs of urgency, not yet confirmed"
    ),
}


@dataclass(frozen=True)
class DeadlineChanged:
    due: datetime
    urgent: bool
    # Events recorded before the reason was kept have none; they read "the case is urgent".
    reason: DeadlineReason | None = None


def _deadline_details(p: DeadlineChanged, names: Names) -> list[str]:
    lines = [_("now due %s") % date_format(timezone.localtime(p.due), "DATETIME_FORMAT")]
    if not p.urgent:
        return lines
    return [*lines, str(REASON_TEXT[p.reason]) if p.reason else _("shorter: the case is urgent")]


DEADLINE_CHANGED = declare(
    "case.deadline_changed",
    DeadlineChanged,
    gettext_lazy("First-response deadline changed"),
    _deadline_details,
)


def is_urgent(kind: str, assessment: Assessment | None = None) -> bool:
    """A case about a minor's abuse, or one whose assessment answered "yes" to a
    question the table marks urgent (immediate risk, a minor involved), gets the
    short deadline."""
    return urgency_reason(kind, assessment) is not None


def urgency_reason(kind: str, assessment: Assessment | None = None) -> DeadlineReason | None:
    """The first reason that makes the deadline the short one: an answer, in the
    table's order, before the kind (the minors protocol turns the kind to CSEA
    because of the answer, and the answer is what the moderator gave)."""
    for q in questions.TABLE if assessment is not None else ():
        if q.urgent and getattr(assessment, q.name) == Answer.YES:
            return DeadlineReason(q.name)
    return DeadlineReason.CSEA if kind == CaseKind.CSEA else None


def response_due(created_at: datetime, *, urgent: bool) -> datetime:
    if urgent:
        return created_at + timedelta(minutes=settings.HAVEN_URGENT_RESPONSE_MINUTES)
    return created_at + timedelta(hours=settings.HAVEN_FIRST_RESPONSE_HOURS)


def is_overdue(case: Case, now: datetime | None = None) -> bool:
    return (
        case.status != CaseStatus.CLOSED
        and case.first_responded_at is None
        and case.first_response_due is not None
        and case.first_response_due < (now or timezone.now())
    )


def refresh_deadline(change: Change, *, reason: DeadlineReason | None) -> None:
    """Inside a change: set the deadline for the current urgency (``None``: not urgent)."""
    case = change.case
    urgent = reason is not None
    due = response_due(case.created_at, urgent=urgent)
    if case.first_responded_at is not None or case.first_response_due == due:
        return
    change.set(first_response_due=due)
    change.record(DEADLINE_CHANGED, DeadlineChanged(due, urgent, reason))
