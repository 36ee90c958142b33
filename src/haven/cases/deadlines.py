"""The first-response deadline of a case: a setting, shorter when there is immediate risk."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from django.conf import settings
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from haven.cases import questions
from haven.cases.changes import Change
from haven.cases.models import Answer, Assessment, Case, CaseKind, CaseStatus
from haven.core.events import Names, declare


@dataclass(frozen=True)
class DeadlineChanged:
    due: datetime
    urgent: bool


def _deadline_details(p: DeadlineChanged, names: Names) -> list[str]:
    lines = [_("now due %s") % date_format(timezone.localtime(p.due), "DATETIME_FORMAT")]
    return lines + ([_("shorter: the case is urgent")] if p.urgent else [])


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
    if kind == CaseKind.CSEA:
        return True
    return assessment is not None and any(
        getattr(assessment, q.name) == Answer.YES for q in questions.TABLE if q.urgent
    )


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


def refresh_deadline(change: Change, *, urgent: bool) -> None:
    """Inside a change: set the deadline for the current urgency."""
    case = change.case
    due = response_due(case.created_at, urgent=urgent)
    if case.first_responded_at is not None or case.first_response_due == due:
        return
    change.set(first_response_due=due)
    change.record(DEADLINE_CHANGED, DeadlineChanged(due, urgent))
