"""Every text that arrives on a case is scanned by the sextortion detector.

The verdict is an event on the case, written in the same transaction as the
note. What the scan found about immediate risk, threats, demands, evidence or a
possible minor is offered to the moderator as a *suggested* answer on the
assessment: it pre-fills the form, and nothing is decided until they save it.
"""

from __future__ import annotations

from dataclasses import dataclass

from haven.accounts.models import User
from haven.cases.models import Answer, Case, CaseNote, TextScan
from haven.cases.timeline import append_event
from haven.core.events import EventType
from haven.detection import detect
from haven.detection.assessment import QUESTION_SIGNALS
from haven.detection.detection import Signal, SignalType


def scan_note(case: Case, note: CaseNote, text: str, *, acting_user: User | None) -> TextScan:
    """Inside the caller's transaction: scan ``text`` (the note's clear text) and record it."""
    found = detect(text)
    scan = TextScan.objects.create(
        case=case,
        note=note,
        label=found.label.value,
        score=round(found.score, 4),
        lang=found.lang,
        signals=[[s.type.value, s.start, s.end] for s in found.signals],
    )
    append_event(
        case,
        EventType.TEXT_SCANNED,
        actor_id=acting_user.pk if acting_user else None,
        payload={
            "note": note.pk,
            "label": found.label.value,
            "score": round(found.score * 100),
            "signals": sorted(str(kind) for kind in found.signal_types),
        },
    )
    return scan


def scan_together(
    case: Case, posts: list[tuple[CaseNote, str]], *, acting_user: User | None
) -> None:
    """Inside the caller's transaction: scan a report's posts as one conversation.

    A perpetrator often spreads a threat over several messages ("I have your
    pics", "send $300", "or your followers see them"), none of which says it
    all. Only the verdict is kept, on the timeline: the words are marked in
    each post by its own scan.
    """
    found = detect("\n\n".join(text for _note, text in posts))
    append_event(
        case,
        EventType.REPORT_SCANNED,
        actor_id=acting_user.pk if acting_user else None,
        payload={
            "notes": [note.pk for note, _text in posts],
            "label": found.label.value,
            "score": round(found.score * 100),
            "signals": sorted(str(kind) for kind in found.signal_types),
        },
    )


@dataclass(frozen=True)
class Suggestion:
    question: str
    answer: Answer
    note_id: int
    matches: tuple[str, ...]


def suggestions(
    case: Case, answers: dict[str, str], texts: dict[int, str]
) -> dict[str, Suggestion]:
    """Suggested answers for the questions still "unknown", from the case's scans.

    ``texts`` maps note ids to their clear text (the caller decrypted them for a
    member), so the suggestion can quote the words it rests on.
    """
    found: dict[str, Suggestion] = {}
    for scan in TextScan.objects.filter(case=case).order_by("created_at", "pk"):
        text = texts.get(scan.note_id)
        if text is None:
            continue
        for question, kinds in QUESTION_SIGNALS.items():
            if answers.get(question) != Answer.UNKNOWN or question in found:
                continue
            words = tuple(text[start:end] for kind, start, end in scan.signals if kind in kinds)
            if words:
                found[question] = Suggestion(question, Answer.YES, scan.note_id, words[:3])
    return found


def signal_spans(scan: TextScan) -> list[Signal]:
    return [Signal(SignalType(kind), start, end, "") for kind, start, end in scan.signals]
