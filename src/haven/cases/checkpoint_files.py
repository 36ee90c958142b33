"""Checkpoint files: the signed heads of every chain, in the data dir and in a mirror.

``<data dir>/checkpoints/checkpoint-0000000012.json`` holds

    {"checkpoint": {"format": "haven-checkpoint/1", "seq": 12, "written_at": "...",
                    "chains": {"case-timeline": [[case id, length, head hash], ...]}},
     "signature": "<base64 Ed25519 signature of the canonical JSON of 'checkpoint'>"}

The same file goes to ``HAVEN_CHECKPOINT_MIRROR`` when it is set (another host's
mount, write-once storage), with the public key beside it. Haven keeps the last
``HAVEN_CHECKPOINT_KEEP`` files in the data dir and never deletes from the mirror.
A file is never overwritten: each checkpoint takes the next free number.
"""

from __future__ import annotations

import base64
import binascii
import json
import os
import re
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from django.conf import settings
from django.utils import timezone

from haven.cases.checkpoints import Head, snapshot
from haven.crypto import signing

PURPOSE = "checkpoints"
FORMAT = "haven-checkpoint/1"
_NAME = re.compile(r"^checkpoint-(\d{10})\.json$")
_ATTEMPTS = 5


class InvalidCheckpoint(Exception):
    """A checkpoint file that does not parse or is not signed by Haven's key."""


@dataclass(frozen=True)
class Checkpoint:
    seq: int
    written_at: str
    chains: dict[str, list[Head]]
    path: Path


def checkpoint_dir() -> Path:
    return Path(settings.HAVEN_DATA_DIR) / "checkpoints"


def mirror_dir() -> Path | None:
    configured = str(settings.HAVEN_CHECKPOINT_MIRROR)
    return Path(configured).resolve() if configured else None


def places() -> list[Path]:
    mirror = mirror_dir()
    return [checkpoint_dir(), *([mirror] if mirror else [])]


def listing(directory: Path) -> list[tuple[int, Path]]:
    """The checkpoint files in ``directory``, oldest first."""
    if not directory.is_dir():
        return []
    found = [(_NAME.match(path.name), path) for path in directory.iterdir()]
    return sorted((int(match.group(1)), path) for match, path in found if match)


def canonical(body: dict[str, Any]) -> bytes:
    return json.dumps(body, sort_keys=True, separators=(",", ":"), ensure_ascii=True).encode()


def write_checkpoint() -> Checkpoint:
    """Sign the heads of every chain now and write them to each place; return the checkpoint."""
    key = signing.signing_key(PURPOSE)
    chains = snapshot()
    for _ in range(_ATTEMPTS):
        seq = 1 + max((n for place in places() for n, _path in listing(place)), default=0)
        body = {
            "format": FORMAT,
            "seq": seq,
            "written_at": timezone.now().isoformat(),
            "chains": {name: [list(head) for head in heads] for name, heads in chains.items()},
        }
        signature = base64.b64encode(key.sign(canonical(body))).decode("ascii")
        blob = json.dumps({"checkpoint": body, "signature": signature}).encode()
        try:
            path = _write_new(checkpoint_dir(), _file_name(seq), blob)
        except FileExistsError:
            continue  # another worker took this number a moment ago
        _mirror(seq, blob, key.public_key())
        prune(checkpoint_dir(), int(settings.HAVEN_CHECKPOINT_KEEP))
        return Checkpoint(seq, str(body["written_at"]), chains, path)
    raise FileExistsError("No free checkpoint number after several tries.")


def _file_name(seq: int) -> str:
    return f"checkpoint-{seq:010d}.json"


def _mirror(seq: int, blob: bytes, public_key: Ed25519PublicKey) -> None:
    mirror = mirror_dir()
    if mirror is None:
        return
    signing.publish_public_key(mirror, PURPOSE, public_key)
    _write_new(mirror, _file_name(seq), blob)


def _write_new(directory: Path, name: str, blob: bytes) -> Path:
    """Write ``blob`` to ``directory/name`` whole, or not at all; never over an existing file."""
    directory.mkdir(mode=0o700, parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=directory, prefix=".tmp-")
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(blob)
            handle.flush()
            os.fsync(handle.fileno())
        os.link(tmp, directory / name)  # fails if the name is taken
    finally:
        Path(tmp).unlink(missing_ok=True)
    return directory / name


def prune(directory: Path, keep: int) -> None:
    for _seq, path in listing(directory)[:-keep]:
        path.unlink(missing_ok=True)


def read_checkpoint(path: Path, public_key: Ed25519PublicKey | None) -> Checkpoint:
    """Parse ``path`` and check its signature; InvalidCheckpoint says what is wrong."""
    if public_key is None:
        raise InvalidCheckpoint("there is no public key to check its signature with")
    try:
        document = json.loads(path.read_bytes())
        body, signature = document["checkpoint"], base64.b64decode(document["signature"])
        valid = signing.is_valid_signature(public_key, canonical(body), signature)
    except (OSError, ValueError, KeyError, TypeError, binascii.Error):
        raise InvalidCheckpoint("it cannot be read as a checkpoint") from None
    if not valid:
        raise InvalidCheckpoint("its signature is not Haven's: it was forged or altered")
    return _parsed(body, path)


def _parsed(body: Any, path: Path) -> Checkpoint:
    match = _NAME.match(path.name)
    try:
        if body["format"] != FORMAT or not match or body["seq"] != int(match.group(1)):
            raise InvalidCheckpoint("its format or number does not match its name")
        chains = {
            str(name): [(str(i), int(n), str(h)) for i, n, h in heads]
            for name, heads in body["chains"].items()
        }
        return Checkpoint(int(body["seq"]), str(body["written_at"]), chains, path)
    except (KeyError, TypeError, ValueError, AttributeError):
        raise InvalidCheckpoint("its contents are malformed") from None
