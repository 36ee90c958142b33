"""The data directory: database, keys and files, private to the user running Haven."""

from __future__ import annotations

import secrets
from pathlib import Path

from django.conf import settings

from haven.crypto.master import key_file, load_master_key, write_secret_file

SECRET_KEY_FILE = "secret.key"  # noqa: S105  (a file name)


def data_dir() -> Path:
    return Path(settings.HAVEN_DATA_DIR)


def initialise(directory: Path | None = None) -> list[str]:
    """Create the data dir (0700), master key and Django secret key (0600) if missing."""
    directory = directory or data_dir()
    done: list[str] = []
    if not directory.exists():
        directory.mkdir(mode=0o700, parents=True)
        done.append(f"created {directory}")
    directory.chmod(0o700)
    if not key_file(directory).exists():
        load_master_key(directory, create=True)
        if key_file(directory).exists():
            done.append(f"created master key {key_file(directory)}")
    (directory / "static").mkdir(mode=0o755, exist_ok=True)
    secret = directory / SECRET_KEY_FILE
    if not secret.exists():
        write_secret_file(secret, secrets.token_urlsafe(50))
        done.append(f"created {secret}")
    return done
