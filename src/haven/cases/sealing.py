"""Sealing case content under the case's own data key.

The associated data binds each value to its case, model and field, so a sealed
value copied elsewhere does not open. Erasing a case destroys its key.
"""

from __future__ import annotations

from haven.crypto import envelope
from haven.crypto.keystore import get_keystore


def key_scope(case_id: str) -> str:
    return f"case-{case_id}"


def _aad(case_id: str, where: str) -> bytes:
    return f"haven:case:{case_id}:{where}".encode()


def create_case_key(case_id: str) -> None:
    get_keystore().create(key_scope(case_id))


def seal(case_id: str, where: str, text: str) -> bytes:
    key = get_keystore().get(key_scope(case_id))
    return envelope.seal_text(key, text, _aad(case_id, where))


def unseal(case_id: str, where: str, sealed: bytes | memoryview) -> str:
    """Open a sealed value; raises ContentErased if the case was erased."""
    key = get_keystore().get(key_scope(case_id))
    return envelope.open_text(key, bytes(sealed), _aad(case_id, where))


def seal_bytes(case_id: str, where: str, data: bytes) -> bytes:
    key = get_keystore().get(key_scope(case_id))
    return envelope.seal_bytes(key, data, _aad(case_id, where))


def unseal_bytes(case_id: str, where: str, sealed: bytes | memoryview) -> bytes:
    key = get_keystore().get(key_scope(case_id))
    return envelope.open_bytes(key, bytes(sealed), _aad(case_id, where))


def has_case_key(case_id: str) -> bool:
    return get_keystore().exists(key_scope(case_id))


def destroy_case_key(case_id: str) -> None:
    get_keystore().destroy(key_scope(case_id))
