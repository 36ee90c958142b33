"""First response to the victim: its deadline, its record, and the guard on closing a case.

The guide's first gotcha is "dismissing a report or not taking it seriously
enough": a case cannot be closed until a response to the victim is recorded, or
a reason is given, and that reason is on the timeline.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from haven.accounts.models import User
from haven.cases import notes, progress
from haven.cases.changes import changing
from haven.cases.models import Case, CloseReason, NoteKind
from haven.cases.transitions import StatusAction, next_status
from haven.core.choices import choice
from haven.core.errors import Conflict, InvalidInput
from haven.core.events import Names, declare


class ResponseChannel(models.TextChoices):
    FEDIVERSE = "fediverse", gettext_lazy("A direct message on the fediverse")
    PORTAL = "portal", gettext_lazy("The confidential report page")
    EMAIL = "email", gettext_lazy("E-mail")
    OTHER = "other", gettext_lazy("Another way")


@dataclass(frozen=True)
class ResponseRecorded:
    channel: ResponseChannel
    first: bool


def _response_details(p: ResponseRecorded, names: Names) -> list[str]:
    return [str(p.channel.label)] + ([_("the first response")] if p.first else [])


RESPONSE_RECORDED = declare(
    "case.response_recorded",
    ResponseRecorded,
    gettext_lazy("Response to the victim recorded"),
    _response_details,
)


def record_response(
    case: Case, *, acting_user: User, channel: str, note: str | None = None
) -> None:
    """Record that the victim was answered (how; what was said, sealed)."""
    channel = choice(ResponseChannel, channel, "way of responding")
    text = notes.clean_text(note, "note", required=False)
    with changing(case, acting_user=acting_user) as change:
        first = change.case.first_responded_at is None
        if first:
            change.set(first_responded_at=timezone.now())
        progress.mark_started(change)
        event = change.record(RESPONSE_RECORDED, ResponseRecorded(channel, first))
        if text:
            notes.attach_note(change.case, event, NoteKind.RESPONSE, text, acting_user)


def close_case(case: Case, *, acting_user: User, reason: str, note: str | None = None) -> Case:
    """Close ``case``; refused without a recorded response unless a reason says why."""
    reason = choice(CloseReason, reason, "reason for closing")
    text = notes.clean_text(note, "note", required=False)
    with changing(case, acting_user=acting_user) as change:
        next_status(change.case.status, StatusAction.CLOSE)  # refused first if it cannot close
        if reason == CloseReason.RESPONDED and change.case.first_responded_at is None:
            raise Conflict(
                "This case cannot be closed yet: no response to the victim is recorded. "
                "Record the response first, or choose the reason it cannot be given.",
                code="no_response",
            )
        if reason == CloseReason.OTHER and not text:
            raise InvalidInput("Say why the case is closed.", code="reason_needed")
        event = change.move(StatusAction.CLOSE, reason=reason)
        if text:
            notes.attach_note(change.case, event, NoteKind.CLOSING, text, acting_user)
    return case
