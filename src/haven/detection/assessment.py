"""Answers a detection suggests for the case assessment's key questions.

The case page shows these as pre-filled suggestions for a moderator to
confirm (``haven.cases.screening``); nothing here decides anything on its own.
"""

from __future__ import annotations

from dataclasses import dataclass

from haven.detection.detection import Detection, Signal, SignalType

# Which signals speak to each key question, by the case assessment's names for them.
QUESTION_SIGNALS: dict[str, tuple[SignalType, ...]] = {
    "immediate_risk": (SignalType.SELF_HARM_RISK,),
    "threat_of_exposure": (SignalType.THREAT_TO_EXPOSE, SignalType.VICTIM_DISCLOSURE),
    "demand_money": (SignalType.DEMAND_MONEY,),
    "demand_material": (SignalType.DEMAND_MATERIAL,),
    "demand_action": (SignalType.DEMAND_ACTION,),
    "evidence_available": (SignalType.PROOF_OF_POSSESSION,),
    "minor_involved": (SignalType.MINOR_INDICATOR,),
}
_DEMANDS = {
    "demand_money": "money",
    "demand_material": "more material",
    "demand_action": "an action",
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
    def of(question: str) -> tuple[Signal, ...]:
        return tuple(s for kind in QUESTION_SIGNALS[question] for s in detection.of_type(kind))

    return AssessmentHints(
        immediate_risk=of("immediate_risk"),
        threat_of_exposure=of("threat_of_exposure"),
        demands={name: of(question) for question, name in _DEMANDS.items() if of(question)},
        evidence_mentioned=of("evidence_available"),
        possible_minor=of("minor_involved"),
    )
