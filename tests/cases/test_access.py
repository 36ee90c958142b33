"""cases_visible_to is the one gate: leads see all, moderators their own, others nothing."""

from __future__ import annotations

import pytest
from django.contrib.auth.models import AnonymousUser

from haven.cases import access, actions
from haven.core.errors import Conflict, NotFound


@pytest.fixture
def case(personas):
    return actions.open_case(acting_user=personas.moderator)


def test_three_people(case, personas):
    assert list(access.cases_visible_to(personas.lead)) == [case]
    assert list(access.cases_visible_to(personas.moderator)) == [case]
    assert list(access.cases_visible_to(personas.outsider)) == []
    assert list(access.cases_visible_to(AnonymousUser())) == []


def test_outsider_and_unknown_are_the_same_not_found(case, personas):
    with pytest.raises(NotFound):
        access.get_case_for(personas.outsider, case.pk)
    with pytest.raises(NotFound):
        access.get_case_for(personas.moderator, "no-such-case")


def test_deactivated_member_sees_nothing(case, personas):
    personas.moderator.is_active = False
    personas.moderator.save()
    with pytest.raises(NotFound):
        access.get_case_for(personas.moderator, case.pk)


def test_membership_changes_are_lead_only_and_on_the_timeline(case, personas):
    with pytest.raises(Conflict):
        actions.add_member(case, personas.outsider, acting_user=personas.moderator)
    actions.add_member(case, personas.outsider, acting_user=personas.lead)
    assert access.get_case_for(personas.outsider, case.pk) == case
    actions.remove_member(case, personas.outsider, acting_user=personas.lead)
    with pytest.raises(NotFound):
        access.get_case_for(personas.outsider, case.pk)
    types = list(case.events.values_list("type", flat=True))
    assert types.count("case.member_added") == 2
    assert types.count("case.member_removed") == 1
