"""The catalogue of events: one declaration adds a kind; payloads hold only ids, enums, counts."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from enum import StrEnum

import pytest
from django.db import transaction

from haven.cases import actions, audit
from haven.cases.models import CaseEvent, CaseStatus
from haven.cases.timeline import append_event, verify_timeline
from haven.core.events import Id, PayloadError, Stream, all_kinds, declare, kind_of
from haven.testing.demo import load_demo_cases


class Colour(StrEnum):
    TEAL = "teal"


@dataclass(frozen=True)
class Painted:
    colour: Colour
    coats: int
    media: Id
    status: CaseStatus | None = None


PAINTED = declare(
    "test.painted",
    Painted,
    "Case painted",
    lambda p, names: [f"{p.coats} coats of {p.colour.value}"],
)


def test_a_new_kind_is_one_declaration_and_reads_on_the_timeline(personas, login):
    case = actions.open_case(acting_user=personas.lead)
    with transaction.atomic():
        append_event(
            case, PAINTED, actor_id=personas.lead.pk, payload=Painted(Colour.TEAL, 2, Id("m-1"))
        )
    page = login(personas.lead).get(f"/cases/{case.pk}/timeline/").content.decode()
    assert "<strong>Case painted</strong>: 2 coats of teal" in page
    assert kind_of("test.painted") is PAINTED
    assert CaseEvent.objects.get(case=case, type="test.painted").payload == {
        "colour": "teal",
        "coats": 2,
        "media": "m-1",
    }
    assert verify_timeline(case).ok


@pytest.mark.parametrize(
    "field_type",
    [str, dict, list, float, "str | None", "tuple[str, ...]", "int | bool"],
)
def test_a_payload_type_that_could_carry_content_is_refused(field_type):
    namespace: dict[str, object] = {"__annotations__": {"value": field_type}}
    loose = dataclass(frozen=True)(type("Loose", (), namespace))
    with pytest.raises(PayloadError):
        declare(f"test.loose_{field_type}", loose, "Loose")


def test_a_mutable_payload_type_is_refused():
    @dataclass
    class Mutable:
        count: int

    with pytest.raises(PayloadError):
        declare("test.mutable", Mutable, "Mutable")


@pytest.mark.parametrize(
    "payload",
    [
        Painted("red", 2, Id("m-1")),  # type: ignore[arg-type]  (not a member of the enum)
        Painted(Colour.TEAL, "2", Id("m-1")),  # type: ignore[arg-type]
        Painted(Colour.TEAL, True, Id("m-1")),
        Painted(Colour.TEAL, 2, Id("a" * 64)),  # a SHA-256 is not a record id
        Painted(Colour.TEAL, 2, Id("her words, in clear")),
        Painted(Colour.TEAL, 2, Id("m-1"), status="limbo"),  # type: ignore[arg-type]
    ],
)
def test_a_payload_with_a_forbidden_value_is_refused_when_written(personas, payload):
    case = actions.open_case(acting_user=personas.lead)
    before = CaseEvent.objects.filter(case=case).count()
    with pytest.raises(PayloadError), transaction.atomic():
        append_event(case, PAINTED, actor_id=personas.lead.pk, payload=payload)
    assert CaseEvent.objects.filter(case=case).count() == before


def test_a_payload_of_another_kind_is_refused(personas):
    case = actions.open_case(acting_user=personas.lead)
    with pytest.raises(PayloadError), transaction.atomic():
        append_event(case, PAINTED, actor_id=None, payload=audit.CaseViewed())  # type: ignore[arg-type]


def test_reads_go_to_the_audit_stream_and_nowhere_else(personas):
    case = actions.open_case(acting_user=personas.lead)
    with pytest.raises(PayloadError), transaction.atomic():
        append_event(case, audit.CASE_VIEWED, actor_id=None, payload=audit.CaseViewed())
    with pytest.raises(PayloadError):
        audit.record(PAINTED, actor=None, payload=Painted(Colour.TEAL, 1, Id("m-1")))


def test_datetimes_are_stored_as_iso_text_and_read_back():
    @dataclass(frozen=True)
    class Due:
        due: datetime

    kind = declare("test.due", Due, "Due")
    moment = datetime(2026, 12, 6, 2, 0, tzinfo=UTC)
    assert kind.encode(Due(moment)) == {"due": "2026-12-06T02:00:00+00:00"}
    assert kind.decode({"due": "2026-12-06T02:00:00+00:00"}) == Due(moment)


def test_every_event_the_demo_writes_is_declared_with_its_stream(personas):
    load_demo_cases(personas.lead, personas.moderator)
    written = set(CaseEvent.objects.values_list("type", flat=True))
    timeline = {kind.name for kind in all_kinds(Stream.TIMELINE)}
    assert written <= timeline, written - timeline
    assert {"case.viewed", "media.revealed", "case.erased"} <= {
        kind.name for kind in all_kinds(Stream.AUDIT)
    }
