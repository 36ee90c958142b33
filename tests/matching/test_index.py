"""The faiss index: add, remove, search at the threshold, persist and rebuild."""

from __future__ import annotations

import numpy as np
import pytest
from PIL import ImageOps

from haven.matching import images, pdq
from haven.matching.index import PdqIndex
from tests.matching.synthetic import encoded, picture


def _random_hashes(count: int, seed: int = 0) -> list[str]:
    rng = np.random.default_rng(seed)
    return [bytes(row).hex() for row in rng.integers(0, 256, (count, 32), dtype=np.uint8)]


def _flip(hex_hash: str, bits: int) -> str:
    return f"{int(hex_hash, 16) ^ ((1 << bits) - 1):064x}"


def test_search_finds_within_the_threshold_and_not_past_it() -> None:
    hashes = _random_hashes(500)
    index = PdqIndex.rebuild(enumerate(hashes))
    assert len(index) == 500
    found = index.search([_flip(hashes[7], 31)])
    assert [(m.id, m.distance) for m in found] == [(7, 31)]
    assert index.search([_flip(hashes[7], 32)]) == []


def test_the_threshold_is_a_setting(monkeypatch) -> None:
    hashes = _random_hashes(50)
    index = PdqIndex.rebuild(enumerate(hashes))
    monkeypatch.setenv("HAVEN_PDQ_THRESHOLD", "10")
    assert index.search([_flip(hashes[3], 20)]) == []
    monkeypatch.setenv("HAVEN_PDQ_THRESHOLD", "20")
    assert [m.id for m in index.search([_flip(hashes[3], 20)])] == [3]


def test_add_and_remove_are_incremental() -> None:
    hashes = _random_hashes(20)
    index = PdqIndex()
    index.add(enumerate(hashes[:10]))
    assert index.search([hashes[15]]) == []
    index.add([(15, hashes[15])])
    assert [m.id for m in index.search([hashes[15]])] == [15]
    assert index.remove([15, 999]) == 1
    assert index.search([hashes[15]]) == []
    assert len(index) == 10


def test_adding_an_id_again_replaces_its_hash() -> None:
    first, second = _random_hashes(2)
    index = PdqIndex()
    index.add([(1, first)])
    index.add([(1, second)])
    assert len(index) == 1
    assert index.search([first]) == []


def test_it_persists_and_rebuilds(tmp_path) -> None:
    hashes = _random_hashes(100)
    index = PdqIndex.rebuild(enumerate(hashes))
    index.remove([5])
    path = tmp_path / "pdq.index"
    index.save(path)
    loaded = PdqIndex.load(path)
    assert len(loaded) == 99
    assert [m.id for m in loaded.search([hashes[6]])] == [6]
    assert loaded.search([hashes[5]]) == []
    assert not (tmp_path / "pdq.index.partial").exists()


def test_a_mirrored_copy_is_found_through_the_dihedral_hashes() -> None:
    original = picture(8)
    banked = pdq.of_pixels(images.rgb_pixels(encoded(original, "PNG")))
    index = PdqIndex.rebuild([(42, banked.hex)])
    mirrored = images.rgb_pixels(encoded(ImageOps.mirror(original), "PNG"))
    assert index.search([pdq.of_pixels(mirrored).hex]) == []
    assert [m.id for m in index.search(h.hex for h in pdq.dihedral(mirrored))] == [42]


def test_a_malformed_hash_is_refused() -> None:
    with pytest.raises(ValueError, match="64 hex"):
        PdqIndex().add([(1, "abcd")])
