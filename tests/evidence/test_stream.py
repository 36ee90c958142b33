"""The streaming seal: round trips at every size, and any change to the stored bytes fails."""

from __future__ import annotations

import os

import pytest

from haven.evidence import stream
from haven.evidence.stream import CHUNK, HEADER_BYTES, TAG, StreamError

KEY = bytes(range(32))
WHERE = b"haven:case:c1:evidence.i1"


def seal(data: bytes, pieces: int = 7) -> bytes:
    out: list[bytes] = []
    encryptor = stream.Encryptor(KEY, WHERE, out.append)
    step = max(1, len(data) // pieces)
    for at in range(0, len(data), step):
        encryptor.write(data[at : at + step])
    encryptor.finish()
    return b"".join(out)


def unseal(sealed: bytes, where: bytes = WHERE, key: bytes = KEY) -> bytes:
    # Fed in odd-sized pieces, as a store or a network would.
    pieces = [sealed[at : at + 10_007] for at in range(0, len(sealed), 10_007)]
    return b"".join(stream.decrypt(key, where, pieces))


@pytest.mark.parametrize("size", [0, 1, CHUNK - 1, CHUNK, CHUNK + 1, 3 * CHUNK, 5 * CHUNK + 17])
def test_round_trip_at_chunk_edges(size):
    data = os.urandom(size)
    sealed = seal(data)
    assert unseal(sealed) == data
    assert len(sealed) == size + stream.overhead(size)


def chunks_of(sealed: bytes) -> tuple[bytes, list[bytes]]:
    body = sealed[HEADER_BYTES:]
    size = CHUNK + TAG
    return sealed[:HEADER_BYTES], [body[at : at + size] for at in range(0, len(body), size)]


def test_a_flipped_bit_anywhere_fails():
    sealed = seal(os.urandom(2 * CHUNK + 5))
    for at in (0, 5, HEADER_BYTES + 3, HEADER_BYTES + CHUNK + TAG + 1, len(sealed) - 1):
        changed = bytearray(sealed)
        changed[at] ^= 0x01
        with pytest.raises(StreamError):
            unseal(bytes(changed))


def test_reordered_chunks_fail():
    header, chunks = chunks_of(seal(os.urandom(3 * CHUNK + 5)))
    with pytest.raises(StreamError):
        unseal(header + chunks[1] + chunks[0] + chunks[2] + chunks[3])


def test_truncation_at_a_chunk_boundary_fails():
    header, chunks = chunks_of(seal(os.urandom(3 * CHUNK + 5)))
    with pytest.raises(StreamError):
        unseal(header + b"".join(chunks[:-1]))
    with pytest.raises(StreamError):
        unseal(header)


def test_truncation_inside_a_chunk_fails():
    sealed = seal(os.urandom(2 * CHUNK))
    with pytest.raises(StreamError):
        unseal(sealed[:-1])


def test_appended_and_repeated_chunks_fail():
    header, chunks = chunks_of(seal(os.urandom(2 * CHUNK + 5)))
    with pytest.raises(StreamError):
        unseal(header + b"".join(chunks) + chunks[-1])
    with pytest.raises(StreamError):
        unseal(header + chunks[0] + b"".join(chunks))


def test_a_blob_opens_only_for_its_item_and_key():
    sealed = seal(b"evidence")
    with pytest.raises(StreamError):
        unseal(sealed, where=b"haven:case:c1:evidence.i2")
    with pytest.raises(StreamError):
        unseal(sealed, key=bytes(32))


def test_two_seals_of_the_same_bytes_differ():
    assert seal(b"same") != seal(b"same")


def test_what_is_not_a_stream_fails():
    for junk in (b"", b"HEV1", b"XXXX" + bytes(64)):
        with pytest.raises(StreamError):
            unseal(junk)
