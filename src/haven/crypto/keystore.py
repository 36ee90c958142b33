"""Where data keys live: wrapped by the master key, one file per scope, outside the database.

Keeping them out of the database means a case erased after a backup stays
erased when that backup is restored: its key is gone from here, not only a row.
"""

from __future__ import annotations

import os
import re
import tempfile
from functools import cache
from pathlib import Path

from django.conf import settings

from haven.core.errors import ContentErased, CryptoError
from haven.crypto.envelope import KEY_BYTES, new_key, open_bytes, seal_bytes
from haven.crypto.master import key_id, load_master_key

_SCOPE = re.compile(r"^[a-z]+-[A-Za-z0-9_-]{1,64}$")
_HEADER = b"HKS1"
_KID_BYTES = 16


def _aad(scope: str) -> bytes:
    return b"haven-data-key:" + scope.encode("ascii")


class KeyStore:
    """Data keys by scope (``case-<id>``, ``directory-subjects``)."""

    def __init__(self, directory: Path, master_key: bytes) -> None:
        self.directory = directory
        self._master = master_key
        self._kid = key_id(master_key).encode("ascii")

    def _path(self, scope: str) -> Path:
        if not _SCOPE.match(scope):
            raise CryptoError("Invalid key scope.")
        return self.directory / f"{scope}.key"

    def create(self, scope: str) -> bytes:
        key = new_key()
        self._write(scope, key, exclusive=True)
        return key

    def get(self, scope: str) -> bytes:
        try:
            blob = self._path(scope).read_bytes()
        except FileNotFoundError:
            raise ContentErased("This content was erased.") from None
        if blob[: len(_HEADER)] != _HEADER:
            raise CryptoError("Key file is malformed.")
        body = blob[len(_HEADER) + _KID_BYTES :]
        key = open_bytes(self._master, body, _aad(scope))
        if len(key) != KEY_BYTES:
            raise CryptoError("Key file is malformed.")
        return key

    def get_or_create(self, scope: str) -> bytes:
        try:
            return self.get(scope)
        except ContentErased:
            try:
                return self.create(scope)
            except FileExistsError:
                return self.get(scope)

    def exists(self, scope: str) -> bool:
        return self._path(scope).exists()

    def destroy(self, scope: str) -> None:
        path = self._path(scope)
        try:
            size = path.stat().st_size
            with path.open("r+b") as handle:
                handle.write(os.urandom(size))
                handle.flush()
                os.fsync(handle.fileno())
            path.unlink()
        except FileNotFoundError:
            return

    def rewrap(self, new_master: bytes) -> int:
        """Re-encrypt every data key under ``new_master``; returns how many."""
        new_store = KeyStore(self.directory, new_master)
        count = 0
        for path in sorted(self.directory.glob("*.key")):
            scope = path.name.removesuffix(".key")
            new_store._write(scope, self.get(scope), exclusive=False)
            count += 1
        self._master, self._kid = new_master, new_store._kid
        return count

    def _write(self, scope: str, key: bytes, *, exclusive: bool) -> None:
        path = self._path(scope)
        self.directory.mkdir(mode=0o700, parents=True, exist_ok=True)
        blob = _HEADER + self._kid + seal_bytes(self._master, key, _aad(scope))
        if exclusive and path.exists():
            raise FileExistsError(path)
        fd, tmp = tempfile.mkstemp(dir=self.directory, prefix=".tmp-")
        try:
            with os.fdopen(fd, "wb") as handle:
                handle.write(blob)
                handle.flush()
                os.fsync(handle.fileno())
            if exclusive:
                os.link(tmp, path)
            else:
                Path(tmp).replace(path)
        finally:
            if Path(tmp).exists():
                Path(tmp).unlink()


@cache
def get_keystore() -> KeyStore:
    data_dir = Path(settings.HAVEN_DATA_DIR)
    return KeyStore(data_dir / "keys", load_master_key(data_dir))
