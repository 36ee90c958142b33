"""The assessment sets the priority through one ordered rule table; "unknown" is never a reason."""

from __future__ import annotations

import itertools

import pytest

from haven.cases import assessing, priority
from haven.cases.models import Assessment, CaseEvent, Priority
from haven.core.errors import InvalidInput
from tests.cases.helpers import (
    assert_three_people,
    assert_timeline_ok,
    database_contains,
    event_types,
    events_of_type,
)

DEMAND_FIELDS = priority.DEMANDS
# How the four demand questions are answered, by a short name.
DEMANDS = {
    "none": dict.fromkeys(DEMAND_FIELDS, "no"),
    "unknown": dict.fromkeys(DEMAND_FIELDS, "unknown"),
    "money": {**dict.fromkeys(DEMAND_FIELDS, "no"), "demand_money": "yes"},
    "material": {**dict.fromkeys(DEMAND_FIELDS, "no"), "demand_material": "yes"},
    "action": {**dict.fromkeys(DEMAND_FIELDS, "no"), "demand_action": "yes"},
    "other": {**dict.fromkeys(DEMAND_FIELDS, "unknown"), "demand_other": "yes"},
    "all": dict.fromkeys(DEMAND_FIELDS, "yes"),
}
CRITICAL, HIGH, NORMAL = Priority.CRITICAL, Priority.HIGH, Priority.NORMAL

# minor, immediate risk, threat of exposure, demands -> priority, rule
TABLE = [
    ("yes", "no", "no", "none", CRITICAL, "minor"),
    ("yes", "yes", "yes", "money", CRITICAL, "minor"),
    ("yes", "unknown", "unknown", "unknown", CRITICAL, "minor"),
    ("yes", "no", "yes", "all", CRITICAL, "minor"),
    ("unknown", "yes", "no", "none", CRITICAL, "immediate_risk"),
    ("no", "yes", "yes", "money", CRITICAL, "immediate_risk"),
    ("no", "yes", "unknown", "unknown", CRITICAL, "immediate_risk"),
    ("unknown", "unknown", "yes", "money", HIGH, "threat_with_demand"),
    ("no", "no", "yes", "material", HIGH, "threat_with_demand"),
    ("no", "no", "yes", "action", HIGH, "threat_with_demand"),
    ("no", "unknown", "yes", "other", HIGH, "threat_with_demand"),
    ("no", "no", "yes", "all", HIGH, "threat_with_demand"),
    ("no", "no", "yes", "none", HIGH, "threat"),
    ("no", "no", "yes", "unknown", HIGH, "threat"),
    ("unknown", "unknown", "yes", "none", HIGH, "threat"),
    ("no", "no", "no", "money", NORMAL, "default"),
    ("no", "no", "unknown", "all", NORMAL, "default"),
    ("unknown", "unknown", "unknown", "unknown", NORMAL, "default"),
    ("no", "no", "no", "none", NORMAL, "default"),
    ("unknown", "no", "unknown", "money", NORMAL, "default"),
    ("no", "unknown", "no", "none", NORMAL, "default"),
]


def answers(minor: str, risk: str, threat: str, demands: str) -> dict[str, str]:
    return {
        "minor_involved": minor,
        "immediate_risk": risk,
        "threat_of_exposure": threat,
        **DEMANDS[demands],
    }


def rule_for(values: dict[str, str]) -> priority.Rule:
    return priority.priority_for(Assessment(**values))


@pytest.mark.parametrize(("minor", "risk", "threat", "demands", "expected", "rule"), TABLE)
def test_rule_table(minor, risk, threat, demands, expected, rule):
    found = rule_for(answers(minor, risk, threat, demands))
    assert (found.priority, found.name) == (expected, rule)


ALL_COMBINATIONS = list(
    itertools.product(["yes", "unknown", "no"], ["yes", "unknown", "no"], ["yes", "unknown", "no"])
)


@pytest.mark.parametrize("demands", sorted(DEMANDS))
@pytest.mark.parametrize(("minor", "risk", "threat"), ALL_COMBINATIONS)
def test_unknown_counts_as_no_never_as_yes(minor, risk, threat, demands):
    values = answers(minor, risk, threat, demands)
    as_no = {k: "no" if v == "unknown" else v for k, v in values.items()}
    as_yes = {k: "yes" if v == "unknown" else v for k, v in values.items()}
    assert rule_for(values) == rule_for(as_no)
    assert rule_for(as_yes).priority >= rule_for(values).priority


def test_the_table_is_the_documented_order():
    assert [r.name for r in priority.RULES] == [
        "minor",
        "immediate_risk",
        "threat_with_demand",
        "threat",
    ]
    assert priority.priority_for(Assessment()) is priority.DEFAULT


@pytest.mark.parametrize(("minor", "risk", "threat", "demands", "expected", "rule"), TABLE[1::3])
def test_update_assessment_applies_the_rule(
    case, personas, minor, risk, threat, demands, expected, rule
):
    found = assessing.update_assessment(
        case, acting_user=personas.lead, answers=answers(minor, risk, threat, demands)
    )
    assert found.name == rule
    case.refresh_from_db()
    assert case.priority == expected
    changes = events_of_type(case, "case.priority_changed")
    if expected == NORMAL:
        assert changes == []
    else:
        assert changes[0].payload == {"from": int(NORMAL), "to": int(expected), "reason": rule}
    assert_timeline_ok(case)


