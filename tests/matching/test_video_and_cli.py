"""vPDQ on PyAV and ``haven hash``'s JSON lines."""

from __future__ import annotations

import json

import pytest
from django.core.management import call_command

from haven import cli
from haven.matching import pdq
from haven.matching.video import hash_video
from tests.matching.synthetic import clip, encoded, picture


def test_a_clip_gets_one_hash_a_second_with_timestamps(tmp_path) -> None:
    frames = hash_video(clip(tmp_path / "c.mp4", 1, frames=35))  # 3.5 s at 10 fps
    assert [(f.frame, f.timestamp) for f in frames] == [(0, 0.0), (10, 1.0), (20, 2.0), (30, 3.0)]
    assert all(len(f.pdq.hex) == 64 and f.pdq.quality > 50 for f in frames)


def test_a_half_resolution_copy_matches_frame_by_frame(tmp_path) -> None:
    full = hash_video(clip(tmp_path / "a.mp4", 2))
    half = hash_video(clip(tmp_path / "b.mp4", 2, size=(160, 120)))
    assert all(pdq.distance(a.pdq.hex, b.pdq.hex) <= 31 for a, b in zip(full, half, strict=True))


def _lines(capsys) -> list[dict]:
    return [json.loads(line) for line in capsys.readouterr().out.splitlines()]


def test_haven_hash_prints_one_line_per_file_and_fails_on_a_bad_one(tmp_path, capsys) -> None:
    image = tmp_path / "p.jpg"
    image.write_bytes(encoded(picture(3)))
    video = clip(tmp_path / "v.mp4", 3, frames=12)
    bad = tmp_path / "bad.png"
    bad.write_bytes(b"not a picture")
    with pytest.raises(SystemExit) as exited:
        call_command("haven_hash", str(image), str(bad), str(video))
    assert exited.value.code == 1
    first, second, third = _lines(capsys)
    assert first["path"] == str(image) and first["kind"] == "image"
    assert len(first["pdq"]) == 64 and first["quality"] == 100
    assert len(first["md5"]) == 32 and len(first["sha256"]) == 64
    assert second == {
        "path": str(bad),
        "error": "not_media",
        "message": "This file is not an image or a video Haven can hash.",
    }
    assert third["kind"] == "video" and [f["timestamp"] for f in third["frames"]] == [0.0, 1.0]
    assert all(len(f["pdq"]) == 64 for f in third["frames"])


def test_haven_hash_exits_0_when_every_file_hashes(tmp_path, capsys) -> None:
    image = tmp_path / "p.png"
    image.write_bytes(encoded(picture(4), "PNG"))
    call_command("haven_hash", str(image))
    assert _lines(capsys)[0]["kind"] == "image"


def test_haven_hash_is_listed_in_the_help(capsys) -> None:
    assert cli.main(["--help"]) == 0
    assert "haven hash " in capsys.readouterr().out
