"""The match index: PDQ hashes searched by Hamming distance in faiss's binary index.

Ids are the caller's (a bank entry's primary key); adding an id again replaces it,
removing an id is immediate. The index is saved to one file, replaced atomically,
and can be rebuilt from the banks at any time (the file is a cache, never the truth).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import faiss
import numpy as np

from haven.matching import config, pdq

BITS = 256
# Queries come one media item at a time: faiss's OpenMP threads only fight over the cores
# for them (p99 at 1M hashes: 52 ms with threads, 5 ms without, bench/matching.py).
faiss.omp_set_num_threads(1)


@dataclass(frozen=True)
class Match:
    id: int
    distance: int


def _vectors(hashes: Iterable[str]) -> np.ndarray:
    rows = [np.frombuffer(pdq.to_bytes(h), dtype=np.uint8) for h in hashes]
    return np.vstack(rows) if rows else np.empty((0, BITS // 8), dtype=np.uint8)


class PdqIndex:
    def __init__(self, index: faiss.IndexBinary | None = None) -> None:
        self._index = index or faiss.IndexBinaryIDMap2(faiss.IndexBinaryFlat(BITS))

    def __len__(self) -> int:
        return int(self._index.ntotal)

    def add(self, entries: Iterable[tuple[int, str]]) -> None:
        pairs = list(entries)
        if not pairs:
            return
        ids = np.array([i for i, _ in pairs], dtype=np.int64)
        self.remove(ids.tolist())
        self._index.add_with_ids(_vectors(h for _, h in pairs), ids)

    def remove(self, ids: Iterable[int]) -> int:
        wanted = np.array(list(ids), dtype=np.int64)
        if not len(wanted):
            return 0
        return int(self._index.remove_ids(faiss.IDSelectorBatch(wanted)))

    def search(self, hashes: Iterable[str], threshold: int | None = None) -> list[Match]:
        """Every indexed id within ``threshold`` of any of ``hashes``, nearest first.

        Give the eight dihedral hashes of a picture to find its mirrored and rotated copies.
        """
        queries = _vectors(hashes)
        if not len(queries) or not len(self):
            return []
        limit = config.pdq_threshold() if threshold is None else threshold
        # faiss's binary range search keeps distances strictly below the radius.
        _lims, distances, ids = self._index.range_search(queries, limit + 1)
        best: dict[int, int] = {}
        for found, dist in zip(ids.tolist(), distances.tolist(), strict=True):
            best[found] = min(dist, best.get(found, BITS))
        return sorted((Match(i, d) for i, d in best.items()), key=lambda m: (m.distance, m.id))

    def save(self, path: Path) -> None:
        partial = path.with_name(path.name + ".partial")
        faiss.write_index_binary(self._index, str(partial))
        partial.replace(path)

    @classmethod
    def load(cls, path: Path) -> PdqIndex:
        return cls(faiss.read_index_binary(str(path)))

    @classmethod
    def rebuild(cls, entries: Iterable[tuple[int, str]]) -> PdqIndex:
        index = cls()
        index.add(entries)
        return index
