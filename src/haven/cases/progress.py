"""A new case becomes "in progress" by itself once someone works on it."""

from __future__ import annotations

from django.utils import timezone

from haven.accounts.models import User
from haven.cases.models import Case, CaseStatus
from haven.cases.timeline import append_event
from haven.core.events import EventType


def mark_started(case: Case, *, acting_user: User) -> None:
    """Inside the caller's transaction: new → in progress, on the timeline."""
    updated = Case.objects.filter(pk=case.pk, status=CaseStatus.NEW).update(
        status=CaseStatus.OPEN, updated_at=timezone.now()
    )
    if updated:
        case.status = CaseStatus.OPEN
        append_event(
            case,
            EventType.STATUS_CHANGED,
            actor_id=acting_user.pk,
            payload={
                "from": CaseStatus.NEW.value,
                "to": CaseStatus.OPEN.value,
                "action": "start",
                "reason": "work_began",
            },
        )
