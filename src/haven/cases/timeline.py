"""The append-only, hash-chained timeline of a case.

Each event's hash covers the case, its position, type, actor, time, payload and
the previous event's hash; the case row keeps the newest hash and the count.
``verify_timeline`` recomputes the chain and names every event that was
altered, removed or inserted.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any, TypeVar

from django.db import connection
from django.utils import timezone

from haven.cases.models import Case, CaseEvent
from haven.core.events import EventKind, NoPayload, PayloadError, Stream, kind_of

GENESIS = "0" * 64
P = TypeVar("P")


def event_hash(
    *,
    case_id: str,
    seq: int,
    type: str,
    actor_id: int | None,
    created_at: datetime,
    payload: dict[str, Any],
    prev_hash: str,
) -> str:
    canonical = json.dumps(
        {
            "case": case_id,
            "seq": seq,
            "type": type,
            "actor": actor_id,
            "at": created_at.astimezone(UTC).isoformat(timespec="microseconds"),
            "payload": payload,
            "prev": prev_hash,
        },
        sort_keys=True,
        separators=(",", ":"),
        ensure_ascii=False,
    )
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def hash_of(event: CaseEvent) -> str:
    """The hash ``event`` must carry, from everything it records."""
    return event_hash(
        case_id=event.case_id,
        seq=event.seq,
        type=event.type,
        actor_id=event.actor_id,
        created_at=event.created_at,
        payload=event.payload,
        prev_hash=event.prev_hash,
    )


def append_event(
    case: Case,
    kind: EventKind[P],
    *,
    actor_id: int | None,
    payload: P | None = None,
    locked: bool = False,
) -> CaseEvent:
    """Add an event to ``case``'s timeline; must run inside the change's own transaction.

    ``locked`` says ``case`` is the row the caller already holds locked (see
    ``haven.cases.changes``), so its head is current and need not be read again.
    """
    if not connection.in_atomic_block:
        raise RuntimeError("append_event must run inside the transaction of the change.")
    if kind.stream != Stream.TIMELINE:
        raise PayloadError(f"{kind.name} belongs to the audit stream, not the timeline.")
    if payload is None and kind.payload is NoPayload:
        payload = NoPayload()  # type: ignore[assignment]
    stored = kind.encode(payload)  # type: ignore[arg-type]
    head = case
    if not locked:
        head = (
            Case.objects.select_for_update()
            .only("timeline_length", "timeline_head")
            .get(pk=case.pk)
        )
    seq = head.timeline_length + 1
    prev = head.timeline_head or GENESIS
    event = CaseEvent(
        case_id=case.pk,
        seq=seq,
        type=kind.name,
        actor_id=actor_id,
        created_at=timezone.now(),
        payload=stored,
        prev_hash=prev,
    )
    digest = event.hash = hash_of(event)
    event.save()
    Case.objects.filter(pk=case.pk).update(timeline_length=seq, timeline_head=digest)
    case.timeline_length, case.timeline_head = seq, digest
    return event


@dataclass(frozen=True)
class TimelineProblem:
    seq: int
    event_id: int | None
    kind: str  # "altered", "missing", "unexpected", "broken_link", "head", "undeclared"
    message: str


@dataclass
class TimelineReport:
    case_id: str
    events_checked: int = 0
    problems: list[TimelineProblem] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems

    def summary(self) -> str:
        if self.ok:
            return f"Timeline of case {self.case_id}: {self.events_checked} events, intact."
        lines = [f"Timeline of case {self.case_id}: {len(self.problems)} problem(s)."]
        lines += [f"  - {problem.message}" for problem in self.problems]
        return "\n".join(lines)


def _event_problems(event: CaseEvent, expected_seq: int, prev: str) -> list[TimelineProblem]:
    """What is wrong with one event that sits at or after its expected position."""
    where = f"Event #{event.seq} (row {event.pk})"
    found = [
        TimelineProblem(missing, None, "missing", f"Event #{missing} is missing.")
        for missing in range(expected_seq, event.seq)
    ]
    if kind_of(event.type) is None:
        said = f"{where} is of a kind no module declares ({event.type[:64]!r})."
        found.append(TimelineProblem(event.seq, event.pk, "undeclared", said))
    if hash_of(event) != event.hash:
        said = f"{where} was altered after it was written."
        found.append(TimelineProblem(event.seq, event.pk, "altered", said))
    elif event.prev_hash != prev and event.seq == expected_seq:
        said = f"{where} does not follow the event before it."
        found.append(TimelineProblem(event.seq, event.pk, "broken_link", said))
    return found


def verify_timeline(case: Case) -> TimelineReport:
    """Recompute the chain of ``case`` and say where it was tampered with."""
    case.refresh_from_db(fields=["timeline_length", "timeline_head"])
    report = TimelineReport(case_id=case.pk)
    length, head_hash = case.timeline_length, None
    expected_seq, prev = 1, GENESIS
    for event in CaseEvent.objects.filter(case_id=case.pk).order_by("seq", "id").iterator():
        report.events_checked += 1
        where = f"Event #{event.seq} (row {event.pk})"
        if event.seq > length or event.seq < expected_seq:
            why = (
                "lies beyond the case's recorded head"
                if event.seq > length
                else "repeats a position"
            )
            report.problems.append(
                TimelineProblem(event.seq, event.pk, "unexpected", f"{where} {why}.")
            )
            continue
        report.problems += _event_problems(event, expected_seq, prev)
        if event.seq == length:
            head_hash = event.hash
        expected_seq, prev = event.seq + 1, event.hash
    report.problems += [
        TimelineProblem(missing, None, "missing", f"Event #{missing} is missing.")
        for missing in range(expected_seq, length + 1)
    ]
    if head_hash is not None and head_hash != case.timeline_head:
        said = "The newest event does not match the case's recorded head."
        report.problems.append(TimelineProblem(length, None, "head", said))
    return report
