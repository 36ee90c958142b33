"""'haven verify' against the checkpoints: REST-7 and ACL-6, a consistent rewrite is named."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from django.db import connection

from haven.cases import actions, notes
from haven.cases.checkpoint_files import PURPOSE, checkpoint_dir, listing, write_checkpoint
from haven.cases.models import Case, CaseEvent
from haven.cases.timeline import GENESIS, event_hash, verify_timeline
from haven.crypto import signing
from haven.crypto.envelope import new_key
from haven.crypto.keystore import KeyStore


@pytest.fixture(autouse=True)
def _no_checkpoints_left():
    """Each test starts with no checkpoint and leaves none for another test's 'haven verify'."""
    shutil.rmtree(checkpoint_dir(), ignore_errors=True)
    yield
    shutil.rmtree(checkpoint_dir(), ignore_errors=True)


@pytest.fixture
def case(personas):
    case = actions.open_case(acting_user=personas.moderator, disclosure="synthetic words")
    notes.add_note(case, "second synthetic note", acting_user=personas.moderator)
    actions.set_priority(case, 4, acting_user=personas.moderator)
    return case


def _verify(capsys, *args: str) -> tuple[bool, str]:
    capsys.readouterr()
    try:
        call_command("haven_verify", *args)
    except CommandError as exc:
        return False, capsys.readouterr().out + str(exc)
    return True, capsys.readouterr().out


def _rewrite_whole_timeline(case: Case, *, keep: int | None = None) -> None:
    """What an attacker with the database does: forge, rehash every event and the head."""
    events = list(CaseEvent.objects.filter(case=case).order_by("seq"))[:keep]
    prev = GENESIS
    with connection.cursor() as cursor:
        if keep is not None:
            cursor.execute(
                "DELETE FROM cases_caseevent WHERE case_id = %s AND seq > %s", [case.pk, keep]
            )
        for event in events:
            payload = {**event.payload, "forged": True} if event.seq == 1 else event.payload
            digest = event_hash(
                case_id=case.pk,
                seq=event.seq,
                type=event.type,
                actor_id=event.actor_id,
                created_at=event.created_at,
                payload=payload,
                prev_hash=prev,
            )
            cursor.execute(
                "UPDATE cases_caseevent SET payload = %s, prev_hash = %s, hash = %s WHERE id = %s",
                [json.dumps(payload), prev, digest, event.pk],
            )
            prev = digest
    Case.objects.filter(pk=case.pk).update(timeline_length=len(events), timeline_head=prev)


def _delete_with_raw_sql(case: Case) -> None:
    """Remove the case and every row that points at it, as if it had never been."""
    with connection.cursor() as cursor:
        for relation in Case._meta.related_objects:
            table = relation.related_model._meta.db_table
            column = relation.field.column
            cursor.execute(f"DELETE FROM {table} WHERE {column} = %s", [case.pk])  # noqa: S608
        cursor.execute("DELETE FROM cases_case WHERE id = %s", [case.pk])


def _erase(case, lead) -> None:
    from haven.cases.erasure import erase_case

    erase_case(case, acting_user=lead)


def test_rest7_acl6_a_consistent_rewrite_is_named_against_the_checkpoint(case, capsys):
    ok, out = _verify(capsys, "--checkpoint")
    assert ok, out
    assert "Wrote checkpoint" in out
    _rewrite_whole_timeline(case)
    assert verify_timeline(case).ok  # the chain alone cannot tell

    ok, out = _verify(capsys)
    assert not ok
    assert f"case-timeline {case.pk}: entry" in out
    assert "is not the one at checkpoint" in out
    assert "synthetic" not in out


def test_without_a_checkpoint_the_same_rewrite_goes_unseen(case, capsys):
    _rewrite_whole_timeline(case)
    ok, out = _verify(capsys)
    assert ok, out
    assert "No valid checkpoint" in out


def test_a_consistently_shortened_timeline_is_named(case, capsys):
    write_checkpoint()
    _rewrite_whole_timeline(case, keep=1)
    assert verify_timeline(case).ok
    ok, out = _verify(capsys)
    assert not ok
    assert f"case-timeline {case.pk} has 1 of its" in out


