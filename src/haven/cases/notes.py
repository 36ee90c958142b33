"""Notes on a case: free-standing ones, and notes that explain a timeline event.

The text is sealed under the case key, bound to the note's own id.
"""

from __future__ import annotations

from django.db import transaction

from haven.accounts.models import User
from haven.cases import screening, sealing
from haven.cases.models import Case, CaseEvent, CaseNote, NoteKind
from haven.cases.timeline import append_event
from haven.core.errors import InvalidInput
from haven.core.events import EventType

MAX_TEXT = 100_000


def clean_text(value: str | None, what: str, *, required: bool = True) -> str:
    value = (value or "").strip()
    if required and not value:
        raise InvalidInput(f"The {what} is empty.")
    if len(value) > MAX_TEXT:
        raise InvalidInput(f"The {what} is longer than {MAX_TEXT} characters.")
    return value


def _seal_new(
    case: Case, kind: NoteKind, text: str, author: User | None, event: CaseEvent | None = None
) -> CaseNote:
    note = CaseNote(case=case, kind=kind, author=author, event=event, body_sealed=b"")
    note.save()
    note.body_sealed = sealing.seal(case.pk, f"note.{note.pk}", text)
    note.save(update_fields=["body_sealed"])
    return note


# Texts that arrive from or about the victim are scanned by the detector.
SCANNED_KINDS = frozenset({NoteKind.DISCLOSURE, NoteKind.REPORT, NoteKind.REPORTED_POST})


def write_note(case: Case, text: str, kind: NoteKind, acting_user: User | None) -> CaseNote:
    """Inside the caller's transaction: a free-standing note and its event (and its scan).

    ``acting_user`` is None when Haven itself records what arrived from outside.
    """
    note = _seal_new(case, kind, text, acting_user)
    append_event(
        case,
        EventType.NOTE_ADDED,
        actor_id=acting_user.pk if acting_user else None,
        payload={"note": note.pk, "kind": kind.value},
    )
    if kind in SCANNED_KINDS:
        screening.scan_note(case, note, text, acting_user=acting_user)
    return note


def attach_note(
    case: Case, event: CaseEvent, kind: NoteKind, text: str, acting_user: User
) -> CaseNote:
    """Inside the caller's transaction: a note explaining ``event`` (no event of its own)."""
    return _seal_new(case, kind, text, acting_user, event)


def add_note(case: Case, text: str, *, acting_user: User, kind: str = NoteKind.NOTE) -> CaseNote:
    text = clean_text(text, "note")
    with transaction.atomic():
        return write_note(case, text, NoteKind(kind), acting_user)


def read_note(note: CaseNote) -> str:
    return sealing.unseal(note.case_id, f"note.{note.pk}", note.body_sealed)
