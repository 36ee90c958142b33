"""The one place a case's status changes: a pure function over a table."""

from __future__ import annotations

from enum import StrEnum

from haven.cases.models import CaseStatus
from haven.core.errors import Conflict


class StatusAction(StrEnum):
    START = "start"
    WAIT = "wait"
    RESUME = "resume"
    CLOSE = "close"
    REOPEN = "reopen"
    ERASE = "erase"


TRANSITIONS: dict[tuple[CaseStatus, StatusAction], CaseStatus] = {
    (CaseStatus.NEW, StatusAction.START): CaseStatus.OPEN,
    (CaseStatus.NEW, StatusAction.WAIT): CaseStatus.WAITING,
    (CaseStatus.NEW, StatusAction.CLOSE): CaseStatus.CLOSED,
    (CaseStatus.OPEN, StatusAction.WAIT): CaseStatus.WAITING,
    (CaseStatus.OPEN, StatusAction.CLOSE): CaseStatus.CLOSED,
    (CaseStatus.WAITING, StatusAction.RESUME): CaseStatus.OPEN,
    (CaseStatus.WAITING, StatusAction.CLOSE): CaseStatus.CLOSED,
    (CaseStatus.CLOSED, StatusAction.REOPEN): CaseStatus.OPEN,
    # An erased case is closed, whatever it was.
    (CaseStatus.NEW, StatusAction.ERASE): CaseStatus.CLOSED,
    (CaseStatus.OPEN, StatusAction.ERASE): CaseStatus.CLOSED,
    (CaseStatus.WAITING, StatusAction.ERASE): CaseStatus.CLOSED,
    (CaseStatus.CLOSED, StatusAction.ERASE): CaseStatus.CLOSED,
}


def next_status(current: str, action: str) -> CaseStatus:
    try:
        return TRANSITIONS[(CaseStatus(current), StatusAction(action))]
    except (KeyError, ValueError):
        raise Conflict(
            f"A case that is {current!s} cannot take the action {action!s}.",
            code="invalid_transition",
        ) from None
