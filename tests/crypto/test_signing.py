"""Signing keys: sealed in the key store, the public half beside it, forgeries refused."""

from __future__ import annotations

import pytest

from haven.core.errors import CryptoError
from haven.crypto import signing
from haven.crypto.envelope import new_key
from haven.crypto.keystore import KeyStore


@pytest.fixture
def store(tmp_path):
    return KeyStore(tmp_path / "keys", new_key())


def test_the_private_key_is_sealed_and_the_public_key_published(store):
    private = signing.signing_key("tests", store)
    seed = private.private_bytes_raw()
    sealed = (store.directory / "signing-tests.key").read_bytes()
    assert seed not in sealed
    public = signing.load_public_key(store.directory, "tests")
    assert public is not None
    assert signing.public_bytes(public) == signing.public_bytes(private.public_key())
    # The same key next time, not a new one.
    assert signing.signing_key("tests", store).private_bytes_raw() == seed


def test_signatures_check_and_forgeries_do_not(store):
    signature = signing.sign("tests", b"the heads", store)
    public = signing.load_public_key(store.directory, "tests")
    assert public is not None
    assert signing.is_valid_signature(public, b"the heads", signature)
    assert not signing.is_valid_signature(public, b"the heads!", signature)
    other = signing.signing_key("others", store).sign(b"the heads")
    assert not signing.is_valid_signature(public, b"the heads", other)


def test_the_key_survives_master_key_rotation(store):
    seed = signing.signing_key("tests", store).private_bytes_raw()
    store.rewrap(new_key())
    assert signing.signing_key("tests", store).private_bytes_raw() == seed


def test_a_replaced_public_key_is_refused(store, tmp_path):
    signing.signing_key("tests", store)
    intruder = signing.signing_key("intruder", KeyStore(tmp_path / "other", new_key()))
    signing.public_key_path(store.directory, "tests").write_text(
        signing.encode_public_key(intruder.public_key())
    )
    with pytest.raises(CryptoError, match="not Haven's tests signing key"):
        signing.signing_key("tests", store)


def test_malformed_public_keys_and_purposes_are_refused(store):
    signing.public_key_path(store.directory, "tests").parent.mkdir(parents=True)
    signing.public_key_path(store.directory, "tests").write_text("not base64!")
    with pytest.raises(CryptoError, match="malformed"):
        signing.load_public_key(store.directory, "tests")
    with pytest.raises(CryptoError, match="purpose"):
        signing.signing_key("../keys", store)
