"""Synthetic pictures and clips made here, from shapes and noise: never real imagery."""

from __future__ import annotations

import io
from pathlib import Path

import av
import numpy as np
from PIL import Image, ImageDraw


def picture(seed: int, size: tuple[int, int] = (640, 480)) -> Image.Image:
    rng = np.random.RandomState(seed)
    image = Image.new("RGB", size, tuple(int(v) for v in rng.randint(0, 255, 3)))
    draw = ImageDraw.Draw(image)
    for _ in range(30):
        x, y = (int(v) for v in rng.randint(0, size[0] - 40, 2))
        w, h = (int(v) for v in rng.randint(30, 250, 2))
        colour = tuple(int(v) for v in rng.randint(0, 255, 3))
        if rng.rand() < 0.5:
            draw.ellipse([x, y, x + w, y + h], fill=colour)
        else:
            draw.rectangle([x, y, x + w, y + h], fill=colour)
    return image


def encoded(image: Image.Image, fmt: str = "JPEG", **options: int) -> bytes:
    out = io.BytesIO()
    image.save(out, fmt, **options)
    return out.getvalue()


def clip(path: Path, seed: int, *, frames: int = 30, size: tuple[int, int] = (320, 240)) -> Path:
    base = picture(seed)
    with av.open(str(path), "w") as container:
        stream = container.add_stream("mpeg4", rate=10)
        stream.width, stream.height = size
        stream.pix_fmt = "yuv420p"
        for n in range(frames):
            frame = av.VideoFrame.from_image(base.resize(size).rotate(n * 4))
            for packet in stream.encode(frame):
                container.mux(packet)
        for packet in stream.encode():
            container.mux(packet)
    return path
