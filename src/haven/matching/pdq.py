"""PDQ through pdqhash: the hash of decoded pixels, its quality, and its eight dihedral forms."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pdqhash  # type: ignore[import-untyped]  # ships no type information

from haven.matching import config


@dataclass(frozen=True)
class PdqHash:
    hex: str  # 64 hex digits, PDQ's own bit order (as vpdq and ThreatExchange write it)
    quality: int  # 0-100

    @property
    def bankable(self) -> bool:
        return self.quality >= config.pdq_min_quality()


def _hex(bits: np.ndarray) -> str:
    return np.packbits(bits.astype(np.uint8)).tobytes().hex()


def of_pixels(rgb: np.ndarray) -> PdqHash:
    bits, quality = pdqhash.compute(np.ascontiguousarray(rgb, dtype=np.uint8))
    return PdqHash(_hex(bits), int(quality))


def dihedral(rgb: np.ndarray) -> list[PdqHash]:
    """The hashes of the picture, rotated 90/180/270 and mirrored four ways (pdqhash's order)."""
    all_bits, quality = pdqhash.compute_dihedral(np.ascontiguousarray(rgb, dtype=np.uint8))
    return [PdqHash(_hex(bits), int(quality)) for bits in all_bits]


def distance(a: str, b: str) -> int:
    return (int(a, 16) ^ int(b, 16)).bit_count()


def to_bytes(hex_hash: str) -> bytes:
    raw = bytes.fromhex(hex_hash)
    if len(raw) != 32:
        raise ValueError("a PDQ hash is 64 hex digits")
    return raw
