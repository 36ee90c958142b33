"""The confidential channel: sealed messages, the advice check, the team's signature, events."""

from __future__ import annotations

import pytest
from django.test import override_settings

from haven.cases import responding
from haven.cases.models import Case, CaseEvent, CloseReason
from haven.core.errors import Conflict, CryptoError, InvalidInput, NotFound
from haven.portal import messages
from haven.portal.messages import AdviceFlagged, Direction
from haven.portal.models import Message
from haven.testing.personas import Personas
from tests.cases.helpers import assert_timeline_ok, database_contains, event_types

KIND_WORDS = "Synthetic words of reassurance: this is not your fault, and we are here to help."


def test_a_message_is_sealed_signed_and_on_the_timeline(case: Case, personas: Personas) -> None:
    sent = messages.send_to_victim(case, by=personas.moderator, body=KIND_WORDS, language="en")
    row = Message.objects.get(pk=sent.pk)
    assert row.direction == Direction.TO_VICTIM and row.sent_by == personas.moderator
    assert KIND_WORDS.encode() not in bytes(row.body_sealed)
    assert database_contains("Synthetic words of reassurance") == []
    [shown] = messages.thread(case)
    assert shown.from_team and shown.body.startswith(KIND_WORDS)
    assert shown.body.endswith("— the moderation team")
    assert personas.moderator.username not in shown.body
    types = event_types(case)
    assert types[-1] == "case.response_recorded"
    assert types.index("message.sent") < types.index("case.response_recorded")
    sent_event = CaseEvent.objects.get(case=case, type="message.sent")
    assert "Synthetic" not in str(sent_event.payload)
    assert_timeline_ok(case)


@override_settings(HAVEN_TEAM_SIGNATURE="— Safety team of example.social")
def test_the_signature_is_a_setting(case: Case, personas: Personas) -> None:
    messages.send_to_victim(case, by=personas.lead, body=KIND_WORDS, language="en")
    assert messages.thread(case)[0].body.endswith("\n\n— Safety team of example.social")


def test_a_sealed_message_does_not_open_on_another_row(case: Case, personas: Personas) -> None:
    first = messages.send_to_victim(case, by=personas.lead, body=KIND_WORDS, language="en")
    second = messages.receive_from_victim(case, body="Thank you, synthetic reply.", language="en")
    Message.objects.filter(pk=second.pk).update(body_sealed=first.body_sealed)
    with pytest.raises(CryptoError):
        messages.thread(case)


def test_only_the_team_or_a_lead_may_send(case: Case, personas: Personas) -> None:
    with pytest.raises(NotFound):
        messages.send_to_victim(case, by=personas.outsider, body=KIND_WORDS, language="en")
    assert not Message.objects.exists()


def test_sending_counts_as_the_first_response(case: Case, personas: Personas) -> None:
    with pytest.raises(Conflict):
        responding.close_case(case, acting_user=personas.lead, reason=CloseReason.RESPONDED)
    messages.send_to_victim(case, by=personas.moderator, body=KIND_WORDS, language="en")
    case.refresh_from_db()
    assert case.first_responded_at is not None
    responding.close_case(case, acting_user=personas.lead, reason=CloseReason.RESPONDED)


def test_flagged_advice_is_refused_without_a_reason(case: Case, personas: Personas) -> None:
    before = event_types(case)
    with pytest.raises(AdviceFlagged) as flagged:
        messages.send_to_victim(
            case, by=personas.moderator, body="Maybe you should just pay him.", language="en"
        )
    assert not flagged.value.check.clean
    assert flagged.value.code == "advice_flagged"
    assert not Message.objects.exists()
    assert event_types(case) == before


def test_flagged_advice_sent_anyway_with_a_reason(case: Case, personas: Personas) -> None:
    messages.send_to_victim(
        case,
        by=personas.moderator,
        body="You asked whether you should just pay him: please do not.",
        language="en",
        override_reason="victim_asked",
    )
    types = event_types(case)
    order = ["case.advice_overridden", "message.sent", "case.response_recorded"]
    assert [t for t in types if t in order] == order
    assert_timeline_ok(case)


