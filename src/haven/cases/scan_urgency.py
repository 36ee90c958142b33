"""Urgency from the scan: a case that may speak of self-harm or a minor is urgent at once.

When a scan finds the signals of a question that makes a case urgent (immediate
risk, a minor involved) and nobody has answered that question yet, the case
gets the urgent deadline and the critical priority in the same transaction as
the scan, marked "from the scan, not yet confirmed". The answers themselves
stay suggestions: nothing is saved for the moderator. Once every such question
has an answer (yes or no), the assessment alone decides again.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from haven.cases import deadlines, questions
from haven.cases.changes import Change
from haven.cases.models import Answer, Assessment, CaseEvent, Priority, TextScan
from haven.cases.priority import RuleName
from haven.core.events import Names, declare
from haven.detection.detection import SignalType

URGENT_QUESTIONS = tuple(q for q in questions.TABLE if q.urgent and q.signals)


@dataclass(frozen=True)
class UrgentFromScan:
    """The signals that raised an urgent question nobody has answered."""

    signals: tuple[SignalType, ...]


@dataclass(frozen=True)
class ScanUrgencySettled:
    """Every urgent question the scan raised has an answer now."""

    signals: tuple[SignalType, ...]


def _short(signals: tuple[SignalType, ...]) -> str:
    return ", ".join(str(q.short) for q in URGENT_QUESTIONS if set(q.signals) & set(signals))


def _urgent_details(p: UrgentFromScan, names: Names) -> list[str]:
    return [_("the scan suggests: %s (not yet confirmed)") % _short(p.signals)]


def _settled_details(p: ScanUrgencySettled, names: Names) -> list[str]:
    return [_("answered: %s") % _short(p.signals)]


URGENT_FROM_SCAN = declare(
    "case.urgent_from_scan",
    UrgentFromScan,
    gettext_lazy("Urgent from the scan, not yet confirmed"),
    _urgent_details,
)
SCAN_URGENCY_SETTLED = declare(
    "case.scan_urgency_settled",
    ScanUrgencySettled,
    gettext_lazy("The questions the scan raised are answered"),
    _settled_details,
)


def _unanswered(assessment: Assessment, found: set[SignalType]) -> tuple[SignalType, ...]:
    """The found signals of the urgent questions still answered "unknown"."""
    raised = {
        signal
        for q in URGENT_QUESTIONS
        if getattr(assessment, q.name) == Answer.UNKNOWN
        for signal in found & set(q.signals)
    }
    return tuple(sorted(raised, key=str))


def _found_on_case(change: Change) -> set[SignalType]:
    """What the case's scans found, and what earlier raisings recorded (the scan of a
    victim's message on the follow-up page keeps no TextScan: its event says it)."""
    kinds = {str(q_signal) for q in URGENT_QUESTIONS for q_signal in q.signals}
    found: set[SignalType] = set()
    for signals in TextScan.objects.filter(case=change.case).values_list("signals", flat=True):
        found |= {SignalType(kind) for kind, _start, _end in signals if kind in kinds}
    raised = CaseEvent.objects.filter(case=change.case, type=URGENT_FROM_SCAN.name)
    for payload in raised.values_list("payload", flat=True):
        found |= {SignalType(kind) for kind in payload.get("signals") or () if kind in kinds}
    return found


def after_scan(change: Change, found: set[SignalType]) -> None:
    """Inside the scan's change: make the case urgent if the scan raised an open question."""
    assessment = Assessment.objects.get(case=change.case)
    raised = _unanswered(assessment, found)
    if not raised:
        return
    if not change.case.urgent_from_scan:
        change.set(urgent_from_scan=True)
        change.record(URGENT_FROM_SCAN, UrgentFromScan(raised))
    elif not set(raised) <= _found_on_case(change):
        change.record(URGENT_FROM_SCAN, UrgentFromScan(raised))
    if change.case.priority < Priority.CRITICAL:
        change.set_priority(Priority.CRITICAL, reason=RuleName.SCAN)
    deadlines.refresh_deadline(change, reason=deadlines.DeadlineReason.SCAN)


def still_raised(change: Change, assessment: Assessment) -> bool:
    """After an assessment change: is a question the scan raised still unanswered?

    Ends the mark (with its event) once every such question has an answer.
    """
    if not change.case.urgent_from_scan:
        return False
    found = _found_on_case(change)
    if _unanswered(assessment, found):
        return True
    change.set(urgent_from_scan=False)
    change.record(SCAN_URGENCY_SETTLED, ScanUrgencySettled(tuple(sorted(found, key=str))))
    return False
