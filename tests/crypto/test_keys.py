"""The master key file, the key store, crypto-shredding and master-key rotation (REST-4)."""

from __future__ import annotations

import stat

import pytest

from haven.core.errors import ConfigurationError, ContentErased, CryptoError
from haven.crypto.envelope import new_key
from haven.crypto.keystore import KeyStore
from haven.crypto.master import encode_key, key_file, load_master_key


def _mode(path):
    return stat.S_IMODE(path.stat().st_mode)


def test_master_key_file_is_created_0600(tmp_path, monkeypatch):
    monkeypatch.delenv("HAVEN_MASTER_KEY", raising=False)
    monkeypatch.setattr("os.umask", lambda mask: 0)  # even a careless umask
    with pytest.raises(ConfigurationError, match="haven init"):
        load_master_key(tmp_path)
    key = load_master_key(tmp_path, create=True)
    assert len(key) == 32
    assert _mode(key_file(tmp_path)) == 0o600
    assert load_master_key(tmp_path) == key


def test_master_key_from_environment(tmp_path, monkeypatch):
    key = new_key()
    monkeypatch.setenv("HAVEN_MASTER_KEY", encode_key(key))
    assert load_master_key(tmp_path) == key
    assert not key_file(tmp_path).exists()
    monkeypatch.setenv("HAVEN_MASTER_KEY", "not-a-key")
    with pytest.raises(ConfigurationError, match="HAVEN_MASTER_KEY"):
        load_master_key(tmp_path)


def test_master_key_from_file_variable(tmp_path, monkeypatch):
    key = new_key()
    secret = tmp_path / "mk"
    secret.write_text(encode_key(key))
    monkeypatch.delenv("HAVEN_MASTER_KEY", raising=False)
    monkeypatch.setenv("HAVEN_MASTER_KEY_FILE", str(secret))
    assert load_master_key(tmp_path / "elsewhere") == key


def test_keystore_files_are_private_and_wrapped(tmp_path):
    store = KeyStore(tmp_path / "keys", new_key())
    data_key = store.create("case-abc")
    path = tmp_path / "keys" / "case-abc.key"
    assert _mode(path) == 0o600
    assert _mode(tmp_path / "keys") == 0o700
    assert data_key not in path.read_bytes()
    assert store.get("case-abc") == data_key
    with pytest.raises(FileExistsError):
        store.create("case-abc")


def test_keystore_refuses_odd_scopes(tmp_path):
    store = KeyStore(tmp_path, new_key())
    for scope in ["../etc", "case-a/b", "", "CASE-x"]:
        with pytest.raises(CryptoError):
            store.get(scope)


def test_destroyed_key_is_erased_not_broken(tmp_path):
    store = KeyStore(tmp_path, new_key())
    store.create("case-abc")
    store.destroy("case-abc")
    with pytest.raises(ContentErased):
        store.get("case-abc")
    store.destroy("case-abc")  # idempotent


def test_another_master_key_cannot_unwrap(tmp_path):
    KeyStore(tmp_path, new_key()).create("case-abc")
    with pytest.raises(CryptoError):
        KeyStore(tmp_path, new_key()).get("case-abc")


def test_rest4_master_key_rotation_rewraps_every_key(tmp_path):
    old, new = new_key(), new_key()
    store = KeyStore(tmp_path, old)
    keys = {scope: store.create(scope) for scope in ["case-a", "case-b", "directory-subjects"]}
    assert store.rewrap(new) == 3
    rotated = KeyStore(tmp_path, new)
    assert {scope: rotated.get(scope) for scope in keys} == keys
    with pytest.raises(CryptoError):
        KeyStore(tmp_path, old).get("case-a")
