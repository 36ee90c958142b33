"""Ed25519 signatures by Haven, for what must be checkable later (checkpoints, exports).

Each purpose has its own key pair. The private key is a data key like any other:
sealed under the master key in the key store (``signing-<purpose>.key``), so it is
rewrapped when the master key rotates. The public key sits beside it in clear
(``signing-<purpose>.pub``), so checking a signature needs no secret. It is written
once; a public key that no longer matches the sealed private key is refused, since
someone replaced it.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import re
from pathlib import Path

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

from haven.core.errors import CryptoError
from haven.crypto.keystore import KeyStore, get_keystore

_PURPOSE = re.compile(r"^[a-z]{1,32}$")
PUBLIC_BYTES = 32


def _scope(purpose: str) -> str:
    if not _PURPOSE.match(purpose):
        raise CryptoError("Invalid signing purpose.")
    return f"signing-{purpose}"


def public_key_path(directory: Path, purpose: str) -> Path:
    return directory / f"{_scope(purpose)}.pub"


def public_bytes(key: Ed25519PublicKey) -> bytes:
    return key.public_bytes(Encoding.Raw, PublicFormat.Raw)


def fingerprint(key: Ed25519PublicKey) -> str:
    return hashlib.sha256(b"haven-signing-key:" + public_bytes(key)).hexdigest()[:16]


def encode_public_key(key: Ed25519PublicKey) -> str:
    return base64.b64encode(public_bytes(key)).decode("ascii")


def decode_public_key(text: str) -> Ed25519PublicKey:
    try:
        raw = base64.b64decode(text.strip().encode("ascii"), validate=True)
    except (binascii.Error, ValueError, UnicodeEncodeError):
        raise CryptoError("The public signing key is malformed.") from None
    if len(raw) != PUBLIC_BYTES:
        raise CryptoError("The public signing key is malformed.")
    return Ed25519PublicKey.from_public_bytes(raw)


def load_public_key(directory: Path, purpose: str) -> Ed25519PublicKey | None:
    """The published public key for ``purpose`` in ``directory``; None if there is none."""
    try:
        text = public_key_path(directory, purpose).read_text(encoding="ascii")
    except FileNotFoundError:
        return None
    except UnicodeDecodeError:
        raise CryptoError("The public signing key is malformed.") from None
    return decode_public_key(text)


def publish_public_key(directory: Path, purpose: str, key: Ed25519PublicKey) -> None:
    """Write the public key to ``directory`` once; refuse if a different one is there."""
    existing = load_public_key(directory, purpose)
    if existing is None:
        directory.mkdir(mode=0o700, parents=True, exist_ok=True)
        path = public_key_path(directory, purpose)
        path.write_text(encode_public_key(key) + "\n", encoding="ascii")
        path.chmod(0o644)
    elif public_bytes(existing) != public_bytes(key):
        raise CryptoError(f"The public key in {directory} is not Haven's {purpose} signing key.")


def signing_key(purpose: str, store: KeyStore | None = None) -> Ed25519PrivateKey:
    """The private key for ``purpose``, made (and its public half published) on first use."""
    store = store or get_keystore()
    # A data key is 32 random bytes, exactly an Ed25519 private key (its seed).
    private = Ed25519PrivateKey.from_private_bytes(store.get_or_create(_scope(purpose)))
    publish_public_key(store.directory, purpose, private.public_key())
    return private


def sign(purpose: str, data: bytes, store: KeyStore | None = None) -> bytes:
    return signing_key(purpose, store).sign(data)


def is_valid_signature(key: Ed25519PublicKey, data: bytes, signature: bytes) -> bool:
    try:
        key.verify(signature, data)
    except InvalidSignature:
        return False
    return True
