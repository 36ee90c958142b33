"""The public result types: a verdict, its score and the signals that explain it."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import NamedTuple, Protocol


class Label(StrEnum):
    SEXTORTION = "sextortion"
    NOT_SEXTORTION = "not_sextortion"


class SignalType(StrEnum):
    """What a matched stretch of text is evidence of.

    The first twelve are the ones a moderator reads; the rest are context that
    explains a low score (news, policy talk, fiction, everyday life such as
    class photos or the rent, banter, material named as something not intimate
    such as customer data, a pet or a filmed breakfast, a case framed as someone
    else's report: "when someone reports", "the court heard") or links an account;
    ``not_a_joke`` ("no es broma", "kein Witz") cancels banter.
    """

    THREAT_TO_EXPOSE = "threat_to_expose"
    INTIMATE_MATERIAL = "intimate_material"
    AUDIENCE = "audience"
    DEMAND_MONEY = "demand_money"
    DEMAND_MATERIAL = "demand_material"
    DEMAND_ACTION = "demand_action"
    DEADLINE = "deadline"
    PROOF_OF_POSSESSION = "proof_of_possession"
    VICTIM_DISCLOSURE = "victim_disclosure"
    THIRD_PARTY_WARNING = "third_party_warning"
    SELF_HARM_RISK = "self_harm_risk"
    MINOR_INDICATOR = "minor_indicator"
    EXTORTION_TERM = "extortion_term"
    NAMED_ACCOUNT = "named_account"
    NEWS_OR_ADVICE = "news_or_advice"
    POLICY_DISCUSSION = "policy_discussion"
    FICTION = "fiction"
    EVERYDAY_CONTEXT = "everyday_context"
    BANTER = "banter"
    NOT_INTIMATE = "not_intimate"
    REPORT_FRAMING = "report_framing"
    NOT_A_JOKE = "not_a_joke"


SIGNAL_TYPES = tuple(SignalType)  # a type's place here indexes strength vectors (scoring)
# Strength vectors carry one more place after the types: 1.0 when a victim
# disclosure phrase of full weight matched (two weak ones make V = 1, not this).
SPECIFIC_VICTIM = len(SIGNAL_TYPES)

DEMANDS = frozenset({SignalType.DEMAND_MONEY, SignalType.DEMAND_MATERIAL, SignalType.DEMAND_ACTION})


class Signal(NamedTuple):
    """One piece of evidence: ``text[start:end] == match`` in the text given to ``detect``.

    ``weight`` is 1.0 for a specific phrase and lower for a weak one ("your pics");
    ``lexicon`` names the language lexicon (or "common") that matched.
    """

    type: SignalType
    start: int
    end: int
    match: str
    weight: float = 1.0
    lexicon: str = "common"

    def as_dict(self) -> dict[str, str | int]:
        return {"type": self.type.value, "start": self.start, "end": self.end, "match": self.match}


class Term(NamedTuple):
    """A word or phrase the learned verdict weighed: ``text[start:end] == match``.

    ``weight`` is its share of the log-odds: positive pushed towards sextortion,
    negative away from it.
    """

    start: int
    end: int
    match: str
    weight: float

    def as_dict(self) -> dict[str, str | int | float]:
        return {
            "start": self.start,
            "end": self.end,
            "match": self.match,
            "weight": round(self.weight, 3),
        }


class Explains(Protocol):
    def terms(self) -> tuple[Term, ...]: ...


@dataclass(frozen=True, slots=True)
class Detection:
    """The verdict on one text. ``lang`` is an ISO 639-1 code, or "und" when unknown.

    ``signals`` are the rule-based evidence (always kept, whatever the label);
    ``terms`` are the words and phrases that moved the learned score most,
    worked out from ``explanation`` the first time they are asked for.
    """

    label: Label
    score: float
    lang: str
    signals: tuple[Signal, ...]
    explanation: Explains | None = field(default=None, compare=False, repr=False)

    @property
    def terms(self) -> tuple[Term, ...]:
        return self.explanation.terms() if self.explanation is not None else ()

    @property
    def is_sextortion(self) -> bool:
        return self.label is Label.SEXTORTION

    @property
    def signal_types(self) -> frozenset[SignalType]:
        return frozenset(signal.type for signal in self.signals)

    @property
    def immediate_risk(self) -> bool:
        """Self-harm language: shown whatever the label, never dropped."""
        return SignalType.SELF_HARM_RISK in self.signal_types

    @property
    def possible_minor(self) -> bool:
        """A stated age under 18 or a school year: the minors protocol applies."""
        return SignalType.MINOR_INDICATOR in self.signal_types

    def of_type(self, kind: SignalType) -> tuple[Signal, ...]:
        return tuple(signal for signal in self.signals if signal.type is kind)

    def as_dict(self) -> dict[str, object]:
        return {
            "label": self.label.value,
            "score": round(self.score, 4),
            "lang": self.lang,
            "signals": [signal.as_dict() for signal in self.signals],
            "terms": [term.as_dict() for term in self.terms],
        }