def test_everything_goes_in_one_transaction(
    case: Case, personas: Personas, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = event_types(case)

    def failing(*args: object, **kwargs: object) -> None:
        raise RuntimeError("the response could not be recorded")

    monkeypatch.setattr(messages, "record_response", failing)
    with pytest.raises(RuntimeError):
        messages.send_to_victim(
            case,
            by=personas.moderator,
            body="You asked whether you should just pay him: please do not.",
            language="en",
            override_reason="victim_asked",
        )
    assert not Message.objects.exists()
    assert event_types(case) == before


def test_an_answer_from_the_victim(case: Case) -> None:
    messages.receive_from_victim(case, body="A synthetic answer from the victim.", language="de")
    [shown] = messages.thread(case)
    assert not shown.from_team and shown.direction == Direction.FROM_VICTIM
    assert shown.language == "de" and shown.body == "A synthetic answer from the victim."
    assert event_types(case)[-1] == "message.received"
    assert database_contains("synthetic answer") == []


def test_the_thread_is_oldest_first_and_read_once(case: Case, personas: Personas) -> None:
    messages.send_to_victim(case, by=personas.lead, body="First synthetic note.", language="en")
    messages.receive_from_victim(case, body="Second, from the victim.", language="en")
    messages.send_to_victim(case, by=personas.lead, body="Third synthetic note.", language="en")
    assert [v.body.split("\n")[0] for v in messages.thread(case)] == [
        "First synthetic note.",
        "Second, from the victim.",
        "Third synthetic note.",
    ]
    assert messages.unread_count(case) == 2
    assert messages.mark_read(case) == 2
    assert messages.mark_read(case) == 0
    assert event_types(case).count("message.read") == 1


@pytest.mark.parametrize("body", ["", "   ", "x" * (messages.MAX_BODY + 1), "x" * 1_000_000])
def test_empty_and_too_long_messages_are_refused(case: Case, personas: Personas, body: str) -> None:
    with pytest.raises(InvalidInput):
        messages.send_to_victim(case, by=personas.lead, body=body, language="en")
    with pytest.raises(InvalidInput):
        messages.receive_from_victim(case, body=body, language="en")
    assert not Message.objects.exists()


def test_an_unknown_language_is_refused(case: Case, personas: Personas) -> None:
    with pytest.raises(InvalidInput):
        messages.send_to_victim(case, by=personas.lead, body=KIND_WORDS, language="xx")


def test_erasure_takes_the_messages(case: Case, personas: Personas) -> None:
    from haven.cases import erasure

    messages.receive_from_victim(case, body="Synthetic text to erase.", language="en")
    erasure.erase_case(case, acting_user=personas.lead)
    assert not Message.objects.filter(case=case).exists()
    with pytest.raises(Conflict):
        messages.receive_from_victim(case, body="Too late.", language="en")


@pytest.mark.django_db(transaction=True)
def test_the_team_hears_when_the_victim_writes(case: Case, personas: Personas) -> None:
    from haven.notify.models import Event, Notification

    first = messages.receive_from_victim(case, body="A synthetic answer.", language="en")
    messages.receive_from_victim(case, body="And a second one.", language="en")
    told = Notification.objects.filter(case=case, event=Event.VICTIM_ANSWERED)
    assert told.count() == 2
    assert {n.once_key for n in told} >= {f"{case.pk}:answered:{first.pk.hex}"}
    assert all("synthetic" not in str(n.__dict__).lower() for n in told)


def test_an_answer_that_speaks_of_self_harm_makes_the_case_urgent_at_once(
    case: Case, personas: Personas
) -> None:
    from haven.cases import assessing
    from haven.cases.models import Priority

    messages.receive_from_victim(
        case, body="I can't take this anymore, I want to kill myself.", language="en"
    )
    case.refresh_from_db()
    assert case.priority == Priority.CRITICAL and case.urgent_from_scan
    # It stays until the question is answered, though no TextScan holds the signal.
    assessing.update_assessment(
        case, acting_user=personas.moderator, answers={"threat_of_exposure": "no"}
    )
    case.refresh_from_db()
    assert case.urgent_from_scan
    assessing.update_assessment(
        case, acting_user=personas.moderator, answers={"immediate_risk": "yes"}
    )
    case.refresh_from_db()
    assert not case.urgent_from_scan and case.priority == Priority.CRITICAL
    assert_timeline_ok(case)
