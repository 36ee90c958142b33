"""PDQ on synthetic pictures: copies match, others do not, bad files fail clearly."""

from __future__ import annotations

import io

import numpy as np
import pytest
from PIL import Image, ImageDraw, ImageOps

from haven.matching import config, images, pdq
from haven.matching.errors import HashingError
from haven.matching.hashing import hash_file
from tests.matching.synthetic import encoded, picture

THRESHOLD = config.PDQ_CONFIDENT_MATCH_THRESHOLD


def _hash(image: Image.Image) -> pdq.PdqHash:
    return pdq.of_pixels(images.rgb_pixels(encoded(image, "PNG")))


def _captioned(image: Image.Image) -> Image.Image:
    copy = image.copy()
    draw = ImageDraw.Draw(copy)
    draw.text((30, 30), "LOOK AT THIS", fill=(255, 255, 255), font_size=48)
    return copy


def _cropped(image: Image.Image) -> Image.Image:
    # 1% off each edge: PDQ moves fast under cropping (3% off each edge is past 31 bits here;
    # docs/matching.md says so).
    w, h = image.size
    return image.crop((w // 100, h // 100, w - w // 100, h - h // 100))


def _recompressed(image: Image.Image) -> Image.Image:
    return Image.open(io.BytesIO(encoded(image, "JPEG", quality=40)))


COPIES = {
    "resized": lambda im: im.resize((im.width // 2, im.height // 2)),
    "recompressed": _recompressed,
    "cropped": _cropped,
    "captioned": _captioned,
}


@pytest.mark.parametrize("change", sorted(COPIES))
@pytest.mark.parametrize("seed", [1, 2, 3])
def test_altered_copies_match_within_the_threshold(change, seed) -> None:
    original = picture(seed)
    distance = pdq.distance(_hash(original).hex, _hash(COPIES[change](original)).hex)
    assert distance <= THRESHOLD


def test_unrelated_pictures_do_not_match() -> None:
    hashes = [_hash(picture(seed)).hex for seed in range(10, 30)]
    distances = [pdq.distance(a, b) for i, a in enumerate(hashes) for b in hashes[i + 1 :]]
    assert min(distances) > THRESHOLD


@pytest.mark.parametrize(
    "turn", [ImageOps.mirror, ImageOps.flip, lambda im: im.rotate(90, expand=True)]
)
def test_mirrored_and_rotated_copies_match_through_dihedral_hashes(turn) -> None:
    original = picture(4)
    copy = _hash(turn(original)).hex
    assert pdq.distance(_hash(original).hex, copy) > THRESHOLD  # the plain hash misses it
    rgb = images.rgb_pixels(encoded(original, "PNG"))
    assert min(pdq.distance(h.hex, copy) for h in pdq.dihedral(rgb)) <= THRESHOLD


def test_a_flat_picture_is_refused_with_the_reason(tmp_path) -> None:
    path = tmp_path / "flat.png"
    Image.new("RGB", (300, 200), (120, 120, 120)).save(path)
    hashes = hash_file(path)
    assert hashes.pdq is not None
    assert not hashes.pdq.bankable
    assert "too plain" in hashes.refusal()
    assert "refused" in hashes.as_json()


def test_a_clear_picture_is_bankable(tmp_path) -> None:
    path = tmp_path / "p.jpg"
    path.write_bytes(encoded(picture(5)))
    hashes = hash_file(path)
    assert hashes.kind == "image"
    assert len(hashes.pdq.hex) == 64 and hashes.pdq.bankable
    assert hashes.refusal() == ""


def test_the_quality_cut_off_is_a_setting(monkeypatch) -> None:
    monkeypatch.setenv("HAVEN_PDQ_MIN_QUALITY", "101")
    with pytest.raises(Exception, match="HAVEN_PDQ_MIN_QUALITY"):
        config.pdq_min_quality()
    monkeypatch.setenv("HAVEN_PDQ_MIN_QUALITY", "0")
    assert pdq.PdqHash("0" * 64, 0).bankable


@pytest.mark.parametrize(
    ("content", "code"),
    [
        (encoded(picture(6))[:2000], "truncated"),
        (b"\xff\xd8\xff" + b"nonsense" * 100, "not_media"),
        (b"just some text, not a picture", "not_media"),
        (b"\x00\x00\x00\x18ftypisom" + b"\x00" * 500, "truncated"),
    ],
)
def test_bad_files_give_clear_errors(tmp_path, content, code) -> None:
    path = tmp_path / "x.jpg"
    path.write_bytes(content)
    with pytest.raises(HashingError) as raised:
        hash_file(path)
    assert raised.value.code == code
    assert raised.value.message


def test_huge_dimensions_are_refused_before_decoding(tmp_path, monkeypatch) -> None:
    monkeypatch.setenv("HAVEN_HASH_MAX_MEGAPIXELS", "1")
    path = tmp_path / "big.png"
    Image.new("L", (2000, 1000)).save(path)  # 2 megapixels, compressed to a few kilobytes
    with pytest.raises(HashingError) as raised:
        hash_file(path)
    assert raised.value.code == "too_large"


def test_a_file_that_cannot_be_opened_is_unreadable(tmp_path) -> None:
    with pytest.raises(HashingError) as raised:
        hash_file(tmp_path / "missing.png")
    assert raised.value.code == "unreadable"


def test_exact_hashes_are_those_of_the_bytes(tmp_path) -> None:
    import hashlib

    data = encoded(picture(7))
    path = tmp_path / "p.jpg"
    path.write_bytes(data)
    hashes = hash_file(path)
    assert hashes.md5 == hashlib.md5(data, usedforsecurity=False).hexdigest()
    assert hashes.sha256 == hashlib.sha256(data).hexdigest()


def test_the_hex_is_pdqhash_bits_in_order() -> None:
    bits = np.zeros(256, dtype=np.uint8)
    bits[0] = 1
    assert pdq._hex(bits) == "80" + "0" * 62
