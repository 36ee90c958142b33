"""Bad values reaching an action are Haven errors with a code, never a bare ValueError (a 500)."""

from __future__ import annotations

import pytest

from haven.cases import actions, checklist, consent, responding
from haven.core.errors import HavenError, InvalidInput
from haven.evidence import images as media
from tests.cases.helpers import event_types, synthetic_png

BAD_CHOICES = {
    "step key": lambda case, user: checklist.set_step(case, "explode", "done", acting_user=user),
    "step state": lambda case, user: checklist.set_step(
        case, "believe", "finished", acting_user=user
    ),
    "consent scope": lambda case, user: consent.record_consent(
        case, "everything", given=True, acting_user=user, method="portal"
    ),
    "consent method": lambda case, user: consent.record_consent(
        case, "evidence_for_ban", given=True, acting_user=user, method="carrier_pigeon"
    ),
    "close reason": lambda case, user: responding.close_case(
        case, acting_user=user, reason="bored"
    ),
    "response channel": lambda case, user: responding.record_response(
        case, acting_user=user, channel="telepathy"
    ),
    "media scope": lambda case, user: media.attach_image(
        case, synthetic_png(), acting_user=user, scope="everything"
    ),
    "priority": lambda case, user: actions.set_priority(case, 9, acting_user=user),
    "party role": lambda case, user: actions.add_party(
        case, "bystander", acting_user=user, label="synthetic"
    ),
    "case kind": lambda case, user: actions.open_case(acting_user=user, kind="other"),
}


@pytest.mark.parametrize("name", sorted(BAD_CHOICES))
def test_an_unknown_choice_is_invalid_input(case, personas, name):
    events = event_types(case)
    with pytest.raises(InvalidInput):
        BAD_CHOICES[name](case, personas.lead)
    assert event_types(case) == events


def test_the_mandatory_report_step_of_a_case_without_one_is_a_haven_error(case, personas):
    # Only csea cases have that step: asking for it elsewhere must not escape as
    # CaseStep.DoesNotExist.
    with pytest.raises(HavenError):
        checklist.set_step(
            case, "mandatory_report", "done", acting_user=personas.lead, respects_wishes=True
        )
