"""Videos and audio, read through the seal by PyAV (FFmpeg): their facts, and a poster frame.

PyAV reads a ``SealedFile``: the decrypted bytes stay in memory, a chunk at a
time, and nothing is written to disk. The demuxer is named from the sniffed
type, never guessed by FFmpeg from the content, and the work is bounded (the
picture's size, how many packets are read for a first frame). A file FFmpeg
cannot read gives no facts and no poster: intake has already checked what it
can (``sniffing``), and the page then says there is no preview.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from typing import Any

import av
from PIL import Image

from haven.accounts.models import User
from haven.cases import audit
from haven.core.errors import CryptoError, InvalidInput, NotFound
from haven.core.events import Id
from haven.evidence import custody, images, vault
from haven.evidence.isomedia import Facts
from haven.evidence.models import EvidenceItem, EvidenceKind
from haven.evidence.sealed_file import SealedFile

logger = logging.getLogger(__name__)

DEMUXERS = {
    "video/mp4": "mp4",
    "video/quicktime": "mov",
    "video/webm": "matroska",
    "video/x-matroska": "matroska",
    "audio/mp4": "mp4",
    "audio/wav": "wav",
    "audio/ogg": "ogg",
    "audio/mpeg": "mp3",
    "audio/flac": "flac",
}
MAX_PIXELS = 40_000_000  # as for images: no frame larger than this is decoded
MAX_PACKETS = 600  # a first frame needs a few; a file that gives none by then has no poster
_FAILURES = (av.FFmpegError, CryptoError, InvalidInput, ValueError, OSError, EOFError)


def _container(case_id: str, item_id: str, blob_name: str, size: int, media_type: str) -> Any:
    def pieces() -> Iterator[bytes]:
        return vault.read(case_id, item_id, blob_name)

    return av.open(SealedFile(pieces, size), format=DEMUXERS[media_type])


def probe(case_id: str, item_id: str, blob_name: str, size: int, media_type: str) -> Facts:
    """Duration and picture size as FFmpeg reads them; none if it cannot read the file."""
    if media_type not in DEMUXERS:
        return Facts()
    try:
        with _container(case_id, item_id, blob_name, size, media_type) as container:
            return _facts(container)
    except _FAILURES:
        logger.info("no media facts item=%s", item_id)
        return Facts()


def _facts(container: Any) -> Facts:
    duration_ms = int(container.duration or 0) // 1000  # microseconds (AV_TIME_BASE)
    width = height = 0
    for stream in container.streams:
        if not duration_ms and stream.duration and stream.time_base:
            duration_ms = int(stream.duration * stream.time_base * 1000)
        if stream.type == "video":
            w, h = stream.codec_context.width or 0, stream.codec_context.height or 0
            if w * h > width * height:
                width, height = w, h
    return Facts(width, height, max(0, duration_ms))


def poster(item: EvidenceItem) -> Image.Image | None:
    """The video's first picture, decoded in memory; None if there is none to show."""
    if item.kind != EvidenceKind.VIDEO or not item.blob_name or item.content_type not in DEMUXERS:
        return None
    try:
        with _container(
            item.case_id, item.pk, item.blob_name, item.size, item.content_type
        ) as container:
            return _first_frame(container)
    except _FAILURES:
        logger.info("no poster frame item=%s", item.pk)
        return None


def _first_frame(container: Any) -> Image.Image | None:
    if not container.streams.video:
        return None
    stream = container.streams.video[0]
    if stream.codec_context.width * stream.codec_context.height > MAX_PIXELS:
        return None
    for count, packet in enumerate(container.demux(stream)):
        if count > MAX_PACKETS:
            return None
        for frame in packet.decode():
            if frame.width * frame.height > MAX_PIXELS:
                return None
            image: Image.Image = frame.to_image()
            return image
    return None


def _read_logged(item: EvidenceItem, reader: User, *, revealed: bool) -> None:
    audit.record(
        custody.EVIDENCE_READ,
        actor=reader,
        case_id=item.case_id,
        payload=custody.EvidenceRead(Id(item.pk), revealed),
    )


def blurred_poster(item: EvidenceItem, *, reader: User) -> bytes | None:
    """The first picture, blurred as an image is (from a tiny copy); None if there is none."""
    picture = poster(item)
    if picture is None:
        return None
    _read_logged(item, reader, revealed=False)
    return images.blurred(picture)


def reveal_poster(item: EvidenceItem, *, acting_user: User) -> bytes:
    """The first picture as it is (re-encoded, no metadata); every reveal is in the audit stream."""
    picture = poster(item)
    if picture is None:
        raise NotFound()
    data = images.reencode(picture, images.PREVIEW_EDGE)
    _read_logged(item, acting_user, revealed=True)
    return data
