"""The steps: who did what, when; steps affecting the victim need their wishes confirmed."""

from __future__ import annotations

import pytest

from haven.cases import checklist, notes, victim_wishes
from haven.cases.guide import STEPS
from haven.cases.models import CaseNote, CaseStep
from haven.core.errors import Conflict
from tests.cases.helpers import (
    assert_three_people,
    assert_timeline_ok,
    database_contains,
    event_types,
    events_of_type,
)

AFFECTS_VICTIM = {"remove_material", "preserve_evidence", "ban"}
ALL_KEYS = [guide.key.value for guide in STEPS]


def test_a_new_case_has_the_nine_steps_in_the_guides_order(case):
    rows = list(CaseStep.objects.filter(case=case).values_list("key", "position", "state"))
    assert rows == [(key, i, "pending") for i, key in enumerate(ALL_KEYS, start=1)]
    assert ALL_KEYS == [
        "believe",
        "wishes",
        "non_compliance",
        "remove_material",
        "preserve_evidence",
        "ban",
        "support",
        "confidential",
        "blocking",
    ]
    assert {g.key.value for g in STEPS if g.affects_victim} == AFFECTS_VICTIM


def step_row(case, key):
    return CaseStep.objects.filter(case=case, key=key).values("state", "set_by", "set_at").get()


@pytest.mark.parametrize("key", sorted(AFFECTS_VICTIM))
def test_done_without_confirming_the_wishes_is_refused_and_changes_nothing(case, personas, key):
    before, events = step_row(case, key), event_types(case)
    with pytest.raises(Conflict) as info:
        checklist.set_step(
            case, key, "done", acting_user=personas.moderator, note="synthetic-step-note"
        )
    assert info.value.code == "confirm_wishes"
    assert step_row(case, key) == before == {"state": "pending", "set_by": None, "set_at": None}
    assert event_types(case) == events
    assert not CaseNote.objects.filter(case=case).exists()


@pytest.mark.parametrize("recorded", [False, True])
@pytest.mark.parametrize("key", sorted(AFFECTS_VICTIM))
def test_done_with_the_wishes_confirmed(case, personas, key, recorded):
    if recorded:
        victim_wishes.record_wishes(
            case, acting_user=personas.lead, outcome="synthetic outcome", safety=""
        )
    step = checklist.set_step(
        case, key, "done", acting_user=personas.moderator, respects_wishes=True
    )
    row = step_row(case, key)
    assert (row["state"], row["set_by"]) == ("done", personas.moderator.pk)
    assert row["set_at"] is not None and step.state == "done"
    confirmed, changed = event_types(case)[-2:]
    assert (confirmed, changed) == ("wishes.confirmed", "step.changed")
    [confirmation] = events_of_type(case, "wishes.confirmed")
    assert confirmation.payload == {"step": key, "wishes_recorded": recorded}
    assert confirmation.actor_id == personas.moderator.pk
    [change] = events_of_type(case, "step.changed")
    assert change.payload == {"step": key, "from": "pending", "to": "done"}
    assert_timeline_ok(case)


@pytest.mark.parametrize("key", sorted(set(ALL_KEYS) - AFFECTS_VICTIM))
def test_other_steps_need_no_confirmation(case, personas, key):
    checklist.set_step(case, key, "done", acting_user=personas.moderator)
    assert step_row(case, key)["state"] == "done"
    assert events_of_type(case, "wishes.confirmed") == []


@pytest.mark.parametrize("state", ["declined", "not_applicable", "pending"])
@pytest.mark.parametrize("key", sorted(AFFECTS_VICTIM))
def test_only_doing_a_step_asks_for_the_confirmation(case, personas, key, state):
    checklist.set_step(case, key, state, acting_user=personas.lead)
    assert step_row(case, key)["state"] == state
    assert events_of_type(case, "wishes.confirmed") == []
    [change] = events_of_type(case, "step.changed")
    assert change.payload == {"step": key, "from": "pending", "to": state}


def test_a_note_on_a_step_is_sealed_and_tied_to_its_event(case, personas):
    text = "synthetic-step-note-3307"
    checklist.set_step(
        case, "ban", "done", acting_user=personas.lead, note=text, respects_wishes=True
    )
    [change] = events_of_type(case, "step.changed")
    note = CaseNote.objects.get(case=case)
    assert (note.kind, note.event_id, note.author_id) == ("step", change.pk, personas.lead.pk)
    assert notes.read_note(note) == text
    assert database_contains(text) == []
    assert text not in str(change.payload)


def test_steps_of_names_who_set_each_step(case, personas):
    checklist.set_step(case, "believe", "done", acting_user=personas.moderator)
    lines = {line.step.key: line for line in checklist.steps_of(case)}
    assert lines["believe"].set_by == personas.moderator.username
    assert lines["believe"].set_at is not None
    assert lines["support"].set_by == "" and lines["support"].set_at is None
    assert lines["ban"].guide.affects_victim
    assert_three_people(case, personas)


def test_wishes_are_sealed_and_empty_wishes_refused(case, personas):
    with pytest.raises(Conflict) as info:
        victim_wishes.record_wishes(case, acting_user=personas.lead, outcome=" ", safety="")
    assert info.value.code == "empty_wishes"
    assert victim_wishes.read_wishes(case) is None
    outcome, safety = "synthetic-outcome-6120", "synthetic-safety-6121"
    victim_wishes.record_wishes(
        case, acting_user=personas.moderator, outcome=outcome, safety=safety
    )
    wishes = victim_wishes.read_wishes(case)
    assert (wishes.outcome, wishes.safety) == (outcome, safety)
    assert wishes.updated_by == personas.moderator.username
    assert database_contains(outcome) == database_contains(safety) == []
    assert event_types(case)[-1] == "wishes.recorded"
    assert_timeline_ok(case)
