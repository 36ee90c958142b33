"""The audit stream: who opened, read, revealed or downloaded what, apart from the case's story.

One hash chain for the whole desk, built like a case's timeline: each record's
hash covers its position, kind, actor, case, time, payload and the record
before it, and ``AuditHead`` keeps the newest. Kinds are declared with
``stream=Stream.AUDIT``; a read is written in the transaction of whatever the
reader did, or in its own.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import TypeVar

from django.db import transaction
from django.db.models import Q, QuerySet
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from haven.accounts.models import User
from haven.cases.checkpoints import register_chain
from haven.cases.models import AuditHead, AuditRecord, Case
from haven.cases.timeline import GENESIS, TimelineProblem, TimelineReport, event_hash
from haven.core.events import (
    EventKind,
    Id,
    Names,
    NoPayload,
    PayloadError,
    Stream,
    declare,
    kind_of,
)

P = TypeVar("P")
CHAIN = "audit"


class Part(StrEnum):
    """What of a case a person opened."""

    CASE = "case"
    TIMELINE = "timeline"


_PARTS = {Part.CASE: gettext_lazy("the case page"), Part.TIMELINE: gettext_lazy("the timeline")}


@dataclass(frozen=True)
class CaseViewed:
    what: Part = Part.CASE


@dataclass(frozen=True)
class MediaRevealed:
    media: Id


CASE_VIEWED = declare(
    "case.viewed",
    CaseViewed,
    gettext_lazy("Case opened for reading"),
    lambda p, names: [str(_PARTS[p.what])],
    stream=Stream.AUDIT,
)
MEDIA_REVEALED = declare(
    "media.revealed",
    MediaRevealed,
    gettext_lazy("Image revealed"),
    lambda p, names: [_("image %s") % p.media[:8]],
    stream=Stream.AUDIT,
)
AUDIT_READ = declare(
    "audit.read", NoPayload, gettext_lazy("Audit stream read"), stream=Stream.AUDIT
)


def record(
    kind: EventKind[P], *, actor: User | None, case_id: str = "", payload: P | None = None
) -> AuditRecord:
    """Append one record, in the caller's transaction or in its own."""
    if kind.stream != Stream.AUDIT:
        raise PayloadError(f"{kind.name} belongs to a case's timeline, not the audit stream.")
    if payload is None and kind.payload is NoPayload:
        payload = NoPayload()  # type: ignore[assignment]
    stored = kind.encode(payload)  # type: ignore[arg-type]
    with transaction.atomic():
        head = AuditHead.objects.select_for_update().filter(pk=1).first()
        if head is None:  # the first record of all
            AuditHead.objects.get_or_create(pk=1)
            head = AuditHead.objects.select_for_update().get(pk=1)
        entry = AuditRecord(
            seq=head.length + 1,
            type=kind.name,
            actor_id=actor.pk if actor else None,
            case_id=case_id,
            created_at=timezone.now(),
            payload=stored,
            prev_hash=head.head or GENESIS,
        )
        entry.hash = hash_of(entry)
        entry.save()
        head.length, head.head = entry.seq, entry.hash
        head.save(update_fields=["length", "head"])
    return entry


def record_view(case: Case, *, reader: User, part: Part) -> None:
    """A person opened part of a case: one record, nothing on the case's timeline."""
    record(CASE_VIEWED, actor=reader, case_id=case.pk, payload=CaseViewed(part))


def hash_of(entry: AuditRecord) -> str:
    return event_hash(
        case_id=f"{CHAIN}:{entry.case_id}",
        seq=entry.seq,
        type=entry.type,
        actor_id=entry.actor_id,
        created_at=entry.created_at,
        payload=entry.payload,
        prev_hash=entry.prev_hash,
    )


def records_for(
    reader: User, visible_case_ids: QuerySet[Case, str] | None
) -> QuerySet[AuditRecord]:
    """The stream as a safety lead reads it: records about cases they can see, and the rest."""
    if not reader.is_lead:
        return AuditRecord.objects.none()
    records = AuditRecord.objects.select_related("actor").order_by("-seq")
    if visible_case_ids is None:
        return records
    return records.filter(Q(case_id="") | Q(case_id__in=visible_case_ids))


def _heads() -> list[tuple[str, int, str]]:
    """The audit chain's head, for the checkpoints kept outside the database."""
    head = AuditHead.objects.filter(pk=1).first()
    return [(CHAIN, head.length, head.head)] if head else []


def _hash_at(chain_id: str, seq: int) -> str | None:
    return AuditRecord.objects.filter(seq=seq).values_list("hash", flat=True).first()


register_chain(CHAIN, _heads, hash_at=_hash_at)


def verify_audit() -> TimelineReport:
    """Recompute the audit chain and say where it was tampered with."""
    head = AuditHead.objects.filter(pk=1).first()
    length, newest = (head.length, head.head) if head else (0, "")
    report = TimelineReport(case_id=CHAIN)
    expected, prev = 1, GENESIS
    for entry in AuditRecord.objects.order_by("seq").iterator():
        report.events_checked += 1
        for missing in range(expected, entry.seq):
            report.problems.append(
                TimelineProblem(missing, None, "missing", f"Audit record #{missing} is missing.")
            )
        if hash_of(entry) != entry.hash:
            report.problems.append(
                TimelineProblem(
                    entry.seq, entry.pk, "altered", f"Audit record #{entry.seq} was altered."
                )
            )
        elif entry.prev_hash != prev:
            report.problems.append(
                TimelineProblem(
                    entry.seq,
                    entry.pk,
                    "broken_link",
                    f"Audit record #{entry.seq} does not follow the record before it.",
                )
            )
        expected, prev = entry.seq + 1, entry.hash
    for missing in range(expected, length + 1):
        report.problems.append(
            TimelineProblem(missing, None, "missing", f"Audit record #{missing} is missing.")
        )
    if length and prev != newest:
        report.problems.append(
            TimelineProblem(
                length, None, "head", "The newest audit record is not the recorded head."
            )
        )
    return report


def describe_lines(
    entries: list[AuditRecord], names: Names
) -> list[tuple[AuditRecord, str, list[str]]]:
    lines = []
    for entry in entries:
        kind = kind_of(entry.type)
        title = str(kind.title) if kind else entry.type
        lines.append((entry, title, kind.describe(entry.payload, names) if kind else []))
    return lines
