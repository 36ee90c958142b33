"""The guide's key questions for assessment: one table, read by every part that needs them.

Each question's words (as the form asks it and as the timeline names it), the
detector's signals that may suggest a "yes", whether a "yes" gives the case the
short first-response deadline, and the alert shown when a scan suggests it
before anyone has reached the assessment. The priority each answer sets is the
ordered rule table in ``haven.cases.priority``.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _

from haven.detection.assessment import QUESTION_SIGNALS
from haven.detection.detection import SignalType


@dataclass(frozen=True)
class Question:
    name: str
    text: Promise
    short: Promise
    urgent: bool = False
    alert: Promise | None = None

    @property
    def signals(self) -> tuple[SignalType, ...]:
        return QUESTION_SIGNALS.get(self.name, ())


TABLE: tuple[Question, ...] = (
    Question(
        "immediate_risk",
        _("Is there an immediate risk to the victim's safety or well-being?"),
        _("immediate risk"),
        urgent=True,
        alert=_(
            "What was reported may speak of self-harm (“%(words)s”). Answer the "
            "immediate-risk question now: if the person may be in danger, their "
            "safety comes before everything else on this page."
        ),
    ),
    Question(
        "threat_of_exposure",
        _(
            "Is the victim threatened with the exposure of private or intimate material "
            "if they do not meet demands?"
        ),
        _("threat of exposure"),
    ),
    Question("demand_money", _("Money?"), _("money demanded")),
    Question("demand_material", _("More images, videos or audio?"), _("more material demanded")),
    Question("demand_action", _("That the victim does something?"), _("an action demanded")),
    Question("demand_other", _("Something else?"), _("something else demanded")),
    Question(
        "evidence_available",
        _("Does the victim have evidence of the threats (for example screenshots of messages)?"),
        _("evidence of the threats"),
    ),
    Question(
        "minor_involved",
        _("May anyone involved be a minor (under 18)?"),
        _("anyone may be a minor"),
        urgent=True,
        alert=_(
            "What was reported may involve someone under 18 (“%(words)s”). Answer the "
            "minors question: if anyone involved may be a minor, the minors protocol applies."
        ),
    ),
)
BY_NAME = {question.name: question for question in TABLE}
NAMES = tuple(question.name for question in TABLE)
DEMANDS = ("demand_money", "demand_material", "demand_action", "demand_other")


class Detail(StrEnum):
    """The free-text notes beside the answers (sealed)."""

    RISK = "risk_details"
    DEMAND = "demand_details"
    EVIDENCE = "evidence_details"


DETAIL_TEXT = {
    Detail.RISK: _("About the risk"),
    Detail.DEMAND: _("The demands, in detail"),
    Detail.EVIDENCE: _("The evidence: what it is and where it is kept"),
}
