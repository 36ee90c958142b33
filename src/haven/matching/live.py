"""The worker's index of every banked hash: rebuilt from the banks, the database being the truth."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from haven.matching.index import Match, PdqIndex

_index: PdqIndex | None = None


def rebuild() -> PdqIndex:
    """Read every bank into a fresh index (on worker start, or when the index is in doubt)."""
    # Imported here: faiss takes some 170 ms to load, and only a process that matches needs it.
    from haven.matching.index import PdqIndex
    from haven.matching.models import BankedHash

    global _index
    _index = PdqIndex.rebuild(BankedHash.objects.values_list("pk", "pdq").iterator())
    return _index


def index() -> PdqIndex:
    return _index if _index is not None else rebuild()


def add(entries: list[tuple[int, str]]) -> None:
    if _index is not None:
        _index.add(entries)


def remove(ids: list[int]) -> None:
    if _index is not None:
        _index.remove(ids)


def matches(hashes: Iterable[str]) -> list[Match]:
    """The banked hashes near ``hashes``, as the database has them now.

    Another process (the web server, another worker) may have emptied a bank since
    this index was read: its ids are dropped here, so a withdrawn consent holds at
    once everywhere, and the stale entries leave the index.
    """
    found = index().search(hashes)
    from haven.matching.models import BankedHash

    alive = set(
        BankedHash.objects.filter(pk__in=[m.id for m in found]).values_list("pk", flat=True)
    )
    remove([m.id for m in found if m.id not in alive])
    return [m for m in found if m.id in alive]
