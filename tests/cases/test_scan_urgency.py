"""Urgency from the scan: self-harm or a stated age under 18 makes a case urgent at once."""

from __future__ import annotations

import pytest

from haven.accounts.models import User
from haven.cases import assessing, deadlines, inbox, intake, responding
from haven.cases.models import Answer, Assessment, Case, CaseKind, CaseStatus, Priority
from haven.testing.personas import Personas
from tests.cases.helpers import assert_timeline_ok, event_types

pytestmark = pytest.mark.django_db

# Synthetic texts, written for these tests.
SELF_HARM = "I am so scared. I can't take this anymore, I want to die."
MINOR = "I am 15 and he says he will post my pictures to my school unless I send more."
PLAIN = "Synthetic report: this account keeps sending a member of ours rude replies."


def _report(user: User, text: str, case: Case | None = None) -> Case:
    return intake.receive_report(source="moderator", comment=text, acting_user=user, case=case)


def _due(case: Case, *, urgent: bool):
    return deadlines.response_due(case.created_at, urgent=urgent)


def test_self_harm_makes_a_new_case_urgent_at_once_but_answers_nothing(personas: Personas):
    case = _report(personas.moderator, SELF_HARM)
    case.refresh_from_db()
    assert case.priority == Priority.CRITICAL
    assert case.urgent_from_scan
    assert case.first_response_due == _due(case, urgent=True)
    assert Assessment.objects.get(case=case).immediate_risk == Answer.UNKNOWN
    assert "case.urgent_from_scan" in event_types(case)
    assert_timeline_ok(case)


def test_a_possible_minor_is_urgent_without_starting_the_protocol(personas: Personas):
    case = _report(personas.moderator, MINOR)
    case.refresh_from_db()
    assert case.priority == Priority.CRITICAL and case.urgent_from_scan
    assert case.kind == CaseKind.SEXTORTION
    assert Assessment.objects.get(case=case).minor_involved == Answer.UNKNOWN


def test_the_inbox_puts_it_first_at_once(personas: Personas):
    older = _report(personas.moderator, PLAIN)
    urgent = _report(personas.moderator, SELF_HARM)
    listed = [c.pk for c in inbox.inbox(personas.moderator, inbox.InboxFilter())]
    assert listed.index(urgent.pk) < listed.index(older.pk)


def test_it_stays_until_the_question_the_scan_raised_is_answered(personas: Personas):
    case = _report(personas.moderator, SELF_HARM)
    assessing.update_assessment(
        case, acting_user=personas.moderator, answers={"threat_of_exposure": "no"}
    )
    case.refresh_from_db()
    assert case.priority == Priority.CRITICAL and case.urgent_from_scan

    assessing.update_assessment(
        case, acting_user=personas.moderator, answers={"immediate_risk": "no"}
    )
    case.refresh_from_db()
    assert not case.urgent_from_scan
    assert case.priority == Priority.NORMAL
    assert case.first_response_due == _due(case, urgent=False)
    assert event_types(case)[-3:] == [
        "case.scan_urgency_settled",
        "case.priority_changed",
        "case.deadline_changed",
    ]
    assert_timeline_ok(case)


def test_a_yes_keeps_it_critical_from_the_assessment(personas: Personas):
    case = _report(personas.moderator, SELF_HARM)
    rule = assessing.update_assessment(
        case, acting_user=personas.moderator, answers={"immediate_risk": "yes"}
    )
    case.refresh_from_db()
    assert rule.name == "immediate_risk"
    assert not case.urgent_from_scan and case.priority == Priority.CRITICAL
    assert case.first_response_due == _due(case, urgent=True)


def test_an_answered_question_is_not_raised_again_by_a_later_scan(personas: Personas):
    case = _report(personas.moderator, PLAIN)
    assessing.update_assessment(
        case, acting_user=personas.moderator, answers={"immediate_risk": "no"}
    )
    _report(personas.moderator, SELF_HARM, case=case)
    case.refresh_from_db()
    assert not case.urgent_from_scan and case.priority == Priority.NORMAL
    assert "case.urgent_from_scan" not in event_types(case)


def test_a_response_already_recorded_keeps_its_clock_stopped(personas: Personas):
    case = _report(personas.moderator, PLAIN)
    responding.record_response(case, acting_user=personas.moderator, channel="portal")
    case.refresh_from_db()
    due = case.first_response_due
    _report(personas.moderator, SELF_HARM, case=case)
    case.refresh_from_db()
    assert case.priority == Priority.CRITICAL
    assert case.first_response_due == due
    assert case.status != CaseStatus.CLOSED
