"""Turns case records into what a moderator reads: sentences, not payloads."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from django.db.models import Choices
from django.utils import timezone
from django.utils.safestring import SafeString
from django.utils.timesince import timesince, timeuntil
from django.utils.translation import gettext as _

from haven.accounts.models import User
from haven.cases import actions, notes, screening
from haven.cases.models import (
    Case,
    CaseEvent,
    CaseNote,
    CaseParty,
    CaseStatus,
    ConsentMethod,
    ConsentRecord,
    ConsentScope,
    NoteKind,
    PartyRole,
    TextScan,
)
from haven.core.errors import ContentErased
from haven.core.events import describe, kind_of
from haven.evidence.models import EvidenceItem
from haven.web import scans


@dataclass
class NoteLine:
    kind: str
    author: str
    at: datetime
    body: str
    note_id: int = 0
    # For a scanned note: the body with the detector's signals marked, and its verdict.
    marked: SafeString | None = None
    verdict: str = ""
    signal_names: tuple[str, ...] = ()
    # On the last post of a report: the verdict on all its posts read together.
    together: str = ""
    # A moderator's word on the verdict: "right", "wrong" or "" (not marked).
    mark: str = ""
    mark_by: str = ""


@dataclass
class EventLine:
    seq: int
    at: datetime
    actor: str
    title: str
    details: list[str] = field(default_factory=list)
    notes: list[NoteLine] = field(default_factory=list)


@dataclass
class PartyLine:
    role: str
    account: str
    description: str
    other_cases: int


@dataclass(frozen=True)
class Deadline:
    """The first-response deadline as a moderator reads it; ``overdue`` is also a text label."""

    text: str
    overdue: bool = False
    answered: bool = False


@dataclass(frozen=True)
class ConsentLine:
    scope: str
    label: str
    state: str  # "given", "withdrawn" or "not_asked": a CSS hook and a test handle
    state_label: str
    by: str
    method: str
    at: datetime | None


@dataclass(frozen=True)
class MediaLine:
    id: str
    kept: bool
    kept_under: str
    sha256: str
    size: int
    width: int
    height: int
    added_at: datetime
    discarded_at: datetime | None


def _label(choices: type[Choices], value: object) -> str:
    return str(dict(choices.choices).get(value, value))


def note_line(note: CaseNote, scan: TextScan | None = None) -> NoteLine:
    try:
        body = notes.read_note(note)
    except ContentErased:
        body, scan = _("[erased]"), None
    line = NoteLine(
        kind=_label(NoteKind, note.kind),
        author=note.author.get_username() if note.author else _("Haven"),
        at=note.created_at,
        body=body,
        note_id=note.pk,
    )
    if scan is not None:
        line.marked = scans.mark_signals(body, [tuple(span) for span in scan.signals])
        line.verdict = scans.verdict(scan)
        line.signal_names = screening.signal_names(k for k, _s, _e in scan.signals)
        mark = getattr(scan, "mark", None)
        if mark is not None:
            line.mark = "right" if mark.right else "wrong"
            line.mark_by = mark.marked_by.get_username() if mark.marked_by else ""
    return line


def _details(name: str, payload: Mapping[str, object], names: dict[int, str]) -> list[str]:
    kind = kind_of(name)
    if kind is None:  # a kind no module declares any more: show what it holds
        return [f"{key}: {value}" for key, value in sorted(payload.items())]
    return kind.describe(payload, names)


def timeline_lines(
    events: Iterable[CaseEvent], event_notes: Iterable[CaseNote] = ()
) -> list[EventLine]:
    """The timeline as sentences; ``event_notes`` are shown under the event they explain."""
    events = list(events)
    by_event: dict[int, list[NoteLine]] = {}
    for note in event_notes:
        if note.event_id is not None:
            by_event.setdefault(note.event_id, []).append(note_line(note))
    user_ids = {e.payload.get("user") for e in events if isinstance(e.payload.get("user"), int)}
    names = dict(User.objects.filter(pk__in=user_ids).values_list("pk", "username"))
    return [
        EventLine(
            seq=event.seq,
            at=event.created_at,
            actor=event.actor.get_username() if event.actor else _("Haven"),
            title=describe(event.type),
            details=_details(event.type, event.payload, names),
            notes=by_event.get(event.pk, []),
        )
        for event in events
    ]


def party_lines(parties: Iterable[CaseParty], other_cases: Mapping[int, int]) -> list[PartyLine]:
    """People on a case; ``other_cases`` counts, by subject, the other cases where the
    viewer sees that account as a perpetrator (``access.other_cases_of_perpetrators``)."""
    lines = []
    for party in parties:
        try:
            account = actions.read_party_account(party)
            description = actions.read_party_label(party)
        except ContentErased:
            account, description = "", _("[erased]")
        lines.append(
            PartyLine(
                _label(PartyRole, party.role),
                f"@{account}" if account else "",
                description,
                other_cases.get(party.subject_id, 0)
                if party.subject_id and party.role == PartyRole.PERPETRATOR
                else 0,
            )
        )
    return lines


def deadline_of(case: Case, now: datetime | None = None) -> Deadline:
    """Reads only fields of the case row: safe to call once per inbox row."""
    now = now or timezone.now()
    minute = timedelta(minutes=1)
    if case.first_responded_at is not None:
        if now - case.first_responded_at < minute:
            return Deadline(_("answered just now"), answered=True)
        return Deadline(
            _("answered %s ago") % timesince(case.first_responded_at, now, depth=1),
            answered=True,
        )
    if case.status == CaseStatus.CLOSED or case.first_response_due is None:
        return Deadline("")
    if case.first_response_due < now:
        if now - case.first_response_due < minute:
            return Deadline(_("OVERDUE now"), overdue=True)
        return Deadline(_("OVERDUE by %s") % timesince(case.first_response_due, now), overdue=True)
    return Deadline(_("due in %s") % timeuntil(case.first_response_due, now))


def consent_lines(current: Mapping[ConsentScope, ConsentRecord | None]) -> list[ConsentLine]:
    lines = []
    for scope in ConsentScope:
        record = current.get(scope)
        if record is None:
            lines.append(
                ConsentLine(
                    scope.value, str(scope.label), "not_asked", _("Not asked"), "", "", None
                )
            )
            continue
        lines.append(
            ConsentLine(
                scope=scope.value,
                label=str(scope.label),
                state="given" if record.given else "withdrawn",
                state_label=_("Given") if record.given else _("Withdrawn"),
                by=record.recorded_by.get_username() if record.recorded_by else "",
                method=_label(ConsentMethod, record.method),
                at=record.recorded_at,
            )
        )
    return lines


def media_lines(items: Iterable[EvidenceItem]) -> list[MediaLine]:
    return [
        MediaLine(
            id=item.pk,
            kept=item.kept,
            kept_under=_label(ConsentScope, item.kept_under) if item.kept_under else "",
            sha256=item.sha256,
            size=item.size,
            width=item.width,
            height=item.height,
            added_at=item.added_at,
            discarded_at=item.discarded_at,
        )
        for item in items
    ]


def step_notes(case_notes: Iterable[CaseNote]) -> dict[str, NoteLine]:
    """The newest note on each step, from notes fetched with their event."""
    newest: dict[str, NoteLine] = {}
    for note in case_notes:
        if note.kind == NoteKind.STEP and note.event is not None:
            newest[str(note.event.payload.get("step", ""))] = note_line(note)
    return newest
