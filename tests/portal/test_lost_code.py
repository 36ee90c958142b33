"""A lost code: a new report linked to the earlier case, a new code, the old one revoked."""

from __future__ import annotations

import pytest

from haven.cases import actions
from haven.cases.models import Case, CaseEvent
from haven.core.errors import Conflict, InvalidInput, NotFound
from haven.portal import codes, lost_code
from haven.portal.models import FollowUpCode
from haven.testing.personas import Personas
from tests.cases.helpers import assert_three_people, assert_timeline_ok, event_types

ADDRESS = "198.51.100.40"


@pytest.fixture
def later(personas: Personas) -> Case:
    """The new report, from someone who says they lost the code of ``case``."""
    return actions.open_case(acting_user=personas.lead, members=[personas.moderator])


def test_a_moderator_on_both_links_them_and_the_victim_gets_the_new_code(
    case: Case, later: Case, personas: Personas
) -> None:
    old = codes.issue_followup_code(case, acting_user=None)
    lost_code.link_lost_code(
        case.pk, later.pk, acting_user=personas.moderator, identity_checked=True
    )
    # Nothing is made for the moderator to see: the old code works until the handover.
    assert codes.verify_code(old.code, address=ADDRESS).pk == case.pk
    assert event_types(case)[-1] == "portal.lost_code_linked"
    assert event_types(later)[-1] == "portal.lost_code_linked"
    linked = CaseEvent.objects.get(case=later, type="portal.lost_code_linked")
    assert linked.payload == {"earlier": case.pk, "later": later.pk}
    assert linked.actor_id == personas.moderator.pk

    issued = lost_code.hand_over(later)
    assert issued is not None
    assert codes.verify_code(issued.code, address=ADDRESS).pk == case.pk
    with pytest.raises(codes.WrongCode):
        codes.verify_code(old.code, address=ADDRESS)
    assert lost_code.hand_over(later) is None  # shown once
    assert event_types(case)[-2:] == ["portal.code_revoked", "portal.code_issued"]
    assert event_types(later)[-1] == "portal.code_handed_over"
    issued_event = CaseEvent.objects.filter(case=case, type="portal.code_issued").last()
    assert issued_event is not None
    assert issued_event.payload["reason"] == "lost_code"
    for c in (case, later):
        assert_timeline_ok(c)
    assert_three_people(case, personas)


def test_no_code_is_handed_over_for_an_erased_case(
    case: Case, later: Case, personas: Personas
) -> None:
    from haven.cases import erasure

    lost_code.link_lost_code(case.pk, later.pk, acting_user=personas.lead, identity_checked=True)
    erasure.erase_case(case, acting_user=personas.lead)
    assert lost_code.hand_over(later) is None
    assert not FollowUpCode.objects.filter(case=case).exists()


def test_nothing_is_linked_before_the_identity_is_checked(
    case: Case, later: Case, personas: Personas
) -> None:
    old = codes.issue_followup_code(case, acting_user=None)
    with pytest.raises(Conflict):
        lost_code.link_lost_code(
            case.pk, later.pk, acting_user=personas.lead, identity_checked=False
        )
    assert codes.verify_code(old.code, address=ADDRESS).pk == case.pk
    assert "portal.lost_code_linked" not in event_types(case) + event_types(later)


def test_outsiders_and_half_members_get_not_found(case: Case, personas: Personas) -> None:
    not_on_team = actions.open_case(acting_user=personas.lead)
    for earlier, new, who in (
        (case.pk, not_on_team.pk, personas.moderator),
        (not_on_team.pk, case.pk, personas.moderator),
        (case.pk, not_on_team.pk, personas.outsider),
    ):
        with pytest.raises(NotFound):
            lost_code.link_lost_code(earlier, new, acting_user=who, identity_checked=True)
    assert not FollowUpCode.objects.exists()


def test_a_case_cannot_be_linked_to_itself(case: Case, personas: Personas) -> None:
    with pytest.raises(InvalidInput):
        lost_code.link_lost_code(case.pk, case.pk, acting_user=personas.lead, identity_checked=True)
