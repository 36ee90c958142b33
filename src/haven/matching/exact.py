"""MD5 and SHA-256 of a file, read in chunks: the exact matches, next to PDQ's near ones."""

from __future__ import annotations

import hashlib
from pathlib import Path

CHUNK = 1024 * 1024


def digests(path: Path) -> tuple[str, str]:
    md5 = hashlib.md5(usedforsecurity=False)
    sha256 = hashlib.sha256()
    with path.open("rb") as stream:
        while chunk := stream.read(CHUNK):
            md5.update(chunk)
            sha256.update(chunk)
    return md5.hexdigest(), sha256.hexdigest()
