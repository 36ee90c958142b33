"""The law-enforcement export: one zip of the originals, a signed manifest, custody and a summary.

Only a safety lead exports, only with the victim's consent to a
law-enforcement export on record, and only the items kept under that consent;
a case that may involve a minor goes to the mandatory reporting route and
exports nothing. The archive is built as it
streams (to the lead's browser, or to a file the operator names): no copy of
it is left in the data dir. Every entry name is generated. Each original is
re-hashed as it goes out; one that no longer matches its SHA-256 stops the
export. ``manifest.json`` lists every other entry with its SHA-256 and is
signed with Haven's Ed25519 export key (``signature.json``); ``verifying an
export`` (``check_archive``) needs only the public key.
"""

from __future__ import annotations

import base64
import hashlib
import json
import zipfile
from collections.abc import Generator, Iterable, Iterator
from dataclasses import dataclass
from datetime import datetime

from django.utils import timezone
from django.utils.translation import gettext_lazy

from haven.accounts.models import User
from haven.cases.changes import changing
from haven.cases.consent import has_consent
from haven.cases.models import Case, CaseKind, ConsentScope
from haven.core.errors import Conflict, CryptoError
from haven.core.events import declare
from haven.crypto import signing
from haven.evidence import custody_log, summary, vault
from haven.evidence.models import EvidenceItem
from haven.evidence.viewing import file_name

PURPOSE = "export"
FORMAT = "haven-export-1"
MANIFEST = "manifest.json"
SIGNATURE = "signature.json"
FLUSH_BYTES = 1024 * 1024


@dataclass(frozen=True)
class EvidenceExported:
    items: int


EVIDENCE_EXPORTED = declare(
    "evidence.exported",
    EvidenceExported,
    gettext_lazy("Evidence exported for law enforcement"),
    lambda p, names: [str(gettext_lazy("%d items")) % p.items],
)


class _Sink:
    """Where zipfile writes; what it wrote is taken out between entries (no seeking needed)."""

    def __init__(self) -> None:
        self.buffer = bytearray()

    def write(self, data: bytes) -> int:
        self.buffer += data
        return len(data)

    def flush(self) -> None:
        pass

    def close(self) -> None:
        pass

    def take(self) -> bytes:
        out = bytes(self.buffer)
        self.buffer.clear()
        return out


def _check_allowed(case: Case, lead: User) -> list[EvidenceItem]:
    if not lead.is_lead:
        raise Conflict("Only a safety lead can export evidence.", code="lead_only")
    if case.kind == CaseKind.CSEA:
        raise Conflict(
            "A case that may involve a minor goes through the mandatory reporting route; "
            "Haven exports nothing from it.",
            code="csea_no_export",
        )
    if not has_consent(case, ConsentScope.EVIDENCE_FOR_POLICE):
        raise Conflict(
            "Record the victim's consent to a law-enforcement export first.", code="no_consent"
        )
    # Only what the victim let Haven keep for this use: an item kept to decide a ban
    # stays out, even when a law-enforcement consent came later.
    items = list(
        EvidenceItem.objects.filter(case=case, kept_under=ConsentScope.EVIDENCE_FOR_POLICE)
        .exclude(blob_name="")
        .select_related("added_by")
        .order_by("added_at")
    )
    if not items:
        raise Conflict(
            "This case keeps no evidence for a law-enforcement export.", code="nothing_kept"
        )
    return items


def export_archive(case: Case, *, acting_user: User) -> tuple[str, Iterator[bytes]]:
    """Record the export on the timeline, then the archive's bytes as they are made."""
    items = _check_allowed(case, acting_user)
    with changing(case, acting_user=acting_user) as change:
        change.record(EVIDENCE_EXPORTED, EvidenceExported(len(items)))
    now = timezone.now()
    name = f"haven-export-{case.pk[:8]}-{now:%Y%m%dT%H%M%SZ}.zip"
    return name, _archive(case, items, acting_user, now)


def _write(
    archive: zipfile.ZipFile, sink: _Sink, name: str, pieces: Iterable[bytes]
) -> Generator[bytes, None, tuple[str, int]]:
    """Write one entry, yielding the zip's bytes as they come; returns its SHA-256 and size."""
    digest, size = hashlib.sha256(), 0
    info = zipfile.ZipInfo(name, date_time=(2000, 1, 1, 0, 0, 0))
    info.compress_type = zipfile.ZIP_STORED  # originals as they are; nothing to inflate
    with archive.open(info, "w", force_zip64=True) as out:
        for piece in pieces:
            out.write(piece)
            digest.update(piece)
            size += len(piece)
            if len(sink.buffer) >= FLUSH_BYTES:
                yield sink.take()
    if sink.buffer:
        yield sink.take()
    return digest.hexdigest(), size


def _archive(case: Case, items: list[EvidenceItem], lead: User, now: datetime) -> Iterator[bytes]:
    sink = _Sink()
    archive = zipfile.ZipFile(sink, "w", allowZip64=True)
    entries: list[dict[str, object]] = []
    for number, item in enumerate(items, start=1):
        name = f"originals/{number:04d}-{file_name(item)}"
        got = yield from _write(archive, sink, name, vault.read(case.pk, item.pk, item.blob_name))
        if got != (item.sha256, item.size):
            raise CryptoError("An item no longer matches its SHA-256; run haven verify --evidence.")
        entries.append({"entry": name, **custody_log.describe(item)})
    files: dict[str, str] = {}
    for name, data in (
        ("custody.json", custody_log.as_json(case, items)),
        ("summary.html", summary.html(case, items, lead, now)),
        ("summary.pdf", summary.pdf(case, items, lead, now)),
    ):
        files[name], _size = yield from _write(archive, sink, name, [data])
    manifest = _manifest(case, entries, files, lead, now)
    yield from _write(archive, sink, MANIFEST, [manifest])
    yield from _write(archive, sink, SIGNATURE, [_signature(manifest)])
    archive.close()
    yield sink.take()


def _manifest(
    case: Case, entries: list[dict[str, object]], files: dict[str, str], lead: User, now: datetime
) -> bytes:
    manifest = {
        "format": FORMAT,
        "case": case.pk,
        "exported_at": now.isoformat(),
        "exported_by": lead.get_username(),
        "items": entries,
        "files": [{"entry": name, "sha256": digest} for name, digest in files.items()],
    }
    return json.dumps(manifest, indent=2, sort_keys=True, ensure_ascii=False).encode("utf-8")


def _signature(manifest: bytes) -> bytes:
    key = signing.signing_key(PURPOSE)
    signed = {
        "algorithm": "Ed25519",
        "signed": MANIFEST,
        "public_key": signing.encode_public_key(key.public_key()),
        "fingerprint": signing.fingerprint(key.public_key()),
        "signature": base64.b64encode(key.sign(manifest)).decode("ascii"),
    }
    return json.dumps(signed, indent=2, sort_keys=True).encode("ascii")


def public_key() -> str:
    """Haven's export public key (base64 of the raw 32 bytes).

    ``haven init`` makes the key; an installation set up before it did gets it here.
    """
    return signing.encode_public_key(signing.signing_key(PURPOSE).public_key())