def test_a_vanished_case_is_named_an_erased_one_is_not(personas, case, capsys):
    erased = actions.open_case(acting_user=personas.lead)
    write_checkpoint()
    _erase(erased, personas.lead)
    # Erasure may leave only a tombstone: no events at all.
    with connection.cursor() as cursor:
        cursor.execute("DELETE FROM cases_casenote WHERE case_id = %s", [erased.pk])
        cursor.execute("DELETE FROM cases_caseevent WHERE case_id = %s", [erased.pk])
    Case.objects.filter(pk=erased.pk).update(timeline_length=0, timeline_head="")
    ok, out = _verify(capsys)
    assert ok, out
    assert f"case-timeline {erased.pk} changed since the checkpoint, as erasure does" in out

    _delete_with_raw_sql(case)
    ok, out = _verify(capsys)
    assert not ok
    assert f"case-timeline {case.pk} is gone" in out


def test_a_forged_newer_checkpoint_is_named_and_the_older_one_used(case, capsys, tmp_path):
    genuine = write_checkpoint()
    forger = signing.signing_key(PURPOSE, KeyStore(tmp_path / "keys", new_key()))
    document = json.loads(genuine.path.read_text())
    body = {**document["checkpoint"], "seq": genuine.seq + 1, "chains": {"case-timeline": []}}
    forged = checkpoint_dir() / f"checkpoint-{genuine.seq + 1:010d}.json"
    forged.write_text(json.dumps({"checkpoint": body, "signature": ""}))
    ok, out = _verify(capsys)
    assert not ok
    assert f"Checkpoint {forged} is not valid" in out

    signed = forger.sign(json.dumps(body, sort_keys=True, separators=(",", ":")).encode())
    forged.write_text(json.dumps({"checkpoint": body, "signature": signed.hex()}))
    _rewrite_whole_timeline(case)
    ok, out = _verify(capsys)
    assert f"Checkpoint {forged} is not valid" in out
    assert f"case-timeline {case.pk}: entry" in out  # still found against the genuine one


def test_the_mirror_still_disagrees_when_the_data_dir_was_made_to_agree(
    settings, case, capsys, tmp_path
):
    mirror = tmp_path / "mirror"
    settings.HAVEN_CHECKPOINT_MIRROR = str(mirror)
    write_checkpoint()
    _rewrite_whole_timeline(case)
    # Someone holding the whole host signs a fresh local checkpoint of the forged heads.
    settings.HAVEN_CHECKPOINT_MIRROR = ""
    write_checkpoint()
    ok, out = _verify(capsys)
    assert ok, out  # the data dir alone is fooled

    settings.HAVEN_CHECKPOINT_MIRROR = str(mirror)
    ok, out = _verify(capsys)
    assert not ok
    assert f"case-timeline {case.pk}: entry" in out


def test_a_mirror_with_another_public_key_or_none_at_all_is_named(settings, case, capsys, tmp_path):
    settings.HAVEN_CHECKPOINT_MIRROR = str(tmp_path / "absent")
    ok, out = _verify(capsys)
    assert not ok
    assert "cannot be reached" in out

    mirror = tmp_path / "mirror"
    settings.HAVEN_CHECKPOINT_MIRROR = str(mirror)
    write_checkpoint()
    stranger = signing.signing_key(PURPOSE, KeyStore(tmp_path / "keys", new_key()))
    signing.public_key_path(mirror, PURPOSE).write_text(
        signing.encode_public_key(stranger.public_key())
    )
    ok, out = _verify(capsys)
    assert not ok
    assert "The public key in the data dir is not the one in" in out


def test_no_checkpoint_is_written_over_a_problem(case, capsys):
    write_checkpoint()
    _rewrite_whole_timeline(case)
    before = listing(checkpoint_dir())
    ok, out = _verify(capsys, "--checkpoint")
    assert not ok
    assert "No checkpoint was written" in out
    assert listing(checkpoint_dir()) == before


def test_the_public_key_needs_no_secret(case):
    write_checkpoint()
    public = Path(checkpoint_dir().parent / "keys" / "signing-checkpoints.pub")
    assert signing.decode_public_key(public.read_text()) is not None


def test_a_stale_checkpoint_is_pointed_out(settings, case, capsys):
    write_checkpoint()
    ok, out = _verify(capsys)
    assert ok, out
    assert "is a worker running?" not in out
    settings.HAVEN_CHECKPOINT_SECONDS = 0.001
    ok, out = _verify(capsys)
    assert ok, out  # a note, not a failure: nothing was found changed
    assert "is a worker running?" in out
