"""Decoding an image to RGB pixels for PDQ, bounded: the pixel count is checked before decoding."""

from __future__ import annotations

import io
import warnings

import numpy as np
from PIL import Image, UnidentifiedImageError

from haven.matching import config
from haven.matching.errors import HashingError

# JPEGs decode at a reduced scale near this edge (Pillow's draft mode), as Meta's own
# tooling downsizes: PDQ works on 64x64 anyway, and the hash moves by a few bits at most.
DRAFT_EDGE = 512


def looks_like_image(head: bytes) -> bool:
    return head.startswith(
        (b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff", b"GIF87a", b"GIF89a", b"BM")
    ) or (head[:4] == b"RIFF" and head[8:12] == b"WEBP")


def rgb_pixels(data: bytes) -> np.ndarray:
    """The first frame as an RGB array, or HashingError (never a crash, never a bomb)."""
    with warnings.catch_warnings():
        warnings.simplefilter("error", Image.DecompressionBombWarning)
        try:
            image = Image.open(io.BytesIO(data))
            if image.width * image.height > config.max_pixels():
                raise HashingError("too_large")
            image.draft("RGB", (DRAFT_EDGE, DRAFT_EDGE))
            image.load()
            return np.asarray(image.convert("RGB"))
        except UnidentifiedImageError:
            raise HashingError("not_media") from None
        except (Image.DecompressionBombError, Image.DecompressionBombWarning):
            raise HashingError("too_large") from None
        except (OSError, SyntaxError, ValueError, EOFError):
            raise HashingError("truncated") from None
