"""ACL-6: the timeline is append-only and tampering is found and named."""

from __future__ import annotations

import itertools

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from django.db import connection, transaction

from haven.cases import actions, notes
from haven.cases.models import Case, CaseEvent
from haven.cases.timeline import GENESIS, append_event, hash_of, verify_timeline
from haven.testing.demo import DEMO_LOADED


@pytest.fixture
def case(personas):
    case = actions.open_case(acting_user=personas.moderator, disclosure="synthetic words")
    notes.add_note(case, "second synthetic note", acting_user=personas.moderator)
    actions.change_status(case, "start", acting_user=personas.moderator)
    actions.set_priority(case, 4, acting_user=personas.moderator)
    return case


def _event(case, seq):
    return CaseEvent.objects.get(case=case, seq=seq)


def test_chain_is_linked_and_intact(case):
    events = list(CaseEvent.objects.filter(case=case).order_by("seq"))
    assert [e.seq for e in events] == list(range(1, len(events) + 1))
    assert events[0].prev_hash == GENESIS
    for before, after in itertools.pairwise(events):
        assert after.prev_hash == before.hash
    case.refresh_from_db()
    assert case.timeline_head == events[-1].hash
    report = verify_timeline(case)
    assert report.ok, report.summary()
    assert report.events_checked == len(events)


def test_acl6_edit_with_raw_sql_is_named(case):
    target = _event(case, 3)
    with connection.cursor() as cursor:
        cursor.execute(
            "UPDATE cases_caseevent SET payload = %s WHERE id = %s", ['{"note": 999}', target.pk]
        )
    report = verify_timeline(case)
    assert not report.ok
    assert [(p.seq, p.kind) for p in report.problems] == [(3, "altered")]
    assert f"Event #3 (row {target.pk}) was altered" in report.summary()


def test_acl6_delete_with_raw_sql_is_named(case):
    target = _event(case, 2)
    with connection.cursor() as cursor:
        cursor.execute("DELETE FROM cases_caseevent WHERE id = %s", [target.pk])
    report = verify_timeline(case)
    assert [(p.seq, p.kind) for p in report.problems] == [(2, "missing")]
    assert "Event #2 is missing" in report.summary()


def test_acl6_deleting_the_newest_event_is_a_gap(case):
    newest = CaseEvent.objects.filter(case=case).order_by("-seq").first()
    with connection.cursor() as cursor:
        cursor.execute("DELETE FROM cases_caseevent WHERE id = %s", [newest.pk])
    report = verify_timeline(case)
    assert [(p.seq, p.kind) for p in report.problems] == [(newest.seq, "missing")]


def test_acl6_rehashed_edit_breaks_the_next_link(case):
    """An editor who recomputes the edited event's own hash still breaks the chain after it."""
    from haven.cases.timeline import event_hash

    target = _event(case, 2)
    forged = event_hash(
        case_id=case.pk,
        seq=2,
        type=target.type,
        actor_id=target.actor_id,
        created_at=target.created_at,
        payload={"forged": True},
        prev_hash=target.prev_hash,
    )
    with connection.cursor() as cursor:
        cursor.execute(
            "UPDATE cases_caseevent SET payload = %s, hash = %s WHERE id = %s",
            ['{"forged": true}', forged, target.pk],
        )
    report = verify_timeline(case)
    assert [(p.seq, p.kind) for p in report.problems] == [(3, "broken_link")]


def test_events_cannot_be_changed_through_the_orm(case):
    event = _event(case, 1)
    event.type = "case.something_else"
    with pytest.raises(TypeError):
        event.save()
    with pytest.raises(TypeError):
        event.delete()
    with pytest.raises(TypeError):
        CaseEvent.objects.filter(case=case).update(type="x")
    with pytest.raises(TypeError):
        CaseEvent.objects.filter(case=case).delete()
    assert verify_timeline(case).ok


