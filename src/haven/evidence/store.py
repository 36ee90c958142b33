"""Where sealed evidence files live: random names in the data dir, never the original name."""

from __future__ import annotations

import secrets
from collections.abc import Iterable
from pathlib import Path

from django.conf import settings


def directory() -> Path:
    path = Path(settings.HAVEN_DATA_DIR) / "media"
    path.mkdir(mode=0o700, exist_ok=True)
    return path


def new_name() -> str:
    return secrets.token_hex(16)


def write(name: str, sealed: bytes) -> Path:
    path = directory() / name
    path.write_bytes(sealed)
    path.chmod(0o600)
    return path


def read(name: str) -> bytes:
    return (directory() / name).read_bytes()


def remove(names: Iterable[str]) -> None:
    for name in names:
        (directory() / name).unlink(missing_ok=True)
