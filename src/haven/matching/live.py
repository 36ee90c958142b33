"""The worker's index of every banked hash: rebuilt from the banks, the database being the truth."""

from __future__ import annotations

from haven.matching.index import PdqIndex

_index: PdqIndex | None = None


def rebuild() -> PdqIndex:
    """Read every bank into a fresh index (on worker start, or when the index is in doubt)."""
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