@pytest.mark.django_db(transaction=True)
def test_append_outside_a_transaction_is_refused(case, personas):
    with pytest.raises(RuntimeError):
        append_event(case, DEMO_LOADED, actor_id=personas.moderator.pk)


def test_failed_change_leaves_no_event(case, personas):
    before = CaseEvent.objects.filter(case=case).count()
    with pytest.raises(ZeroDivisionError), transaction.atomic():
        append_event(case, DEMO_LOADED, actor_id=personas.moderator.pk)
        1 / 0  # noqa: B018
    assert CaseEvent.objects.filter(case=case).count() == before
    assert verify_timeline(case).ok


def test_verify_command_names_the_broken_case(case, capsys):
    call_command("haven_verify")
    with connection.cursor() as cursor:
        cursor.execute(
            "UPDATE cases_caseevent SET type = 'case.viewed' WHERE case_id = %s AND seq = 1",
            [case.pk],
        )
    with pytest.raises(CommandError, match="1 timeline"):
        call_command("haven_verify")
    assert case.pk in capsys.readouterr().out


def test_acl6_event_inserted_beyond_the_head_is_named(case):
    from haven.cases.timeline import event_hash

    newest = CaseEvent.objects.filter(case=case).order_by("-seq").first()
    seq = newest.seq + 1
    forged = event_hash(
        case_id=case.pk,
        seq=seq,
        type="case.viewed",
        actor_id=None,
        created_at=newest.created_at,
        payload={},
        prev_hash=newest.hash,
    )
    with connection.cursor() as cursor:
        cursor.execute(
            "INSERT INTO cases_caseevent (case_id, seq, type, actor_id, created_at, payload, "
            "prev_hash, hash) VALUES (%s, %s, 'case.viewed', NULL, %s, '{}', %s, %s)",
            [case.pk, seq, newest.created_at, newest.hash, forged],
        )
    report = verify_timeline(case)
    assert [(p.seq, p.kind) for p in report.problems] == [(seq, "unexpected")]


def test_changed_head_on_the_case_is_named(case):
    with connection.cursor() as cursor:
        cursor.execute(
            "UPDATE cases_case SET timeline_head = %s WHERE id = %s", ["0" * 64, case.pk]
        )
    report = verify_timeline(case)
    assert [p.kind for p in report.problems] == ["head"]


def test_orm_back_doors_are_closed(case):
    with pytest.raises(TypeError):
        CaseEvent._base_manager.filter(case=case).update(type="x")
    with pytest.raises(TypeError):
        CaseEvent._base_manager.filter(case=case).delete()
    with pytest.raises(TypeError):
        CaseEvent.objects.bulk_create([])
    with pytest.raises(TypeError):
        CaseEvent.objects.update_or_create(case=case, seq=1)
    assert verify_timeline(case).ok


def test_status_event_records_the_real_previous_status(case, personas):
    stale = type(case).objects.get(pk=case.pk)
    actions.change_status(case, "wait", acting_user=personas.moderator)
    actions.change_status(stale, "resume", acting_user=personas.moderator)
    last = CaseEvent.objects.filter(case=case, type="case.status_changed").order_by("-seq").first()
    assert last.payload["from"] == "waiting"


def test_an_event_of_a_kind_no_module_declares_is_named(case):
    """haven verify reads the catalogue: a row of an invented kind, rightly chained, is named."""
    last = CaseEvent.objects.filter(case=case).order_by("-seq").first()
    forged = CaseEvent(
        case_id=case.pk,
        seq=last.seq + 1,
        type="case.invented",
        actor_id=None,
        created_at=last.created_at,
        payload={},
        prev_hash=last.hash,
    )
    forged.hash = hash_of(forged)
    forged.save()
    Case.objects.filter(pk=case.pk).update(timeline_length=forged.seq, timeline_head=forged.hash)
    report = verify_timeline(case)
    assert [p.kind for p in report.problems] == ["undeclared"]
