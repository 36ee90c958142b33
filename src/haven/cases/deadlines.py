"""The first-response deadline of a case: a setting, shorter when there is immediate risk."""

from __future__ import annotations

from datetime import datetime, timedelta

from django.conf import settings
from django.utils import timezone

from haven.cases.models import Answer, Assessment, Case, CaseKind, CaseStatus
from haven.cases.timeline import append_event
from haven.core.events import EventType


def is_urgent(kind: str, assessment: Assessment | None = None) -> bool:
    """A case about a minor's abuse, or one whose assessment found an immediate
    risk or a minor involved, gets the short deadline."""
    if kind == CaseKind.CSEA:
        return True
    return assessment is not None and Answer.YES in (
        assessment.immediate_risk,
        assessment.minor_involved,
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


def refresh_deadline(case: Case, *, urgent: bool, actor_id: int | None) -> None:
    """Inside the caller's transaction: set the deadline for the current urgency."""
    due = response_due(case.created_at, urgent=urgent)
    if case.first_responded_at is not None or case.first_response_due == due:
        return
    Case.objects.filter(pk=case.pk).update(first_response_due=due)
    case.first_response_due = due
    append_event(
        case,
        EventType.DEADLINE_CHANGED,
        actor_id=actor_id,
        payload={"due": due.isoformat(), "urgent": urgent},
    )
