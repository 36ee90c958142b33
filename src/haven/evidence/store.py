"""Where sealed evidence lives: random names, ciphertext only, behind one small interface.

``get_store()`` is a directory under ``HAVEN_DATA_DIR`` (``media/``) by default,
or an S3-compatible bucket with ``HAVEN_EVIDENCE_STORE=s3`` (``s3store``). A
blob becomes visible under its name only once it was written whole: a writer
that fails or is interrupted leaves nothing under that name, and a process
killed mid-write leaves at most a partial ciphertext that ``sweep`` removes.
"""

from __future__ import annotations

import errno
import os
import secrets
import time
from collections.abc import Iterable, Iterator
from contextlib import AbstractContextManager, contextmanager
from functools import cache
from pathlib import Path
from typing import Protocol

from django.conf import settings

from haven.core.errors import HavenError

READ_BYTES = 1024 * 1024
PARTIAL = ".partial-"
STALE_SECONDS = 24 * 3600  # a partial older than this belongs to no live upload


class StoreFull(HavenError):
    """The evidence store has no room left; nothing was kept."""

    code = "store_full"
    http_status = 507


class Writer(Protocol):
    def write(self, data: bytes) -> object: ...


class BlobStore(Protocol):
    """The interface every evidence store has; names come from ``new_name`` only."""

    def writer(self, name: str) -> AbstractContextManager[Writer]:
        """Write a blob; it exists under ``name`` only if the block ends without error."""
        ...

    def read(self, name: str) -> Iterator[bytes]:
        """The blob's bytes in pieces of about a megabyte."""
        ...

    def exists(self, name: str) -> bool: ...

    def remove(self, names: Iterable[str]) -> None: ...

    def names(self) -> Iterator[str]: ...

    def sweep(self) -> int:
        """Remove what interrupted writers left; returns how many."""
        ...


def new_name() -> str:
    return secrets.token_hex(16)


def _checked(name: str) -> str:
    if len(name) != 32 or any(c not in "0123456789abcdef" for c in name):
        raise ValueError("not a store name")
    return name


class LocalStore:
    """Files in one private directory, written beside their place and renamed into it."""

    def __init__(self, directory: Path) -> None:
        self.directory = directory

    def _dir(self) -> Path:
        self.directory.mkdir(mode=0o700, parents=True, exist_ok=True)
        return self.directory

    @contextmanager
    def writer(self, name: str) -> Iterator[Writer]:
        final = self._dir() / _checked(name)
        partial = self._dir() / f"{PARTIAL}{name}-{secrets.token_hex(4)}"
        fd = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        try:
            with os.fdopen(fd, "wb") as handle:
                yield handle
                handle.flush()
                os.fsync(handle.fileno())
            partial.replace(final)
        except OSError as error:
            partial.unlink(missing_ok=True)
            if error.errno in (errno.ENOSPC, errno.EDQUOT):
                raise StoreFull() from None
            raise
        except BaseException:
            partial.unlink(missing_ok=True)
            raise

    def read(self, name: str) -> Iterator[bytes]:
        with (self._dir() / _checked(name)).open("rb") as handle:
            while piece := handle.read(READ_BYTES):
                yield piece

    def exists(self, name: str) -> bool:
        return (self._dir() / _checked(name)).exists()

    def remove(self, names: Iterable[str]) -> None:
        for name in names:
            (self._dir() / _checked(name)).unlink(missing_ok=True)

    def names(self) -> Iterator[str]:
        for path in sorted(self._dir().iterdir()):
            if not path.name.startswith("."):
                yield path.name

    def sweep(self) -> int:
        count = 0
        for path in self._dir().glob(f"{PARTIAL}*"):
            if time.time() - path.stat().st_mtime > STALE_SECONDS:
                path.unlink(missing_ok=True)
                count += 1
        return count


@cache
def get_store() -> BlobStore:
    if settings.HAVEN_EVIDENCE_STORE == "s3":
        from haven.evidence.s3store import S3Store

        return S3Store.from_settings()
    return LocalStore(Path(settings.HAVEN_DATA_DIR) / "media")


def remove(names: Iterable[str]) -> None:
    """Delete blobs by name (after a case's erasure or a discard commits)."""
    get_store().remove([n for n in names if n])
