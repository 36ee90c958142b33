"""vPDQ on PyAV: vpdq's published algorithm, without its build-time FFmpeg libraries.

As vpdq's ``hashVideoFile`` does: frames are numbered in decoding order from 0;
every ``int(seconds_per_hash * fps)``-th frame (at least every frame) is converted
to RGB24 at its own size and hashed with PDQ; its timestamp is ``number / fps``,
fps being the stream's average rate (else its guessed rate). See
docs/decisions/0010-vpdq-on-pyav.md for why, and how close it stays to vpdq.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import av

from haven.matching import config, pdq
from haven.matching.errors import HashingError

MAX_HASHED_FRAMES = 4 * 3600  # four hours at one hash a second: past that the file is refused


@dataclass(frozen=True)
class FrameHash:
    frame: int
    timestamp: float  # seconds
    pdq: pdq.PdqHash


def looks_like_video(head: bytes) -> bool:
    return (
        head[4:8] == b"ftyp"
        or head.startswith(b"\x1a\x45\xdf\xa3")  # Matroska / WebM
        or (head[:4] == b"RIFF" and head[8:12] == b"AVI ")
    )


def _frame_rate(stream: Any) -> float:
    rate = stream.average_rate or stream.guessed_rate
    return float(rate) if rate else 0.0


def hash_video(path: Path, seconds_per_hash: int | None = None) -> list[FrameHash]:
    """vPDQ frame hashes of the file's first video stream, or HashingError."""
    seconds = seconds_per_hash or config.vpdq_seconds_per_hash()
    try:
        with av.open(str(path)) as container:
            return _hash_stream(container, seconds)
    except av.FFmpegError:
        raise HashingError("truncated") from None
    except (OSError, ValueError, EOFError):
        raise HashingError("unreadable") from None


def _hash_stream(container: Any, seconds: int) -> list[FrameHash]:
    if not container.streams.video:
        raise HashingError("no_frames")
    stream = container.streams.video[0]
    limit = config.max_pixels()
    if stream.codec_context.width * stream.codec_context.height > limit:
        raise HashingError("too_large")
    fps = _frame_rate(stream)
    if fps <= 0:
        raise HashingError("no_frames")
    every = max(1, int(seconds * fps))
    hashes: list[FrameHash] = []
    for number, frame in enumerate(container.decode(stream)):
        if number % every:
            continue
        if frame.width * frame.height > limit:
            raise HashingError("too_large")
        if len(hashes) >= MAX_HASHED_FRAMES:
            raise HashingError("too_large")
        rgb = frame.to_ndarray(format="rgb24")
        hashes.append(FrameHash(number, number / fps, pdq.of_pixels(rgb)))
    if not hashes:
        raise HashingError("no_frames")
    return hashes
