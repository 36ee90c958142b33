"""Every text that arrives on a case is scanned by the sextortion detector.

The scan runs before the change's transaction (``read``), so no lock is held
while the detector works; the verdict is then an event on the case, written in
the same transaction as the note (``record_scan``). What the scan found about
immediate risk, threats, demands, evidence or a possible minor is offered to the
moderator as a *suggested* answer on the assessment: it pre-fills the form, and
nothing is decided until they save it; only the urgency of self-harm and of a
possible minor is applied at once (``scan_urgency``).
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from haven.cases import questions, scan_urgency
from haven.cases.changes import Change
from haven.cases.models import Answer, Case, CaseNote, TextScan
from haven.core.events import Names, declare
from haven.detection import Context, Detection, Label, detect
from haven.detection.detection import Signal, SignalType

logger = logging.getLogger(__name__)

SIGNAL_NAMES = {
    SignalType.THREAT_TO_EXPOSE: gettext_lazy("threat to expose"),
    SignalType.INTIMATE_MATERIAL: gettext_lazy("intimate material"),
    SignalType.AUDIENCE: gettext_lazy("who would see it"),
    SignalType.DEMAND_MONEY: gettext_lazy("demand for money"),
    SignalType.DEMAND_MATERIAL: gettext_lazy("demand for more material"),
    SignalType.DEMAND_ACTION: gettext_lazy("demand for an action"),
    SignalType.DEADLINE: gettext_lazy("deadline"),
    SignalType.PROOF_OF_POSSESSION: gettext_lazy("proof of possession"),
    SignalType.VICTIM_DISCLOSURE: gettext_lazy("first-person disclosure"),
    SignalType.THIRD_PARTY_WARNING: gettext_lazy("warning about an account"),
    SignalType.SELF_HARM_RISK: gettext_lazy("possible risk of self-harm"),
    SignalType.MINOR_INDICATOR: gettext_lazy("possible minor"),
}


@dataclass(frozen=True)
class TextScanned:
    note: int
    label: Label
    score: int  # percent
    signals: tuple[SignalType, ...]


@dataclass(frozen=True)
class ReportScanned:
    notes: tuple[int, ...]
    label: Label
    score: int
    signals: tuple[SignalType, ...]


def signal_names(kinds: Iterable[str]) -> tuple[str, ...]:
    """The signals' names in words, each once, in the order given."""
    named = {str(kind): name for kind, name in SIGNAL_NAMES.items()}
    return tuple(str(named[k]) for k in dict.fromkeys(kinds) if k in named)


def _scanned_details(p: TextScanned | ReportScanned, names: Names) -> list[str]:
    found = (
        _("looks like sextortion")
        if p.label == Label.SEXTORTION
        else _("does not look like sextortion")
    )
    lines = [f"{found} ({_('score')} {p.score}%)"]
    said = signal_names(str(kind) for kind in p.signals)
    return lines + ([_("signals: %s") % ", ".join(said)] if said else [])


TEXT_SCANNED = declare(
    "detection.scanned",
    TextScanned,
    gettext_lazy("Text scanned for signs of sextortion"),
    _scanned_details,
)
REPORT_SCANNED = declare(
    "detection.report_scanned",
    ReportScanned,
    gettext_lazy("Reported posts read together for signs of sextortion"),
    _scanned_details,
)


def warm_up() -> None:
    """Load the detector's lexicons and language model now, not on the first report."""
    detect("warm-up: I have your photos, pay or everyone sees them. Je t'ai filmé.")
    logger.info("detector ready")


def read(text: str, context: Context = Context.REPORT_COMMENT) -> Detection:
    """Scan one text; call it before the change's transaction begins.

    ``context`` says what the text is: inside Haven a comment or disclosure is a
    report, so "a member says an account threatens to…" is read as one, not as
    news retelling a case; a reported post is read as the post it is.
    """
    return detect(text, context=context)


def read_together(texts: list[str]) -> Detection:
    """A report's posts as one conversation: a threat is often spread over several
    messages ("I have your pics", "send $300", "or your followers see them")."""
    return detect("\n\n".join(texts), context=Context.REPORTED_POST)


def _signal_kinds(found: Detection) -> tuple[SignalType, ...]:
    return tuple(sorted(found.signal_types, key=str))


def record_scan(change: Change, note: CaseNote, found: Detection) -> TextScan:
    """Inside a change: the verdict on one note, as a row and an event."""
    scan = TextScan.objects.create(
        case=change.case,
        note=note,
        label=found.label.value,
        score=round(found.score, 4),
        lang=found.lang,
        signals=[[s.type.value, s.start, s.end] for s in found.signals],
    )
    change.record(
        TEXT_SCANNED,
        TextScanned(note.pk, found.label, round(found.score * 100), _signal_kinds(found)),
    )
    scan_urgency.after_scan(change, set(found.signal_types))
    return scan


def record_together(change: Change, notes: list[CaseNote], found: Detection) -> None:
    """Inside a change: the verdict on a report's posts read together (only on the
    timeline: the words are marked in each post by its own scan)."""
    change.record(
        REPORT_SCANNED,
        ReportScanned(
            tuple(note.pk for note in notes),
            found.label,
            round(found.score * 100),
            _signal_kinds(found),
        ),
    )
    scan_urgency.after_scan(change, set(found.signal_types))


@dataclass(frozen=True)
class Suggestion:
    question: str
    answer: Answer
    note_id: int
    matches: tuple[str, ...]


def suggestions(
    scans: Iterable[TextScan], answers: Mapping[str, str], texts: Mapping[int, str]
) -> dict[str, Suggestion]:
    """Suggested answers for the questions still "unknown", from the case's scans.

    ``texts`` maps note ids to their clear text (the caller decrypted them for a
    member), so the suggestion can quote the words it rests on.
    """
    found: dict[str, Suggestion] = {}
    for scan in sorted(scans, key=lambda s: (s.created_at, s.pk)):
        text = texts.get(scan.note_id)
        if text is None:
            continue
        for question in questions.TABLE:
            name = question.name
            if answers.get(name) != Answer.UNKNOWN or name in found or not question.signals:
                continue
            kinds = {str(kind) for kind in question.signals}
            words = tuple(text[start:end] for kind, start, end in scan.signals if kind in kinds)
            if words:
                found[name] = Suggestion(name, Answer.YES, scan.note_id, words[:3])
    return found


def signal_spans(scan: TextScan) -> list[Signal]:
    return [Signal(SignalType(kind), start, end, "") for kind, start, end in scan.signals]


def case_scans(case: Case) -> list[TextScan]:
    return list(TextScan.objects.filter(case=case))
