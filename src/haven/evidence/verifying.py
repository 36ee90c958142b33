"""``haven verify --evidence``: every kept item still decrypts to the SHA-256 it came in with.

Each blob is read back through the seal, whole, and hashed again; an item
whose blob is missing, does not authenticate (changed, cut short, reordered,
or moved from another item) or hashes differently is named, by id only.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from haven.core.errors import ContentErased, CryptoError
from haven.evidence import store, vault
from haven.evidence.models import EvidenceItem


@dataclass(frozen=True)
class Finding:
    item_id: str
    case_id: str
    problem: str

    def line(self) -> str:
        return f"case {self.case_id} item {self.item_id}: {self.problem}"


def check_item(item: EvidenceItem) -> str:
    """What is wrong with ``item``'s blob, or "" when it decrypts to its SHA-256 and size."""
    digest, size = hashlib.sha256(), 0
    try:
        if not store.get_store().exists(item.blob_name):
            return "its encrypted file is missing"
        for piece in vault.read(item.case_id, item.pk, item.blob_name):
            digest.update(piece)
            size += len(piece)
    except ContentErased:
        return "the case's key is gone"
    except CryptoError:
        return "its encrypted file does not open: changed, cut short or not its own"
    if digest.hexdigest() != item.sha256 or size != item.size:
        return "it decrypts, but not to the SHA-256 recorded when it came in"
    return ""


def verify(case_ids: Iterable[str] = ()) -> Iterator[tuple[EvidenceItem, str]]:
    """Each kept item of the cases named (default: all) with what is wrong ("" if nothing)."""
    items = EvidenceItem.objects.exclude(blob_name="").order_by("case_id", "added_at")
    ids = list(case_ids)
    if ids:
        items = items.filter(case_id__in=ids)
    for item in items.iterator():
        yield item, check_item(item)


def findings(case_ids: Iterable[str] = ()) -> tuple[int, list[Finding]]:
    checked, found = 0, []
    for item, problem in verify(case_ids):
        checked += 1
        if problem:
            found.append(Finding(item.pk, item.case_id, problem))
    return checked, found
