"""The first-response deadline: a setting, shorter under immediate risk, met by a response."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.test import override_settings

from haven.cases import actions, assessing, deadlines, inbox, responding
from haven.cases.models import Case
from haven.core.events import kind_of
from tests.cases.helpers import assert_three_people, assert_timeline_ok, events_of_type

SECOND = timedelta(seconds=1)


@pytest.mark.parametrize("hours", [24, 7])
def test_new_case_is_due_in_the_configured_hours(personas, hours):
    with override_settings(HAVEN_FIRST_RESPONSE_HOURS=hours):
        case = actions.open_case(acting_user=personas.lead)
    case.refresh_from_db()
    assert case.first_response_due == case.created_at + timedelta(hours=hours)
    [opened] = events_of_type(case, "case.opened")
    assert opened.payload["due"] == case.first_response_due.isoformat()
    assert events_of_type(case, "case.deadline_changed") == []


@pytest.mark.parametrize("minutes", [60, 15])
def test_immediate_risk_shortens_the_deadline_and_says_so(personas, minutes):
    with override_settings(HAVEN_URGENT_RESPONSE_MINUTES=minutes, HAVEN_FIRST_RESPONSE_HOURS=24):
        case = actions.open_case(acting_user=personas.lead, members=[personas.moderator])
        assessing.update_assessment(
            case, acting_user=personas.moderator, answers={"immediate_risk": "yes"}
        )
        case.refresh_from_db()
        urgent_due = case.created_at + timedelta(minutes=minutes)
        assert case.first_response_due == urgent_due
        [changed] = events_of_type(case, "case.deadline_changed")
        assert changed.payload == {
            "due": urgent_due.isoformat(),
            "urgent": True,
            "reason": "immediate_risk",
        }
        assert changed.actor_id == personas.moderator.pk

        assessing.update_assessment(
            case, acting_user=personas.moderator, answers={"immediate_risk": "no"}
        )
        case.refresh_from_db()
    assert case.first_response_due == case.created_at + timedelta(hours=24)
    assert events_of_type(case, "case.deadline_changed")[-1].payload["urgent"] is False
    assert_timeline_ok(case)


@pytest.mark.parametrize(
    "answers",
    [
        {"threat_of_exposure": "yes", "demand_money": "yes"},
        {"immediate_risk": "unknown"},
        {"evidence_available": "yes"},
    ],
)
def test_no_deadline_event_unless_the_urgency_changes(case, personas, answers):
    due = case.first_response_due
    assessing.update_assessment(case, acting_user=personas.lead, answers=answers)
    case.refresh_from_db()
    assert case.first_response_due == due
    assert events_of_type(case, "case.deadline_changed") == []


def test_is_overdue_around_the_deadline(case):
    due = case.first_response_due
    assert not deadlines.is_overdue(case, now=due - SECOND)
    assert not deadlines.is_overdue(case, now=due)
    assert deadlines.is_overdue(case, now=due + SECOND)
    assert not deadlines.is_overdue(case)  # just opened


def test_a_recorded_response_stops_overdue(case, personas):
    late = case.first_response_due + timedelta(hours=1)
    assert deadlines.is_overdue(case, now=late)
    assert list(inbox.inbox(personas.lead, inbox.InboxFilter(overdue=True), now=late)) == [case]

    responding.record_response(case, acting_user=personas.moderator, channel="fediverse")

    case.refresh_from_db()
    assert case.first_responded_at is not None
    assert not deadlines.is_overdue(case, now=late)
    assert list(inbox.inbox(personas.lead, inbox.InboxFilter(overdue=True), now=late)) == []
    [event] = events_of_type(case, "case.response_recorded")
    assert event.payload == {"channel": "fediverse", "first": True}
    assert_timeline_ok(case)
    assert_three_people(case, personas)


def test_a_second_response_keeps_the_first_time(case, personas):
    responding.record_response(case, acting_user=personas.lead, channel="portal")
    first = Case.objects.get(pk=case.pk).first_responded_at
    responding.record_response(
        case, acting_user=personas.lead, channel="email", note="synthetic follow-up"
    )
    assert Case.objects.get(pk=case.pk).first_responded_at == first
    payloads = [e.payload for e in events_of_type(case, "case.response_recorded")]
    assert payloads == [{"channel": "portal", "first": True}, {"channel": "email", "first": False}]


def test_closed_case_is_not_overdue(case, personas):
    late = case.first_response_due + timedelta(days=1)
    responding.close_case(case, acting_user=personas.lead, reason="unreachable")
    assert not deadlines.is_overdue(case, now=late)


def test_risk_after_the_response_does_not_move_the_deadline(case, personas):
    responding.record_response(case, acting_user=personas.lead, channel="portal")
    due = Case.objects.get(pk=case.pk).first_response_due
    assessing.update_assessment(case, acting_user=personas.lead, answers={"immediate_risk": "yes"})
    assert Case.objects.get(pk=case.pk).first_response_due == due
    assert events_of_type(case, "case.deadline_changed") == []


def test_a_minor_involved_makes_the_deadline_urgent(personas):
    from datetime import timedelta

    from django.conf import settings

    from haven.cases import actions, assessing

    case = actions.open_case(acting_user=personas.lead)
    assessing.update_assessment(case, acting_user=personas.lead, answers={"minor_involved": "yes"})
    case.refresh_from_db()
    urgent = timedelta(minutes=settings.HAVEN_URGENT_RESPONSE_MINUTES)
    assert case.first_response_due == case.created_at + urgent


def test_a_csea_case_is_urgent_from_the_start_and_stays_so(personas):
    with override_settings(HAVEN_URGENT_RESPONSE_MINUTES=60, HAVEN_FIRST_RESPONSE_HOURS=24):
        case = actions.open_case(acting_user=personas.lead, kind="csea")
        case.refresh_from_db()
        urgent_due = case.created_at + timedelta(minutes=60)
        assert case.first_response_due == urgent_due
        # Saving the assessment with the minor question still unanswered keeps it urgent.
        assessing.update_assessment(
            case, acting_user=personas.lead, answers={"threat_of_exposure": "yes"}
        )
        case.refresh_from_db()
        assert case.first_response_due == urgent_due
        assert events_of_type(case, "case.deadline_changed") == []


def test_a_possible_minor_gives_its_own_reason_on_the_timeline(personas):
    case = actions.open_case(acting_user=personas.lead, members=[personas.moderator])
    assessing.update_assessment(
        case, acting_user=personas.moderator, answers={"minor_involved": "yes"}
    )
    [changed] = events_of_type(case, "case.deadline_changed")
    assert changed.payload["reason"] == "minor_involved"
    kind = kind_of("case.deadline_changed")
    assert kind is not None
    lines = kind.describe(changed.payload, {})
    assert "shorter: someone involved may be a minor" in lines
    assert not any("immediate risk" in line for line in lines)


def test_an_older_deadline_event_without_a_reason_still_reads(case):
    kind = kind_of("case.deadline_changed")
    assert kind is not None
    old = {"due": case.first_response_due.isoformat(), "urgent": True}
    assert kind.describe(old, {})[-1] == "shorter: the case is urgent"
