"""A restricted case is seen by its own team only, safety leads included."""

from __future__ import annotations

import pytest

from haven.accounts.models import Role
from haven.cases import access, actions, inbox
from haven.cases.models import Case, CaseMember
from haven.core.errors import Conflict, NotFound
from haven.testing.personas import make_user
from tests.cases.helpers import assert_timeline_ok, event_types, events_of_type, sees


@pytest.fixture
def other_lead(db):
    return make_user("lead-two", Role.LEAD)


@pytest.fixture
def moderators_case(personas):
    """Opened by the moderator: no lead is on its team."""
    return actions.open_case(acting_user=personas.moderator)


def test_restricting_keeps_the_restricting_lead_on_it(moderators_case, personas, other_lead):
    case = moderators_case
    assert sees(personas.lead, case) and sees(other_lead, case)
    assert not CaseMember.objects.filter(case=case, user=personas.lead).exists()

    actions.set_restricted(case, True, acting_user=personas.lead)

    assert CaseMember.objects.filter(case=case, user=personas.lead).exists()
    assert Case.objects.get(pk=case.pk).restricted and case.restricted
    assert access.get_case_for(personas.lead, case.pk) == case
    assert access.get_case_for(personas.moderator, case.pk) == case
    for user in (other_lead, personas.outsider):
        with pytest.raises(NotFound):
            access.get_case_for(user, case.pk)
        with pytest.raises(NotFound):
            access.events_of(user, case.pk)
        with pytest.raises(NotFound):
            access.notes_of(user, case.pk)
    assert event_types(case)[-2:] == ["case.member_added", "case.restriction_changed"]
    [change] = events_of_type(case, "case.restriction_changed")
    assert change.payload == {"restricted": True}
    assert_timeline_ok(case)


def test_restricted_cases_are_not_in_other_leads_inbox_or_counts(
    moderators_case, personas, other_lead
):
    actions.set_restricted(moderators_case, True, acting_user=personas.lead)
    everything = inbox.InboxFilter()
    assert list(inbox.inbox(other_lead, everything)) == []
    assert inbox.counts(other_lead)["open"] == 0
    assert list(inbox.inbox(personas.lead, everything)) == [moderators_case]
    assert inbox.counts(personas.lead)["open"] == 1


def test_lifting_the_restriction(moderators_case, personas, other_lead):
    actions.set_restricted(moderators_case, True, acting_user=personas.lead)
    actions.set_restricted(moderators_case, False, acting_user=personas.lead)
    assert sees(other_lead, moderators_case)
    assert not sees(personas.outsider, moderators_case)
    payloads = [e.payload for e in events_of_type(moderators_case, "case.restriction_changed")]
    assert payloads == [{"restricted": True}, {"restricted": False}]
    assert_timeline_ok(moderators_case)


def test_restricting_twice_is_one_event(case, personas):
    actions.set_restricted(case, True, acting_user=personas.lead)
    events = event_types(case)
    actions.set_restricted(case, True, acting_user=personas.lead)
    assert event_types(case) == events


def test_only_a_lead_restricts(case, personas):
    events = event_types(case)
    with pytest.raises(Conflict) as info:
        actions.set_restricted(case, True, acting_user=personas.moderator)
    assert info.value.code == "lead_only"
    assert not Case.objects.get(pk=case.pk).restricted
    assert event_types(case) == events


def test_a_lead_taken_off_a_restricted_case_loses_it(case, personas, other_lead):
    actions.set_restricted(case, True, acting_user=personas.lead)
    actions.add_member(case, other_lead, acting_user=personas.lead)
    assert sees(other_lead, case)
    actions.remove_member(case, other_lead, acting_user=personas.lead)
    assert not sees(other_lead, case)
    assert sees(personas.lead, case) and sees(personas.moderator, case)
    assert_timeline_ok(case)
