"""AES-GCM sealing of small values (fields, wrapped keys).

Format: one version byte, a fresh 96-bit nonce, then ciphertext with its tag.
The associated data names where the value belongs, so ciphertext copied into
another case or field does not authenticate.
"""

from __future__ import annotations

import os

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from haven.core.errors import CryptoError

VERSION = b"\x01"
NONCE_BYTES = 12
KEY_BYTES = 32


def new_key() -> bytes:
    return AESGCM.generate_key(bit_length=KEY_BYTES * 8)


def seal_bytes(key: bytes, plaintext: bytes, aad: bytes) -> bytes:
    nonce = os.urandom(NONCE_BYTES)
    return VERSION + nonce + AESGCM(key).encrypt(nonce, plaintext, aad)


def open_bytes(key: bytes, sealed: bytes, aad: bytes) -> bytes:
    sealed = bytes(sealed)
    if len(sealed) < 1 + NONCE_BYTES + 16 or sealed[:1] != VERSION:
        raise CryptoError("Sealed value is malformed.")
    nonce, body = sealed[1 : 1 + NONCE_BYTES], sealed[1 + NONCE_BYTES :]
    try:
        return AESGCM(key).decrypt(nonce, body, aad)
    except InvalidTag:
        raise CryptoError("Sealed value does not authenticate here.") from None


def seal_text(key: bytes, text: str, aad: bytes) -> bytes:
    return seal_bytes(key, text.encode("utf-8"), aad)


def open_text(key: bytes, sealed: bytes, aad: bytes) -> str:
    return open_bytes(key, sealed, aad).decode("utf-8")
