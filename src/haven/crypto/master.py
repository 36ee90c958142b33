"""The master key: from HAVEN_MASTER_KEY(_FILE), or a key file made on first run.

It never enters the database, so a stolen dump without it holds only ciphertext.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import os
import stat
from pathlib import Path

from haven.core import env
from haven.core.errors import ConfigurationError
from haven.crypto.envelope import KEY_BYTES, new_key

KEY_FILE_NAME = "master.key"


def decode_key(text: str, source: str) -> bytes:
    try:
        key = base64.urlsafe_b64decode(text.strip().encode("ascii") + b"==")
    except (binascii.Error, ValueError, UnicodeEncodeError):
        raise ConfigurationError(f"{source} is not base64.") from None
    if len(key) != KEY_BYTES:
        raise ConfigurationError(f"{source} must hold {KEY_BYTES} bytes, not {len(key)}.")
    return key


def encode_key(key: bytes) -> str:
    return base64.urlsafe_b64encode(key).decode("ascii").rstrip("=")


def key_id(key: bytes) -> str:
    return hashlib.sha256(b"haven-key-id:" + key).hexdigest()[:16]


def write_secret_file(path: Path, content: str) -> None:
    """Create ``path`` with mode 0600 from the start; refuse to overwrite."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w", encoding="ascii") as handle:
        handle.write(content + "\n")


def key_file(data_dir: Path) -> Path:
    return data_dir / KEY_FILE_NAME


def load_master_key(data_dir: Path, *, create: bool = False) -> bytes:
    configured = env.raw("HAVEN_MASTER_KEY")
    if configured is not None:
        return decode_key(configured, "HAVEN_MASTER_KEY")
    path = key_file(data_dir)
    if not path.exists():
        if not create:
            raise ConfigurationError(
                f"No master key: set HAVEN_MASTER_KEY or run 'haven init' to create {path}."
            )
        write_secret_file(path, encode_key(new_key()))
    return decode_key(path.read_text(encoding="ascii"), str(path))


def is_private_file(path: Path) -> bool:
    mode = path.stat().st_mode
    return not mode & (stat.S_IRWXG | stat.S_IRWXO)
