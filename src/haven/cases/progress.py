"""A case moves by itself: a new case becomes "in progress" once someone works on
it, and a case that was closed or waiting is back in progress when a report arrives."""

from __future__ import annotations

from django.utils import timezone

from haven.accounts.models import User
from haven.cases.models import Case, CaseStatus
from haven.cases.timeline import append_event
from haven.cases.transitions import StatusAction, next_status
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


# A new report means the situation goes on: the case is back in the inbox.
_BACK_ON_REPORT = {CaseStatus.CLOSED: StatusAction.REOPEN, CaseStatus.WAITING: StatusAction.RESUME}


def back_in_progress(case: Case, *, actor_id: int | None) -> None:
    """Inside the caller's transaction, with the case locked: a closed or waiting
    case goes back to "in progress" because a report arrived, on the timeline."""
    old = CaseStatus(case.status)
    action = _BACK_ON_REPORT.get(old)
    if action is None:
        return
    new = next_status(old, action)
    Case.objects.filter(pk=case.pk).update(
        status=new, closed_at=None, close_reason="", updated_at=timezone.now()
    )
    case.status, case.closed_at, case.close_reason = new, None, ""
    append_event(
        case,
        EventType.STATUS_CHANGED,
        actor_id=actor_id,
        payload={
            "from": old.value,
            "to": new.value,
            "action": action.value,
            "reason": "report_received",
        },
    )
