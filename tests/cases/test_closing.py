"""The close guard: "responded" needs a recorded response; any other reason says why."""

from __future__ import annotations

import pytest

from haven.cases import actions, notes, responding
from haven.cases.models import Case, CaseNote
from haven.core.errors import Conflict, InvalidInput
from tests.cases.helpers import (
    assert_three_people,
    assert_timeline_ok,
    database_contains,
    event_types,
    events_of_type,
)


def snapshot(case: Case) -> tuple:
    row = Case.objects.get(pk=case.pk)
    return row.status, row.closed_at, row.close_reason, tuple(event_types(case))


@pytest.mark.parametrize("status_action", [None, "start", "wait"])
def test_responded_without_a_response_is_refused_and_changes_nothing(case, personas, status_action):
    if status_action:
        actions.change_status(case, status_action, acting_user=personas.lead)
    before = snapshot(case)
    with pytest.raises(Conflict) as info:
        responding.close_case(case, acting_user=personas.lead, reason="responded")
    assert info.value.code == "no_response"
    assert snapshot(case) == before
    assert Case.objects.get(pk=case.pk).status != "closed"


@pytest.mark.parametrize("reason", ["unreachable", "duplicate", "withdrawn", "misdirected"])
def test_other_reasons_close_without_a_response(case, personas, reason):
    responding.close_case(case, acting_user=personas.moderator, reason=reason)
    row = Case.objects.get(pk=case.pk)
    assert (row.status, row.close_reason) == ("closed", reason)
    assert row.closed_at is not None
    assert (case.status, case.close_reason) == ("closed", reason)
    event = events_of_type(case, "case.status_changed")[-1]
    assert event.payload == {"from": "new", "to": "closed", "action": "close", "reason": reason}
    assert event.actor_id == personas.moderator.pk
    assert_timeline_ok(case)
    assert_three_people(case, personas)


@pytest.mark.parametrize("note", [None, "", "   \n\t "])
def test_other_needs_a_note(case, personas, note):
    before = snapshot(case)
    with pytest.raises(InvalidInput) as info:
        responding.close_case(case, acting_user=personas.lead, reason="other", note=note)
    assert info.value.code == "reason_needed"
    assert snapshot(case) == before


def test_other_with_a_note_keeps_the_note_sealed_on_the_event(case, personas):
    text = "synthetic-closing-reason-5521"
    responding.close_case(case, acting_user=personas.lead, reason="other", note=text)
    event = events_of_type(case, "case.status_changed")[-1]
    note = CaseNote.objects.get(case=case, kind="closing")
    assert note.event_id == event.pk
    assert notes.read_note(note) == text
    assert database_contains(text) == []
    assert Case.objects.get(pk=case.pk).close_reason == "other"
    assert_timeline_ok(case)


def test_responded_works_after_a_response(case, personas):
    responding.record_response(case, acting_user=personas.moderator, channel="fediverse")
    responding.close_case(case, acting_user=personas.moderator, reason="responded")
    row = Case.objects.get(pk=case.pk)
    assert (row.status, row.close_reason) == ("closed", "responded")
    assert event_types(case)[-2:] == ["case.response_recorded", "case.status_changed"]
    assert_timeline_ok(case)


def test_change_status_refuses_to_close(case, personas):
    before = snapshot(case)
    with pytest.raises(Conflict) as info:
        actions.change_status(case, "close", acting_user=personas.lead)
    assert info.value.code == "use_close_case"
    assert snapshot(case) == before


def test_closing_twice_is_an_invalid_transition(case, personas):
    responding.close_case(case, acting_user=personas.lead, reason="duplicate")
    before = snapshot(case)
    with pytest.raises(Conflict) as info:
        responding.close_case(case, acting_user=personas.lead, reason="unreachable")
    assert info.value.code == "invalid_transition"
    assert snapshot(case) == before


def test_reopen_clears_the_closing(case, personas):
    responding.close_case(case, acting_user=personas.lead, reason="unreachable")
    actions.change_status(case, "reopen", acting_user=personas.lead)
    row = Case.objects.get(pk=case.pk)
    assert (row.status, row.closed_at) == ("open", None)
    event = events_of_type(case, "case.status_changed")[-1]
    assert event.payload == {"from": "closed", "to": "open", "action": "reopen"}
    # An open case does not keep the reason it was once closed for (that stays
    # on the timeline); otherwise pages and counts show a stale reason.
    assert row.close_reason == ""
    assert (case.status, case.closed_at, case.close_reason) == ("open", None, "")
    assert_timeline_ok(case)


def test_status_event_names_the_status_it_really_left(case, personas):
    # A caller holding an older copy of the case must not make the timeline lie.
    stale = Case.objects.get(pk=case.pk)
    actions.change_status(case, "start", acting_user=personas.lead)
    actions.change_status(stale, "wait", acting_user=personas.lead)
    event = events_of_type(case, "case.status_changed")[-1]
    assert event.payload == {"from": "open", "to": "waiting", "action": "wait"}
