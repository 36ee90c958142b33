"""How the assessment sets a case's priority: one ordered table, the first rule that holds wins.

A case that is already kind csea stays critical whatever the answers say.

| rule | priority |
|---|---|
| anyone involved may be a minor | critical (and the minors protocol) |
| immediate risk to safety or well-being | critical |
| a threat to expose with a demand | high |
| a threat to expose | high |
| otherwise | normal |

"Unknown" never lowers a priority by itself: it simply does not match a rule.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum

from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _

from haven.cases.models import Answer, Assessment, Case, CaseKind, Priority
from haven.cases.questions import DEMANDS


class RuleName(StrEnum):
    MINOR = "minor"
    IMMEDIATE_RISK = "immediate_risk"
    THREAT_WITH_DEMAND = "threat_with_demand"
    THREAT = "threat"
    DEFAULT = "default"
    CSEA = "csea"
    SCAN = "scan"


@dataclass(frozen=True)
class Rule:
    name: RuleName
    holds: Callable[[Assessment], bool]
    priority: Priority
    reason: Promise


def _any_demand(a: Assessment) -> bool:
    return any(getattr(a, field) == Answer.YES for field in DEMANDS)


RULES: tuple[Rule, ...] = (
    Rule(
        RuleName.MINOR,
        lambda a: a.minor_involved == Answer.YES,
        Priority.CRITICAL,
        _("someone involved may be a minor"),
    ),
    Rule(
        RuleName.IMMEDIATE_RISK,
        lambda a: a.immediate_risk == Answer.YES,
        Priority.CRITICAL,
        _("immediate risk to the victim's safety or well-being"),
    ),
    Rule(
        RuleName.THREAT_WITH_DEMAND,
        lambda a: a.threat_of_exposure == Answer.YES and _any_demand(a),
        Priority.HIGH,
        _("a threat to expose intimate material, with demands"),
    ),
    Rule(
        RuleName.THREAT,
        lambda a: a.threat_of_exposure == Answer.YES,
        Priority.HIGH,
        _("a threat to expose intimate material"),
    ),
)
DEFAULT = Rule(
    RuleName.DEFAULT, lambda a: True, Priority.NORMAL, _("no rule for a higher priority")
)


# Once a case may involve a minor it stays critical, whatever the answers say later;
# only a lead changing its kind takes it out of the minors protocol.
CSEA = Rule(RuleName.CSEA, lambda a: True, Priority.CRITICAL, _("the case may involve a minor"))


# Until a moderator answers the question the scan raised (``haven.cases.scan_urgency``).
SCAN = Rule(
    RuleName.SCAN,
    lambda a: True,
    Priority.CRITICAL,
    _("the scan suggests self-harm or a possible minor, not yet confirmed"),
)


def priority_for_case(case: Case, assessment: Assessment) -> Rule:
    rule = priority_for(assessment)
    if case.kind == CaseKind.CSEA and rule.priority != Priority.CRITICAL:
        return CSEA
    return rule


def priority_for(assessment: Assessment) -> Rule:
    for rule in RULES:
        if rule.holds(assessment):
            return rule
    return DEFAULT


def rule_reason(name: RuleName) -> str:
    """The reason a rule gives, in words, for the timeline."""
    for rule in (*RULES, DEFAULT, CSEA, SCAN):
        if rule.name == name:
            return str(rule.reason)
    return str(name)