def test_change_is_one_assessment_event_naming_only_changed_questions(case, personas):
    assessing.update_assessment(
        case,
        acting_user=personas.moderator,
        answers={"threat_of_exposure": "yes", "demand_money": "yes", "evidence_available": "no"},
    )
    [first] = events_of_type(case, "assessment.changed")
    assert first.payload == {
        "threat_of_exposure": "yes",
        "demand_money": "yes",
        "evidence_available": "no",
        "details_changed": [],
    }
    assert first.actor_id == personas.moderator.pk
    [raised] = events_of_type(case, "case.priority_changed")
    assert raised.seq == first.seq + 1
    assert raised.payload == {"from": 2, "to": 3, "reason": "threat_with_demand"}

    # The same threat, the demand withdrawn: only that question is named; the
    # rule changes but the priority does not, so no priority event.
    rule = assessing.update_assessment(
        case,
        acting_user=personas.moderator,
        answers={"threat_of_exposure": "yes", "demand_money": "no"},
    )
    assert rule.name == "threat"
    second = events_of_type(case, "assessment.changed")[-1]
    assert second.payload == {"demand_money": "no", "details_changed": []}
    assert len(events_of_type(case, "case.priority_changed")) == 1
    assert_timeline_ok(case)


def test_lowering_the_risk_lowers_the_priority_with_the_rule_name(case, personas):
    assessing.update_assessment(case, acting_user=personas.lead, answers={"immediate_risk": "yes"})
    assert case.priority == CRITICAL
    assessing.update_assessment(case, acting_user=personas.lead, answers={"immediate_risk": "no"})
    assert case.priority == NORMAL
    payloads = [e.payload for e in events_of_type(case, "case.priority_changed")]
    assert payloads == [
        {"from": 2, "to": 4, "reason": "immediate_risk"},
        {"from": 4, "to": 2, "reason": "default"},
    ]


@pytest.mark.parametrize(
    "same",
    [
        {"immediate_risk": "unknown", "minor_involved": "unknown"},
        {
            "threat_of_exposure": "unknown",
            "demand_other": "unknown",
            "evidence_available": "unknown",
        },
        {},
    ],
)
def test_nothing_changed_is_no_event(case, personas, same):
    before = event_types(case)
    rule = assessing.update_assessment(
        case, acting_user=personas.lead, answers=same, details={"risk_details": ""}
    )
    assert rule.name == "default"
    assert event_types(case) == before


def test_resubmitting_the_same_answers_and_details_is_no_event(case, personas):
    given = {"threat_of_exposure": "yes", "demand_material": "yes"}
    details = {"demand_details": "synthetic: asks for more pictures"}
    assessing.update_assessment(case, acting_user=personas.lead, answers=given, details=details)
    before = event_types(case)
    assessing.update_assessment(case, acting_user=personas.lead, answers=given, details=details)
    assert event_types(case) == before


def test_answers_and_events_share_one_transaction(case, personas, monkeypatch):
    def fail(*args, **kwargs):
        raise RuntimeError("simulated failure after the assessment was saved")

    monkeypatch.setattr("haven.cases.assessing.deadlines.refresh_deadline", fail)
    before = event_types(case)
    with pytest.raises(RuntimeError):
        assessing.update_assessment(
            case, acting_user=personas.lead, answers={"threat_of_exposure": "yes"}
        )
    assert Assessment.objects.get(case=case).threat_of_exposure == "unknown"
    case.refresh_from_db()
    assert case.priority == NORMAL
    assert event_types(case) == before
    assert_timeline_ok(case)


def test_details_are_sealed_and_only_named_in_the_payload(case, personas):
    words = {
        "risk_details": "synthetic-risk-words-4471",
        "demand_details": "synthetic-demand-words-4472",
        "evidence_details": "synthetic-evidence-words-4473",
    }
    assessing.update_assessment(case, acting_user=personas.lead, answers={}, details=words)
    for text in words.values():
        assert database_contains(text) == []
    view = assessing.read_assessment(case)
    assert view.details == words
    [event] = events_of_type(case, "assessment.changed")
    assert event.payload == {"details_changed": sorted(words)}

    assessing.update_assessment(
        case, acting_user=personas.lead, answers={}, details={"risk_details": ""}
    )
    assert Assessment.objects.get(case=case).risk_details_sealed is None
    assert assessing.read_assessment(case).details["risk_details"] == ""
    assert events_of_type(case, "assessment.changed")[-1].payload == {
        "details_changed": ["risk_details"]
    }
    assert_timeline_ok(case)


@pytest.mark.parametrize(
    ("given", "details", "code"),
    [
        ({"favourite_colour": "yes"}, None, "unknown_question"),
        ({}, {"secret_details": "x"}, "unknown_question"),
        ({"immediate_risk": "maybe"}, None, "bad_answer"),
        ({"immediate_risk": "YES"}, None, "bad_answer"),
    ],
)
def test_bad_input_is_refused_and_changes_nothing(case, personas, given, details, code):
    count = CaseEvent.objects.filter(case=case).count()
    with pytest.raises(InvalidInput) as info:
        assessing.update_assessment(case, acting_user=personas.lead, answers=given, details=details)
    assert info.value.code == code
    assert CaseEvent.objects.filter(case=case).count() == count
    assert Assessment.objects.get(case=case).immediate_risk == "unknown"


def test_three_people_after_an_assessment(case, personas):
    assessing.update_assessment(
        case, acting_user=personas.moderator, answers={"threat_of_exposure": "yes"}
    )
    assert_three_people(case, personas)
