"""The audit stream is chained like a timeline, anchored in the checkpoints, and read by leads."""

from __future__ import annotations

import json
import shutil

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from django.db import connection

from haven.cases import actions, audit, erasure, sealing
from haven.cases.checkpoint_files import checkpoint_dir, write_checkpoint
from haven.cases.models import AuditHead, AuditRecord, Case
from haven.cases.timeline import GENESIS


@pytest.fixture(autouse=True)
def _no_checkpoints_left():
    shutil.rmtree(checkpoint_dir(), ignore_errors=True)
    yield
    shutil.rmtree(checkpoint_dir(), ignore_errors=True)


def _reads(personas, count: int) -> Case:
    case = actions.open_case(acting_user=personas.lead)
    for _ in range(count):
        audit.record_view(case, reader=personas.moderator, part=audit.Part.CASE)
    return case


def _verify() -> tuple[bool, str]:
    from io import StringIO

    out = StringIO()
    try:
        call_command("haven_verify", stdout=out)
    except CommandError as exc:
        return False, out.getvalue() + str(exc)
    return True, out.getvalue()


def test_records_chain_and_an_altered_one_is_named(personas):
    _reads(personas, 3)
    assert audit.verify_audit().ok
    target = AuditRecord.objects.order_by("seq")[1]
    with connection.cursor() as cursor:
        cursor.execute("UPDATE cases_auditrecord SET actor_id = NULL WHERE id = %s", [target.pk])
    report = audit.verify_audit()
    assert [p.kind for p in report.problems] == ["altered"]


def test_a_consistent_rewrite_of_the_whole_stream_is_named_against_the_checkpoint(personas):
    _reads(personas, 3)
    write_checkpoint()
    ok, _ = _verify()
    assert ok
    # Someone with the database removes who read what, and rechains everything.
    prev = GENESIS
    with connection.cursor() as cursor:
        for entry in AuditRecord.objects.order_by("seq"):
            entry.actor_id, entry.prev_hash = None, prev
            entry.hash = audit.hash_of(entry)
            cursor.execute(
                "UPDATE cases_auditrecord SET actor_id = NULL, prev_hash = %s, hash = %s "
                "WHERE id = %s",
                [prev, entry.hash, entry.pk],
            )
            prev = entry.hash
    AuditHead.objects.filter(pk=1).update(head=prev)
    assert audit.verify_audit().ok, "the stream alone cannot tell"
    ok, out = _verify()
    assert not ok and "audit" in out


def test_verify_does_not_shred_a_case_whose_erasure_was_never_recorded(personas):
    case = actions.open_case(acting_user=personas.lead, disclosure="synthetic")
    Case.objects.filter(pk=case.pk).update(erased_at=case.created_at)  # forged in the database
    assert erasure.unfinished_erasures() == []
    _verify()
    assert sealing.has_case_key(case.pk)


def test_payloads_hold_ids_only(personas):
    case = _reads(personas, 1)
    [entry] = AuditRecord.objects.filter(case_id=case.pk)
    assert json.loads(json.dumps(entry.payload)) == {"what": "case"}
