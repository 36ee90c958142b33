"""Streaming encryption of evidence: STREAM (Hoang, Reyhanitabar, Rogaway, Vizár) over AES-GCM.

The layout is age's payload format under a key derived for one blob:

    header   b"HEV1" + 32-byte random salt
    key      HKDF-SHA256(case data key, salt, info = b"haven-evidence-v1:" + where)
    chunks   AES-256-GCM(key, nonce = 11-byte counter || last flag, 64 KiB of plaintext)

Every chunk is authenticated; its place is in the nonce (counter) and only the
final one has the last flag, so reordered, dropped, repeated or appended
chunks and a truncated file all fail to open. ``where`` binds the blob to its
case and item, so a blob copied onto another item does not open either. A
fresh salt per blob means a fresh key, so counters from zero never repeat a
nonce under one key. See docs/decisions/0006-evidence-vault.md.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from haven.core.errors import CryptoError

MAGIC = b"HEV1"
SALT_BYTES = 32
HEADER_BYTES = len(MAGIC) + SALT_BYTES
CHUNK = 64 * 1024
TAG = 16
MAX_CHUNKS = 2**64  # 11 counter bytes allow far more; 2**64 x 64 KiB is beyond any file


class StreamError(CryptoError):
    """The stored evidence does not open: changed, truncated, reordered or not ours."""

    code = "evidence_corrupt"


def _blob_key(key: bytes, salt: bytes, where: bytes) -> AESGCM:
    hkdf = HKDF(algorithm=hashes.SHA256(), length=32, salt=salt, info=b"haven-evidence-v1:" + where)
    return AESGCM(hkdf.derive(key))


def _nonce(counter: int, last: bool) -> bytes:
    if counter >= MAX_CHUNKS:
        raise StreamError("Evidence stream too long.")
    return counter.to_bytes(11, "big") + (b"\x01" if last else b"\x00")


class Encryptor:
    """Encrypts what is written to it, handing ciphertext to ``sink`` chunk by chunk."""

    def __init__(self, key: bytes, where: bytes, sink: Callable[[bytes], object]) -> None:
        salt = os.urandom(SALT_BYTES)
        self._aead = _blob_key(key, salt, where)
        self._sink = sink
        self._buffer = bytearray()
        self._counter = 0
        self._finished = False
        sink(MAGIC + salt)

    def write(self, data: bytes | memoryview) -> None:
        if self._finished:
            raise StreamError("Evidence stream already finished.")
        view = memoryview(data).cast("B")
        if self._buffer:  # complete the chunk begun by the last write
            taken = min(CHUNK - len(self._buffer), len(view))
            self._buffer += view[:taken]
            view = view[taken:]
            if not view:
                return  # a full buffer may still be the last chunk: only ``finish`` knows
            self._emit(bytes(self._buffer), last=False)
            self._buffer.clear()
        # Keep at least one byte back: only ``finish`` knows which chunk is last.
        while len(view) > CHUNK:
            self._emit(view[:CHUNK], last=False)
            view = view[CHUNK:]
        self._buffer += view

    def finish(self) -> None:
        if not self._finished:
            self._emit(bytes(self._buffer), last=True)
            self._buffer.clear()
            self._finished = True

    def _emit(self, plain: bytes | memoryview, *, last: bool) -> None:
        self._sink(self._aead.encrypt(_nonce(self._counter, last), plain, None))
        self._counter += 1


def _blocks(source: Iterable[bytes], size: int) -> Iterator[bytes]:
    """Re-cut arbitrary pieces into blocks of ``size`` (the last may be shorter)."""
    pending = bytearray()
    for piece in source:
        pending += piece
        while len(pending) >= size:
            yield bytes(pending[:size])
            del pending[:size]
    if pending:
        yield bytes(pending)


def decrypt(key: bytes, where: bytes, source: Iterable[bytes]) -> Iterator[bytes]:
    """The plaintext of a stored stream, chunk by chunk; raises StreamError on any change.

    A consumer must not act on what it got before the iterator ends cleanly:
    only the final chunk proves the stream was not cut short.
    """
    pieces = iter(source)
    header = bytearray()
    for piece in pieces:
        header += piece
        if len(header) >= HEADER_BYTES:
            break
    if len(header) < HEADER_BYTES or header[: len(MAGIC)] != MAGIC:
        raise StreamError("Stored evidence is malformed.")
    aead = _blob_key(key, bytes(header[len(MAGIC) : HEADER_BYTES]), where)
    rest = bytes(header[HEADER_BYTES:])
    blocks = _blocks(_chain(rest, pieces), CHUNK + TAG)
    current = next(blocks, None)
    counter = 0
    while current is not None:
        following = next(blocks, None)
        last = following is None
        try:
            yield aead.decrypt(_nonce(counter, last), current, None)
        except InvalidTag:
            raise StreamError("Stored evidence does not authenticate.") from None
        counter, current = counter + 1, following
    if counter == 0:
        raise StreamError("Stored evidence is truncated.")


def _chain(first: bytes, rest: Iterator[bytes]) -> Iterator[bytes]:
    if first:
        yield first
    yield from rest


def overhead(plain_size: int) -> int:
    """Bytes a stream of ``plain_size`` takes beyond the plaintext."""
    return HEADER_BYTES + TAG * (max(0, plain_size - 1) // CHUNK + 1)
