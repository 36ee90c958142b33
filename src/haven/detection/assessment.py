"""Answers a detection suggests for the case assessment's key questions.

The case pages (not yet built) show these as pre-filled suggestions for a
moderator to confirm; nothing here decides anything on its own.
"""

from __future__ import annotations

from dataclasses import dataclass

from haven.detection.detection import Detection, Signal, SignalType

_DEMAND_KINDS = {
    SignalType.DEMAND_MONEY: "money",
    SignalType.DEMAND_MATERIAL: "more material",
    SignalType.DEMAND_ACTION: "an action",
}


@dataclass(frozen=True, slots=True)
class AssessmentHints:
    """One field per key question; each carries the signals behind it."""

    immediate_risk: tuple[Signal, ...]
    threat_of_exposure: tuple[Signal, ...]
    demands: dict[str, tuple[Signal, ...]]
    evidence_mentioned: tuple[Signal, ...]
    possible_minor: tuple[Signal, ...]


def assessment_hints(detection: Detection) -> AssessmentHints:
    of = detection.of_type
    return AssessmentHints(
        immediate_risk=of(SignalType.SELF_HARM_RISK),
        threat_of_exposure=of(SignalType.THREAT_TO_EXPOSE) + of(SignalType.VICTIM_DISCLOSURE),
        demands={name: of(kind) for kind, name in _DEMAND_KINDS.items() if of(kind)},
        evidence_mentioned=of(SignalType.PROOF_OF_POSSESSION),
        possible_minor=of(SignalType.MINOR_INDICATOR),
    )
