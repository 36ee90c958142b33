"""Notes on a case: free-standing ones, and notes that explain a timeline event.

The text is sealed under the case key, bound to the note's own id. A text that
arrives from or about the victim is scanned by the detector *before* the
change's transaction begins (``screening.read``), and its verdict recorded with it.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.utils.translation import gettext_lazy

from haven.accounts.models import User
from haven.cases import screening, sealing
from haven.cases.changes import Change, changing
from haven.cases.models import Case, CaseEvent, CaseNote, NoteKind
from haven.core.errors import InvalidInput
from haven.core.events import declare
from haven.detection import Context, Detection

MAX_TEXT = 100_000

# Texts that arrive from or about the victim are scanned by the detector.
# How the detector reads each: a disclosure or report comment is a report.
CONTEXTS = {
    NoteKind.DISCLOSURE: Context.REPORT_COMMENT,
    NoteKind.REPORT: Context.REPORT_COMMENT,
    NoteKind.REPORTED_POST: Context.REPORTED_POST,
}
SCANNED_KINDS = frozenset(CONTEXTS)


@dataclass(frozen=True)
class NoteAdded:
    note: int
    kind: NoteKind


NOTE_ADDED = declare(
    "case.note_added",
    NoteAdded,
    gettext_lazy("Note added"),
    lambda p, names: [str(p.kind.label)],
)


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


def write_note(
    change: Change, text: str, kind: NoteKind, found: Detection | None = None
) -> CaseNote:
    """Inside a change: a free-standing note, its event, and for a scanned kind its
    verdict (``found``, read before the transaction)."""
    if (kind in SCANNED_KINDS) != (found is not None):
        raise ValueError("A scanned kind of note comes with its detection, and only those.")
    note = _seal_new(change.case, kind, text, change.acting_user)
    change.record(NOTE_ADDED, NoteAdded(note.pk, kind))
    if found is not None:
        screening.record_scan(change, note, found)
    return note


def attach_note(
    case: Case, event: CaseEvent, kind: NoteKind, text: str, acting_user: User | None
) -> CaseNote:
    """Inside the caller's transaction: a note explaining ``event`` (no event of its own)."""
    return _seal_new(case, kind, text, acting_user, event)


def add_note(case: Case, text: str, *, acting_user: User, kind: str = NoteKind.NOTE) -> CaseNote:
    text = clean_text(text, "note")
    note_kind = NoteKind(kind)
    found = screening.read(text, CONTEXTS[note_kind]) if note_kind in SCANNED_KINDS else None
    with changing(case, acting_user=acting_user) as change:
        return write_note(change, text, note_kind, found)


def read_note(note: CaseNote) -> str:
    return sealing.unseal(note.case_id, f"note.{note.pk}", note.body_sealed)
