"""Synthetic evidence with a marker, and a scan for that marker wherever a leak could land."""

from __future__ import annotations

import os
import tempfile
import time
from pathlib import Path

from django.conf import settings


def marker() -> bytes:
    """Bytes that appear nowhere unless this test's plaintext leaked there."""
    return b"HAVEN-PLAINTEXT-MARKER-" + os.urandom(12).hex().encode()


def plaintext_with(mark: bytes, size: int) -> bytes:
    filler = os.urandom(max(0, size - 2 * len(mark)))
    return mark + filler + mark


def files_holding(mark: bytes, since: float | None = None) -> list[Path]:
    """Every file in the data dir, and every recent file in the temp dir, that holds ``mark``."""
    since = time.time() - 600 if since is None else since
    roots = [Path(settings.HAVEN_DATA_DIR), Path(tempfile.gettempdir())]
    found = []
    for root in roots:
        for path in _files_under(root):
            try:
                if not path.is_file() or path.is_symlink():
                    continue
                if root != roots[0] and path.stat().st_mtime < since:
                    continue
                if mark in path.read_bytes():
                    found.append(path)
            except OSError:
                continue
    return found


def _files_under(root: Path) -> list[Path]:
    """Every file under ``root``, passing over folders that other programs (a browser, pip)
    remove while the walk is under way."""
    return [
        Path(folder) / name
        for folder, _dirs, names in os.walk(root, onerror=lambda error: None)
        for name in names
    ]
