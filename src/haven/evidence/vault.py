"""Sealing evidence as it streams: plaintext in, ciphertext out to the store, hashed on the way.

The plaintext never touches a disk: what is written goes straight through the
encryptor (``stream``) into the store's writer, which only makes the blob
visible once the whole of it was written and the block ended without error.
"""

from __future__ import annotations

import hashlib
import secrets
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from haven.cases import sealing
from haven.core.errors import InvalidInput
from haven.crypto.keystore import get_keystore
from haven.evidence import store, stream

HEAD_BYTES = 64 * 1024  # enough of the start for every sniffer


def new_item_id() -> str:
    return secrets.token_urlsafe(12)


def _where(case_id: str, item_id: str) -> bytes:
    return f"haven:case:{case_id}:evidence.{item_id}".encode()


def _key(case_id: str) -> bytes:
    return get_keystore().get(sealing.key_scope(case_id))


class TooLarge(InvalidInput):
    """That file is larger than Haven accepts."""

    code = "too_large"


@dataclass(frozen=True)
class SealedBlob:
    name: str
    sha256: str
    size: int
    head: bytes  # the first and last bytes of the plaintext, in memory only, for sniffing
    tail: bytes


class SealingWriter:
    """Counts, hashes and encrypts what is written; refuses past ``limit`` bytes."""

    def __init__(self, encryptor: stream.Encryptor, name: str, limit: int) -> None:
        self._encryptor, self.name, self._limit = encryptor, name, limit
        self._hash = hashlib.sha256()
        self._head = bytearray()
        self._tail = b""
        self.size = 0

    def write(self, data: bytes) -> None:
        self.size += len(data)
        if self.size > self._limit:
            raise TooLarge("That file is larger than Haven accepts.")
        if len(self._head) < HEAD_BYTES:
            self._head += data[: HEAD_BYTES - len(self._head)]
        self._tail = (self._tail + data[-HEAD_BYTES:])[-HEAD_BYTES:]
        self._hash.update(data)
        self._encryptor.write(data)

    def sealed(self) -> SealedBlob:
        self._encryptor.finish()
        return SealedBlob(
            self.name, self._hash.hexdigest(), self.size, bytes(self._head), self._tail
        )


@contextmanager
def sealing_into(case_id: str, item_id: str, *, limit: int) -> Iterator[SealingWriter]:
    """A writer whose blob exists (under ``writer.name``) only if the block ends cleanly.

    Call ``writer.sealed()`` inside the block, after the last write.
    """
    key = _key(case_id)
    name = store.new_name()
    with store.get_store().writer(name) as out:
        writer = SealingWriter(
            stream.Encryptor(key, _where(case_id, item_id), out.write), name, limit
        )
        yield writer
        writer.sealed()


def seal_all(case_id: str, item_id: str, pieces: Iterable[bytes], *, limit: int) -> SealedBlob:
    """Seal an iterable of plaintext pieces into a new blob."""
    with sealing_into(case_id, item_id, limit=limit) as writer:
        for piece in pieces:
            writer.write(piece)
        return writer.sealed()


def read(case_id: str, item_id: str, name: str) -> Iterator[bytes]:
    """The item's plaintext in pieces; raises StreamError if the blob was changed."""
    return stream.decrypt(_key(case_id), _where(case_id, item_id), store.get_store().read(name))
