"""First response to the victim: its deadline, its record, and the guard on closing a case.

The guide's first gotcha is "dismissing a report or not taking it seriously
enough": a case cannot be closed until a response to the victim is recorded, or
a reason is given, and that reason is on the timeline.
"""

from __future__ import annotations

from django.db import models, transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from haven.accounts.models import User
from haven.cases import notes, progress
from haven.cases.models import Case, CloseReason, NoteKind
from haven.cases.timeline import append_event
from haven.cases.transitions import StatusAction, next_status
from haven.core.choices import choice
from haven.core.errors import Conflict, InvalidInput
from haven.core.events import EventType


class ResponseChannel(models.TextChoices):
    FEDIVERSE = "fediverse", _("A direct message on the fediverse")
    PORTAL = "portal", _("The confidential report page")
    EMAIL = "email", _("E-mail")
    OTHER = "other", _("Another way")


def record_response(
    case: Case, *, acting_user: User, channel: str, note: str | None = None
) -> None:
    """Record that the victim was answered (how; what was said, sealed)."""
    channel = choice(ResponseChannel, channel, "way of responding")
    text = notes.clean_text(note, "note", required=False)
    with transaction.atomic():
        current = Case.objects.select_for_update().get(pk=case.pk)
        now = timezone.now()
        first = current.first_responded_at is None
        if first:
            current.first_responded_at = now
            current.save(update_fields=["first_responded_at", "updated_at"])
        progress.mark_started(current, acting_user=acting_user)
        event = append_event(
            current,
            EventType.RESPONSE_RECORDED,
            actor_id=acting_user.pk,
            payload={"channel": str(channel), "first": first},
        )
        if text:
            notes.attach_note(current, event, NoteKind.RESPONSE, text, acting_user)
    case.first_responded_at, case.status = current.first_responded_at, current.status


def close_case(case: Case, *, acting_user: User, reason: str, note: str | None = None) -> Case:
    """Close ``case``; refused without a recorded response unless a reason says why."""
    reason = choice(CloseReason, reason, "reason for closing")
    text = notes.clean_text(note, "note", required=False)
    with transaction.atomic():
        current = Case.objects.select_for_update().get(pk=case.pk)
        new = next_status(current.status, StatusAction.CLOSE)
        if reason == CloseReason.RESPONDED and current.first_responded_at is None:
            raise Conflict(
                "This case cannot be closed yet: no response to the victim is recorded. "
                "Record the response first, or choose the reason it cannot be given.",
                code="no_response",
            )
        if reason == CloseReason.OTHER and not text:
            raise InvalidInput("Say why the case is closed.", code="reason_needed")
        old = current.status
        current.status, current.closed_at, current.close_reason = new, timezone.now(), reason
        current.save(update_fields=["status", "closed_at", "close_reason", "updated_at"])
        event = append_event(
            current,
            EventType.STATUS_CHANGED,
            actor_id=acting_user.pk,
            payload={"from": old, "to": new.value, "action": "close", "reason": reason.value},
        )
        if text:
            notes.attach_note(current, event, NoteKind.CLOSING, text, acting_user)
    case.status, case.closed_at, case.close_reason = new, current.closed_at, reason
    return case
