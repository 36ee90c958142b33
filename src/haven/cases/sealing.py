"""Sealing case content under the case's own data key.

The associated data binds each value to its case, model and field, so a sealed
value copied elsewhere does not open. Erasing a case destroys its key.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar

from haven.crypto import envelope
from haven.crypto.keystore import get_keystore

# Data keys already read and unwrapped during this request (see ``cached_keys``).
_cache: ContextVar[dict[str, bytes] | None] = ContextVar("haven_case_keys", default=None)


@contextmanager
def cached_keys() -> Iterator[None]:
    """Read each case's data key once for the block (one request), not once per field."""
    token = _cache.set({})
    try:
        yield
    finally:
        _cache.reset(token)


def _key(case_id: str) -> bytes:
    cache = _cache.get()
    if cache is not None and case_id in cache:
        return cache[case_id]
    key = get_keystore().get(key_scope(case_id))
    if cache is not None:
        cache[case_id] = key
    return key


def key_scope(case_id: str) -> str:
    return f"case-{case_id}"


def _aad(case_id: str, where: str) -> bytes:
    return f"haven:case:{case_id}:{where}".encode()


def create_case_key(case_id: str) -> None:
    get_keystore().create(key_scope(case_id))


def seal(case_id: str, where: str, text: str) -> bytes:
    key = _key(case_id)
    return envelope.seal_text(key, text, _aad(case_id, where))


def unseal(case_id: str, where: str, sealed: bytes | memoryview) -> str:
    """Open a sealed value; raises ContentErased if the case was erased."""
    key = _key(case_id)
    return envelope.open_text(key, bytes(sealed), _aad(case_id, where))


def seal_bytes(case_id: str, where: str, data: bytes) -> bytes:
    key = _key(case_id)
    return envelope.seal_bytes(key, data, _aad(case_id, where))


def unseal_bytes(case_id: str, where: str, sealed: bytes | memoryview) -> bytes:
    key = _key(case_id)
    return envelope.open_bytes(key, bytes(sealed), _aad(case_id, where))


def has_case_key(case_id: str) -> bool:
    return get_keystore().exists(key_scope(case_id))


def destroy_case_key(case_id: str) -> None:
    cache = _cache.get()
    if cache is not None:
        cache.pop(case_id, None)
    get_keystore().destroy(key_scope(case_id))
