"""Both evidence stores, one code path: sealed round trips, nothing partial, no plaintext."""

from __future__ import annotations

import errno
import hashlib
import os
import time
from pathlib import Path

import pytest
from django.conf import settings

from haven.evidence import store, stream, vault
from haven.evidence.stream import CHUNK, StreamError
from tests.evidence.helpers import files_holding, marker, plaintext_with

LIMIT = 50 * 1024 * 1024


def pieces(data: bytes, size: int = 100_003) -> list[bytes]:
    return [data[at : at + size] for at in range(0, len(data), size)]


def test_sealed_round_trip_and_hash(case, blob_store):
    mark = marker()
    data = plaintext_with(mark, 9 * 1024 * 1024 + 11)  # past one S3 part
    blob = vault.seal_all(case.pk, "item1", pieces(data), limit=LIMIT)
    assert blob_store.exists(blob.name)
    assert blob.size == len(data)
    assert blob.sha256 == hashlib.sha256(data).hexdigest()
    assert blob.head == data[: vault.HEAD_BYTES]
    assert b"".join(vault.read(case.pk, "item1", blob.name)) == data
    assert files_holding(mark) == []
    stored = b"".join(blob_store.read(blob.name))
    assert mark not in stored


def test_a_blob_does_not_open_as_another_item(case, blob_store):
    blob = vault.seal_all(case.pk, "item1", [b"x" * 10], limit=LIMIT)
    with pytest.raises(StreamError):
        b"".join(vault.read(case.pk, "item2", blob.name))


def test_a_changed_blob_is_refused(case, blob_store):
    blob = vault.seal_all(case.pk, "item1", [os.urandom(CHUNK * 2)], limit=LIMIT)
    stored = bytearray(b"".join(blob_store.read(blob.name)))
    stored[CHUNK] ^= 1
    with blob_store.writer(blob.name) as out:
        out.write(bytes(stored))
    with pytest.raises(StreamError):
        b"".join(vault.read(case.pk, "item1", blob.name))


def test_too_large_leaves_nothing(case, blob_store):
    mark = marker()
    before = set(blob_store.names())
    with pytest.raises(vault.TooLarge):
        vault.seal_all(case.pk, "item1", pieces(plaintext_with(mark, 300_000)), limit=200_000)
    assert set(blob_store.names()) == before
    assert files_holding(mark) == []


def test_a_writer_that_fails_halfway_leaves_nothing(case, blob_store):
    mark = marker()
    before = set(blob_store.names())

    def interrupted():
        yield plaintext_with(mark, 9 * 1024 * 1024)
        raise ConnectionResetError("client went away")

    with pytest.raises(ConnectionResetError):
        vault.seal_all(case.pk, "item1", interrupted(), limit=LIMIT)
    assert set(blob_store.names()) == before
    assert files_holding(mark) == []


def test_a_full_disk_is_a_clear_error_and_leaves_nothing(case, monkeypatch):
    local = store.LocalStore(Path(settings.HAVEN_DATA_DIR) / "media")
    monkeypatch.setattr(store, "get_store", lambda: local)
    before = set(local.names())
    real_fsync = os.fsync

    def full(fd):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fsync", full)
    with pytest.raises(store.StoreFull):
        vault.seal_all(case.pk, "item1", [b"x" * 1000], limit=LIMIT)
    monkeypatch.setattr(os, "fsync", real_fsync)
    assert set(local.names()) == before
    assert not list(local.directory.glob(".partial-*"))


def test_a_process_killed_mid_write_leaves_only_ciphertext_which_sweep_removes(case, tmp_path):
    local = store.LocalStore(tmp_path / "media")
    mark = marker()
    # What a killed process leaves: the partial file, never renamed into place.
    partial = local.directory
    partial.mkdir()
    out: list[bytes] = []
    encryptor = stream.Encryptor(bytes(32), b"w", out.append)
    encryptor.write(plaintext_with(mark, 200_000))
    leftover = partial / f"{store.PARTIAL}{store.new_name()}-dead"
    leftover.write_bytes(b"".join(out))
    assert mark not in leftover.read_bytes()
    assert list(local.names()) == []
    old = time.time() - store.STALE_SECONDS - 10
    os.utime(leftover, (old, old))
    assert local.sweep() == 1
    assert not leftover.exists()


def test_names_from_outside_are_refused(blob_store):
    for name in ("../secret.key", "a" * 5000, "abc\0def", "ABCDEF" * 6):
        with pytest.raises(ValueError):
            blob_store.exists(name)


def test_remove_and_names(case, blob_store):
    blob = vault.seal_all(case.pk, "item1", [b"abc"], limit=LIMIT)
    assert blob.name in set(blob_store.names())
    store.remove([blob.name, ""])
    assert not blob_store.exists(blob.name)


def test_local_blobs_are_private(case, blob_store):
    blob = vault.seal_all(case.pk, "item1", [b"abc"], limit=LIMIT)
    if isinstance(blob_store, store.LocalStore):
        path = Path(blob_store.directory) / blob.name
        assert path.stat().st_mode & 0o777 == 0o600
        assert blob_store.directory.stat().st_mode & 0o777 == 0o700
