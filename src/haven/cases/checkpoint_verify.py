"""Check the database against the latest valid checkpoint in the data dir and in the mirror.

Each place is checked on its own, with the public key kept there (the data dir's
beside the key store, the mirror's beside its files), so someone who can rewrite
the data dir still cannot make the mirror agree. A newer checkpoint that is not
validly signed is named and the one before it is used.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from django.conf import settings
from django.utils import timezone

from haven.cases.checkpoint_files import (
    PURPOSE,
    Checkpoint,
    InvalidCheckpoint,
    checkpoint_dir,
    listing,
    mirror_dir,
    read_checkpoint,
)
from haven.cases.checkpoints import compare
from haven.core.errors import CryptoError
from haven.crypto import signing

STALE_AFTER_INTERVALS = 3


@dataclass
class CheckpointReport:
    checked: list[Checkpoint] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # worth knowing, not a failure

    @property
    def ok(self) -> bool:
        return not self.problems


def key_directory() -> Path:
    return Path(settings.HAVEN_DATA_DIR) / "keys"  # where get_keystore() keeps them


def verify_checkpoints() -> CheckpointReport:
    """Verify the latest checkpoints' signatures, then compare the database with them."""
    report = CheckpointReport()
    local_key = _public_key(key_directory(), report)
    _check_place(checkpoint_dir(), local_key, report)
    mirror = mirror_dir()
    if mirror is not None:
        if not mirror.is_dir():
            report.problems.append(f"The checkpoint mirror {mirror} cannot be reached.")
        else:
            _check_place(mirror, _mirror_key(mirror, local_key, report), report)
    _note_if_stale(report)
    return report


def _note_if_stale(report: CheckpointReport) -> None:
    """Checkpoints stop when no worker runs; say so, since nothing new is anchored then."""
    if not report.checked:
        return
    newest = max(datetime.fromisoformat(c.written_at) for c in report.checked)
    if timezone.now() - newest > STALE_AFTER_INTERVALS * timedelta(
        seconds=float(settings.HAVEN_CHECKPOINT_SECONDS)
    ):
        report.notes.append(
            f"The newest checkpoint was written at {newest.isoformat(timespec='seconds')}: "
            "is a worker running?"
        )


def _public_key(directory: Path, report: CheckpointReport) -> Ed25519PublicKey | None:
    try:
        return signing.load_public_key(directory, PURPOSE)
    except CryptoError as exc:
        report.problems.append(f"{directory}: {exc.message}")
        return None


def _mirror_key(
    mirror: Path, local: Ed25519PublicKey | None, report: CheckpointReport
) -> Ed25519PublicKey | None:
    key = _public_key(mirror, report) or local
    differ = key and local and signing.public_bytes(key) != signing.public_bytes(local)
    if differ:
        report.problems.append(f"The public key in the data dir is not the one in {mirror}.")
    return key


def _check_place(directory: Path, key: Ed25519PublicKey | None, report: CheckpointReport) -> None:
    for seq, path in reversed(listing(directory)):
        try:
            checkpoint = read_checkpoint(path, key)
        except InvalidCheckpoint as exc:
            report.problems.append(f"Checkpoint {path} is not valid: {exc}.")
            continue
        if any(_same(checkpoint, seen) for seen in report.checked):
            return
        report.checked.append(checkpoint)
        for mismatch in compare(checkpoint.chains, seq):
            (report.notes if mismatch.kind == "excused" else report.problems).append(
                mismatch.message
            )
        return


def _same(one: Checkpoint, other: Checkpoint) -> bool:
    return (one.seq, one.chains) == (other.seq, other.chains)
