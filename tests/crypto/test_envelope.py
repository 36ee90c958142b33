"""REST-2: AES-GCM with fresh nonces, values bound to where they belong."""

from __future__ import annotations

import pytest

from haven.core.errors import CryptoError
from haven.crypto import envelope


def test_round_trip_and_fresh_nonce():
    key = envelope.new_key()
    first = envelope.seal_text(key, "synthetic", b"case:a:note")
    second = envelope.seal_text(key, "synthetic", b"case:a:note")
    assert first != second
    assert first[1:13] != second[1:13]
    assert envelope.open_text(key, first, b"case:a:note") == "synthetic"
    assert b"synthetic" not in first


@pytest.mark.parametrize("aad", [b"case:b:note", b"case:a:label", b""])
def test_rest2_value_moved_elsewhere_does_not_open(aad):
    key = envelope.new_key()
    sealed = envelope.seal_text(key, "synthetic", b"case:a:note")
    with pytest.raises(CryptoError):
        envelope.open_text(key, sealed, aad)


def test_wrong_key_and_flipped_bit_fail():
    key = envelope.new_key()
    sealed = bytearray(envelope.seal_text(key, "synthetic", b"x"))
    with pytest.raises(CryptoError):
        envelope.open_text(envelope.new_key(), bytes(sealed), b"x")
    sealed[-1] ^= 1
    with pytest.raises(CryptoError):
        envelope.open_text(key, bytes(sealed), b"x")


@pytest.mark.parametrize("junk", [b"", b"\x01", b"\x02" + b"0" * 40, b"\x01short"])
def test_malformed_values_fail_cleanly(junk):
    with pytest.raises(CryptoError):
        envelope.open_bytes(envelope.new_key(), junk, b"x")
