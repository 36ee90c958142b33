"""A case moves by itself: a new case becomes "in progress" once someone works on
it, and a case that was closed or waiting is back in progress when a report arrives."""

from __future__ import annotations

from haven.cases.changes import AutoReason, Change
from haven.cases.models import CaseStatus
from haven.cases.transitions import StatusAction

# A new report means the situation goes on: the case is back in the inbox.
_BACK_ON_REPORT = {CaseStatus.CLOSED: StatusAction.REOPEN, CaseStatus.WAITING: StatusAction.RESUME}


def mark_started(change: Change) -> None:
    """Inside a change: new → in progress, on the timeline."""
    if change.case.status == CaseStatus.NEW:
        change.move(StatusAction.START, reason=AutoReason.WORK_BEGAN)


def back_in_progress(change: Change) -> None:
    """Inside a change: a closed or waiting case goes back to "in progress" because a
    report arrived, on the timeline."""
    action = _BACK_ON_REPORT.get(CaseStatus(change.case.status))
    if action is not None:
        change.move(action, reason=AutoReason.REPORT_RECEIVED)
