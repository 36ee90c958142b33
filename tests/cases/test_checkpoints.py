"""Checkpoints: every chain's head, signed, in the data dir and the mirror; compared back."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from django_tasks_db.models import DBTaskResult

from haven.cases import actions, checkpoints
from haven.cases.checkpoint_files import (
    PURPOSE,
    InvalidCheckpoint,
    checkpoint_dir,
    listing,
    read_checkpoint,
    write_checkpoint,
)
from haven.cases.checkpoints import compare, register_chain, snapshot
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
def mirror(settings, tmp_path) -> Path:
    settings.HAVEN_CHECKPOINT_MIRROR = str(tmp_path / "mirror")
    return tmp_path / "mirror"


def _public_key():
    return signing.load_public_key(Path(checkpoint_dir().parent / "keys"), PURPOSE)


def _head(case):
    case.refresh_from_db()
    return (case.pk, case.timeline_length, case.timeline_head)


def _erase(case, lead) -> None:
    from haven.cases.erasure import erase_case

    erase_case(case, acting_user=lead)


def test_a_checkpoint_lists_every_case_head_signed(personas, case):
    other = actions.open_case(acting_user=personas.lead)
    written = write_checkpoint()

    assert written.path.parent == checkpoint_dir()
    read = read_checkpoint(written.path, _public_key())
    assert read.seq == written.seq
    assert {_head(case), _head(other)} <= set(read.chains["case-timeline"])
    text = written.path.read_text()
    assert "synthetic" not in text  # ids, counts and hashes only


def test_numbers_grow_and_the_data_dir_keeps_the_last_few(settings, personas, case, mirror):
    settings.HAVEN_CHECKPOINT_KEEP = 2
    seqs = [write_checkpoint().seq for _ in range(3)]
    assert seqs == [seqs[0], seqs[0] + 1, seqs[0] + 2]
    assert [n for n, _ in listing(checkpoint_dir())] == seqs[1:]
    assert [n for n, _ in listing(mirror)] == seqs  # never pruned
    assert signing.load_public_key(mirror, PURPOSE) is not None
    for _, path in listing(mirror):
        assert read_checkpoint(path, signing.load_public_key(mirror, PURPOSE)).seq in seqs


def test_a_changed_byte_or_another_key_is_refused(case, tmp_path):
    path = write_checkpoint().path
    document = json.loads(path.read_text())
    document["checkpoint"]["chains"]["case-timeline"][0][1] += 1
    path.write_text(json.dumps(document))
    with pytest.raises(InvalidCheckpoint, match="forged or altered"):
        read_checkpoint(path, _public_key())

    stranger = signing.signing_key(PURPOSE, KeyStore(tmp_path / "keys", new_key()))
    with pytest.raises(InvalidCheckpoint, match="forged or altered"):
        read_checkpoint(write_checkpoint().path, stranger.public_key())
    with pytest.raises(InvalidCheckpoint, match="no public key"):
        read_checkpoint(path, None)
    path.write_text("{not json")
    with pytest.raises(InvalidCheckpoint, match="cannot be read"):
        read_checkpoint(path, _public_key())


def test_compare_names_shorter_rewritten_and_gone(personas, case):
    case_id, length, head = _head(case)
    assert compare({"case-timeline": [(case_id, length, head)]}, 1) == []
    kinds = {
        "shorter": (case_id, length + 1, head),
        "rewritten": (case_id, length, "f" * 64),
        "gone": ("no-such-case", 3, head),
    }
    for kind, checkpointed in kinds.items():
        found = compare({"case-timeline": [checkpointed]}, 7)
        assert [(m.kind, m.chain_id) for m in found] == [(kind, checkpointed[0])]
        assert "checkpoint 7" in found[0].message


def test_a_chain_that_grew_is_checked_at_the_old_position(personas, case):
    case_id, length, head = _head(case)
    actions.set_priority(case, 4, acting_user=personas.lead)
    assert compare({"case-timeline": [(case_id, length, head)]}, 1) == []
    found = compare({"case-timeline": [(case_id, length, "0" * 64)]}, 1)
    assert [m.kind for m in found] == ["rewritten"]


def test_an_erased_case_is_excused(personas, case):
    case_id, length, _head_hash = _head(case)
    _erase(case, personas.lead)
    found = compare({"case-timeline": [(case_id, length + 5, "0" * 64)]}, 1)
    assert [(m.kind, m.chain_id) for m in found] == [("excused", case_id)]


def test_any_registered_chain_is_anchored(monkeypatch, case):
    monkeypatch.setattr(checkpoints, "_CHAINS", dict(checkpoints._CHAINS))
    stream = {"audit": (2, "b" * 64)}
    register_chain(
        "audit-stream",
        lambda: [(key, *value) for key, value in stream.items()],
        hash_at=lambda chain_id, position: "a" * 64 if position == 1 else None,
    )
    taken = snapshot()
    assert taken["audit-stream"] == [("audit", 2, "b" * 64)]
    assert "case-timeline" in taken

    stream["audit"] = (3, "c" * 64)
    assert compare({"audit-stream": [("audit", 1, "a" * 64)]}, 1) == []
    found = compare({"audit-stream": [("audit", 2, "b" * 64)]}, 1)
    assert [m.kind for m in found] == ["rewritten"]
    assert compare({"unheard-of": []}, 1)[0].kind == "unknown"


@pytest.mark.django_db(transaction=True)
def test_the_periodic_job_writes_checkpoints(personas):
    from haven.cases import checkpoint_tasks
    from haven.jobs import periodic
    from haven.jobs.worker import run_worker

    actions.open_case(acting_user=personas.lead)
    assert "haven.checkpoint" in [job.name for job in periodic.registered()]
    periodic.queue_due()
    assert DBTaskResult.objects.filter(task_path__endswith="write_checkpoint").count() == 1
    run_worker(queue_names=["*"], batch=True, handle_signals=False)
    row = DBTaskResult.objects.get(task_path=checkpoint_tasks.write_checkpoint.module_path)
    assert [n for n, _ in listing(checkpoint_dir())] == [row.return_value]
