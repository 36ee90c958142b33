"""Sending a flagged message anyway: a reason is required, and it is on the timeline."""

from __future__ import annotations

import pytest
from django.db import transaction

from haven.cases import notes
from haven.cases.advice.check import check
from haven.cases.advice.kinds import AdviceKind
from haven.cases.advice.override import (
    ADVICE_OVERRIDDEN,
    AdviceOverridden,
    OverrideReason,
    send_anyway,
)
from haven.cases.models import CaseNote
from haven.core.errors import Conflict, InvalidInput
from tests.cases.helpers import (
    assert_timeline_ok,
    database_contains,
    event_types,
    events_of_type,
)

MESSAGE = "Why did you send it? Maybe just pay them, synthetic-advice-7301."


def test_sending_anyway_records_the_kinds_and_reason_on_the_timeline(case, personas):
    result = check(MESSAGE, language="en")
    event = send_anyway(case, acting_user=personas.moderator, result=result, reason="victim_asked")
    [stored] = events_of_type(case, ADVICE_OVERRIDDEN.name)
    assert stored.pk == event.pk
    assert stored.actor_id == personas.moderator.pk
    assert ADVICE_OVERRIDDEN.decode(stored.payload) == AdviceOverridden(
        (AdviceKind.PAY, AdviceKind.BLAME), OverrideReason.VICTIM_ASKED
    )
    assert_timeline_ok(case)
    assert database_contains("synthetic-advice-7301") == []


@pytest.mark.parametrize("reason", ["", "because", None])
def test_no_reason_or_an_unknown_one_is_refused_and_records_nothing(case, personas, reason):
    before = event_types(case)
    with pytest.raises(InvalidInput):
        send_anyway(
            case,
            acting_user=personas.moderator,
            result=check(MESSAGE, language="en"),
            reason=reason,
        )  # type: ignore[arg-type]
    assert event_types(case) == before


def test_another_reason_needs_a_note_which_is_sealed(case, personas):
    result = check(MESSAGE, language="en")
    with pytest.raises(InvalidInput) as info:
        send_anyway(case, acting_user=personas.moderator, result=result, reason="other", note=" ")
    assert info.value.code == "reason_needed"
    text = "synthetic-override-note-4410"
    event = send_anyway(
        case, acting_user=personas.moderator, result=result, reason="other", note=text
    )
    note = CaseNote.objects.get(case=case, event=event)
    assert notes.read_note(note) == text
    assert database_contains(text) == []


def test_a_message_flagged_for_nothing_has_nothing_to_override(case, personas):
    before = event_types(case)
    with pytest.raises(Conflict):
        send_anyway(
            case,
            acting_user=personas.moderator,
            result=check("Please do not pay them.", language="en"),
            reason="victim_asked",
        )
    assert event_types(case) == before


def test_the_event_is_undone_with_the_transaction_it_was_in(case, personas):
    before = event_types(case)
    with pytest.raises(RuntimeError), transaction.atomic():
        send_anyway(
            case,
            acting_user=personas.moderator,
            result=check(MESSAGE, language="en"),
            reason="check_misread",
        )
        raise RuntimeError
    assert event_types(case) == before
