"""Checking an export: the signature over its manifest, and every entry against the manifest.

Needs no database and no secret: only the export's public key (printed by
``haven export --public-key``). Entry names are never used as paths; entries are
hashed as they stream, so a large or hostile archive costs time, not memory.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from haven.core.errors import CryptoError
from haven.crypto import signing
from haven.evidence.export import FORMAT, MANIFEST, SIGNATURE

READ_BYTES = 1024 * 1024


@dataclass
class ExportReport:
    problems: list[str] = field(default_factory=list)
    checked: int = 0
    fingerprint: str = ""

    @property
    def ok(self) -> bool:
        return not self.problems


def _hash(archive: zipfile.ZipFile, name: str) -> tuple[str, int]:
    digest, size = hashlib.sha256(), 0
    with archive.open(name) as entry:
        while piece := entry.read(READ_BYTES):
            digest.update(piece)
            size += len(piece)
    return digest.hexdigest(), size


def _signature_ok(
    manifest: bytes, signed: dict[str, Any], key: Ed25519PublicKey | None, report: ExportReport
) -> None:
    try:
        embedded = signing.decode_public_key(str(signed.get("public_key", "")))
        signature = base64.b64decode(str(signed.get("signature", "")), validate=True)
    except (CryptoError, binascii.Error, ValueError):
        report.problems.append("signature.json is malformed.")
        return
    trusted = key or embedded
    report.fingerprint = signing.fingerprint(trusted)
    if key is not None and signing.public_bytes(key) != signing.public_bytes(embedded):
        report.problems.append("The export names a different signing key than the one given.")
    if not signing.is_valid_signature(trusted, manifest, signature):
        report.problems.append(
            "The signature does not match manifest.json: the manifest was changed."
        )


def _entries_ok(archive: zipfile.ZipFile, manifest: dict[str, Any], report: ExportReport) -> None:
    listed = [*manifest.get("items", []), *manifest.get("files", [])]
    present = set(archive.namelist())
    for entry in listed:
        name = str(entry.get("entry", ""))
        if name not in present:
            report.problems.append(f"{name}: missing from the archive.")
            continue
        digest, size = _hash(archive, name)
        report.checked += 1
        if digest != entry.get("sha256") or ("size" in entry and size != entry["size"]):
            report.problems.append(f"{name}: its content changed (SHA-256 or size differs).")
    known = {str(e.get("entry", "")) for e in listed} | {MANIFEST, SIGNATURE}
    for name in sorted(present - known):
        report.problems.append(f"{name}: not in the manifest.")


def check_archive(path: Path, key: Ed25519PublicKey | None = None) -> ExportReport:
    """Every problem with the export at ``path``; ``key`` defaults to the one it names."""
    report = ExportReport()
    try:
        with zipfile.ZipFile(path) as archive:
            try:
                manifest_bytes = archive.read(MANIFEST)
                signed = json.loads(archive.read(SIGNATURE))
                manifest = json.loads(manifest_bytes)
            except (KeyError, ValueError):
                report.problems.append(
                    "This is not a Haven export: no readable manifest or signature."
                )
                return report
            _signature_ok(manifest_bytes, signed, key, report)
            if manifest.get("format") != FORMAT:
                report.problems.append("manifest.json is not in a format this Haven knows.")
            _entries_ok(archive, manifest, report)
    except (zipfile.BadZipFile, OSError):
        report.problems.append(
            "The file is not a readable zip archive: it is damaged or cut short."
        )
    return report
