"""PDQ match index: query time for 100k and 1M hashes, faiss against numpy, in one process.

    PYTHONPATH=src .venv/bin/python bench/matching.py

Random 256-bit hashes; each query is a banked hash with 20 bits flipped, so every
query has one true match at distance 20 (checked). numpy's baseline is the best plain
vectorised scan: XOR as four uint64 words, np.bitwise_count, sum, compare.
"""

from __future__ import annotations

import resource
import statistics
import sys
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from haven.matching.index import PdqIndex

QUERIES = 1000
NUMPY_QUERIES = 50
THRESHOLD = 31


def _queries(bank: np.ndarray, rng: np.random.Generator, count: int) -> tuple[np.ndarray, list]:
    picked = rng.integers(0, len(bank), count)
    queries = bank[picked].copy()
    bits = np.unpackbits(queries, axis=1)
    for row in bits:
        row[rng.choice(256, 20, replace=False)] ^= 1
    return np.packbits(bits, axis=1), picked.tolist()


def _ms(times: list[float]) -> str:
    times = sorted(times)
    p99 = times[min(len(times) - 1, int(len(times) * 0.99))]
    return f"p50 {statistics.median(times) * 1000:7.2f} ms  p99 {p99 * 1000:7.2f} ms"


def run(size: int, rng: np.random.Generator) -> None:
    bank = rng.integers(0, 256, (size, 32), dtype=np.uint8)
    started = time.perf_counter()
    index = PdqIndex.rebuild((i, bytes(row).hex()) for i, row in enumerate(bank))
    built = time.perf_counter() - started
    queries, truth = _queries(bank, rng, QUERIES)
    for query in queries[:10]:  # warm-up: faiss starts its threads on the first search
        index.search([bytes(query).hex()], THRESHOLD)
    times = []
    for query, expected in zip(queries, truth, strict=True):
        t = time.perf_counter()
        found = index.search([bytes(query).hex()], THRESHOLD)
        times.append(time.perf_counter() - t)
        assert found and found[0].id == expected
    words = bank.view(np.uint64)
    numpy_times = []
    for query, expected in zip(queries[:NUMPY_QUERIES], truth, strict=False):
        t = time.perf_counter()
        distances = np.bitwise_count(words ^ query.view(np.uint64)).sum(axis=1)
        hits = np.flatnonzero(distances <= THRESHOLD)
        numpy_times.append(time.perf_counter() - t)
        assert expected in hits
    print(f"{size:>9,} hashes  built in {built:5.1f} s (Haven's add from hex)")
    print(f"   faiss IndexBinaryFlat, {QUERIES} queries:  {_ms(times)}")
    print(f"   numpy scan, {NUMPY_QUERIES} queries:             {_ms(numpy_times)}")


def main() -> None:
    rng = np.random.default_rng(15)
    for size in (100_000, 1_000_000):
        run(size, rng)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak memory of the process: {peak:.0f} MB")


if __name__ == "__main__":
    main()
