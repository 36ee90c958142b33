"""One file's hashes, whatever it is: the kind is read from its first bytes, never its name."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from django.utils.translation import gettext as _

from haven.matching import config, exact, images, pdq, video
from haven.matching.errors import HashingError

HEAD = 16


@dataclass(frozen=True)
class MediaHashes:
    kind: str  # "image" or "video"
    md5: str
    sha256: str
    pdq: pdq.PdqHash | None = None  # images
    frames: list[video.FrameHash] = field(default_factory=list)  # videos

    def refusal(self) -> str:
        """Why these hashes would not be banked ("" when they would): a flat picture says little."""
        if self.kind == "image" and self.pdq and not self.pdq.bankable:
            return _(
                "This picture is too plain to be recognised again (PDQ quality %(q)d, below "
                "%(min)d): it would match unrelated pictures, so it is not kept."
            ) % {"q": self.pdq.quality, "min": config.pdq_min_quality()}
        if self.kind == "video" and not any(f.pdq.bankable for f in self.frames):
            return _("No frame of this video is clear enough to be recognised again.")
        return ""

    def as_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {"kind": self.kind}
        if self.pdq:
            out |= {"pdq": self.pdq.hex, "quality": self.pdq.quality}
        else:
            qualities = [f.pdq.quality for f in self.frames]
            out["quality"] = min(qualities) if qualities else 0
        out |= {"md5": self.md5, "sha256": self.sha256}
        if self.kind == "video":
            out["frames"] = [
                {
                    "frame": f.frame,
                    "timestamp": round(f.timestamp, 3),
                    "pdq": f.pdq.hex,
                    "quality": f.pdq.quality,
                }
                for f in self.frames
            ]
        refusal = self.refusal()
        if refusal:
            out["refused"] = refusal
        return out


def hash_file(path: Path) -> MediaHashes:
    """PDQ (or vPDQ), MD5 and SHA-256 of the file at ``path``; HashingError when it cannot be."""
    try:
        with path.open("rb") as stream:
            head = stream.read(HEAD)
    except OSError:
        raise HashingError("unreadable") from None
    md5, sha256 = exact.digests(path)
    if images.looks_like_image(head):
        if path.stat().st_size > config.max_pixels() * 4:
            raise HashingError("too_large")
        return MediaHashes(
            "image", md5, sha256, pdq=pdq.of_pixels(images.rgb_pixels(path.read_bytes()))
        )
    if video.looks_like_video(head):
        return MediaHashes("video", md5, sha256, frames=video.hash_video(path))
    raise HashingError("not_media")
