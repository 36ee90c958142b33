"""What a piece of evidence is, from its bytes only: never its name, never what the client said.

``sniff(head, tail, size)`` names the type from the first and last bytes;
``check(media_type, pieces)`` then reads the whole (decrypted, as a stream) and
refuses what is truncated, corrupt or two things at once (a polyglot). Zip
files are not evidence Haven accepts, so a zip bomb is refused by its first
bytes, and one appended to an image or a PDF by the polyglot check.
"""

from __future__ import annotations

import codecs
import json
import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from django.conf import settings

from haven.core.errors import InvalidInput
from haven.evidence import isomedia
from haven.evidence.models import EvidenceKind

TEXT_JSON_MAX = 32 * 1024 * 1024  # a JSON chat log or post is parsed whole to be checked

_IMAGES = {
    b"\x89PNG\r\n\x1a\n": "image/png",
    b"\xff\xd8\xff": "image/jpeg",
    b"GIF87a": "image/gif",
    b"GIF89a": "image/gif",
}
_FOREIGN = {  # signatures that have no business inside evidence of another type
    "zip": re.compile(rb"PK\x05\x06"),  # a zip archive's end
    "pdf": re.compile(rb"%PDF-"),
    "markup": re.compile(rb"<(?:script|html|svg|iframe)\b", re.IGNORECASE),
}


@dataclass(frozen=True)
class Sniffed:
    kind: EvidenceKind
    media_type: str


def refuse(message: str = "That file is not evidence Haven can read.") -> InvalidInput:
    return InvalidInput(message, code="unreadable")


def _iso_media(head: bytes) -> Sniffed | None:
    if head[4:8] != b"ftyp":
        return None
    brand = head[8:12]
    if brand in {b"M4A ", b"M4B "}:
        return Sniffed(EvidenceKind.AUDIO, "audio/mp4")
    if brand == b"qt  ":
        return Sniffed(EvidenceKind.VIDEO, "video/quicktime")
    return Sniffed(EvidenceKind.VIDEO, "video/mp4")


def _binary(head: bytes) -> Sniffed | None:
    for magic, media_type in _IMAGES.items():
        if head.startswith(magic):
            return Sniffed(EvidenceKind.IMAGE, media_type)
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return Sniffed(EvidenceKind.IMAGE, "image/webp")
    if head[:4] == b"RIFF" and head[8:12] == b"WAVE":
        return Sniffed(EvidenceKind.AUDIO, "audio/wav")
    if head.startswith(b"%PDF-"):
        return Sniffed(EvidenceKind.PDF, "application/pdf")
    if head.startswith(b"\x1a\x45\xdf\xa3"):
        return Sniffed(
            EvidenceKind.VIDEO, "video/webm" if b"webm" in head[:64] else "video/x-matroska"
        )
    if head.startswith(b"OggS"):
        return Sniffed(EvidenceKind.AUDIO, "audio/ogg")
    if head.startswith(b"fLaC"):
        return Sniffed(EvidenceKind.AUDIO, "audio/flac")
    if head.startswith(b"ID3") or head[:2] in {b"\xff\xfb", b"\xff\xf3", b"\xff\xf2"}:
        return Sniffed(EvidenceKind.AUDIO, "audio/mpeg")
    return _iso_media(head)


def _text(head: bytes) -> Sniffed | None:
    try:
        start = codecs.getincrementaldecoder("utf-8")().decode(head.removeprefix(codecs.BOM_UTF8))
    except UnicodeDecodeError:
        return None
    if "\x00" in start:
        return None
    stripped = start.lstrip().lower()
    if stripped.startswith(("{", "[")):
        return Sniffed(EvidenceKind.CHAT_LOG, "application/json")
    if stripped.startswith(("<!doctype html", "<html")):
        return Sniffed(EvidenceKind.CHAT_LOG, "text/html")
    return Sniffed(EvidenceKind.CHAT_LOG, "text/plain")


def sniff(head: bytes, tail: bytes, size: int) -> Sniffed:
    """The type of evidence that starts with ``head`` and ends with ``tail``, or InvalidInput."""
    if size == 0:
        raise refuse("That file is empty.")
    if head.startswith((b"PK\x03\x04", b"\x1f\x8b", b"7z\xbc\xaf", b"Rar!")):
        raise refuse("Archives are not accepted: send the files inside one by one.")
    found = _binary(head) or _text(head)
    if found is None:
        raise refuse()
    if found.kind != EvidenceKind.CHAT_LOG:
        refuse_polyglot(head, tail, allow="pdf" if found.kind == EvidenceKind.PDF else None)
    if found.kind == EvidenceKind.IMAGE and size > settings.HAVEN_MEDIA_MAX_BYTES:
        raise InvalidInput("That image is larger than Haven accepts.", code="too_large")
    return found


def refuse_polyglot(head: bytes, tail: bytes, *, allow: str | None) -> None:
    """Refuse a file that is read as two types (an image that is also a page or an archive)."""
    for name, pattern in _FOREIGN.items():
        if name == allow:
            continue
        if pattern.search(head[16:]) or pattern.search(tail):
            raise refuse("That file is two kinds of file at once; Haven does not keep those.")


def _check_text(media_type: str, pieces: Iterable[bytes]) -> str:
    decoder = codecs.getincrementaldecoder("utf-8")()
    collected: list[str] = []
    total = 0
    try:
        for piece in pieces:
            text = decoder.decode(piece)
            if "\x00" in text:
                raise refuse("That text holds NUL bytes: it is not a chat log.")
            total += len(piece)
            if media_type == "application/json":
                if total > TEXT_JSON_MAX:
                    raise InvalidInput("That JSON file is too large to check.", code="too_large")
                collected.append(text)
        decoder.decode(b"", final=True)
    except UnicodeDecodeError:
        raise refuse("That text is not UTF-8.") from None
    if media_type != "application/json":
        return media_type
    text = "".join(collected).removeprefix("\ufeff")
    try:
        json.loads(text)
    except (ValueError, RecursionError):
        # A chat log may start "[06/12/2026, 12:00]": text, not broken JSON.
        if text.lstrip().startswith("["):
            return "text/plain"
        raise refuse("That JSON file is broken.") from None
    return media_type


@dataclass(frozen=True)
class Checked:
    media_type: str  # reading the whole may correct what the first bytes said
    facts: isomedia.Facts = field(default_factory=isomedia.Facts)


def check(media_type: str, pieces: Iterable[bytes]) -> Checked:
    """Read the whole item and refuse it if it is truncated or corrupt (images: see ``images``)."""
    if media_type.startswith(("text/", "application/json")):
        return Checked(_check_text(media_type, pieces))
    if media_type in {"video/mp4", "video/quicktime", "audio/mp4"}:
        walker = isomedia.BoxWalker()
        for piece in pieces:
            walker.feed(piece)
        return Checked(media_type, walker.done())
    if media_type == "application/pdf":
        tail = b""
        for piece in pieces:
            tail = (tail + piece)[-2048:]
        if b"%%EOF" not in tail:
            raise refuse("That PDF is cut short or corrupt.")
    else:
        for _piece in pieces:  # read to the end: the stream proves it is whole
            pass
    return Checked(media_type)
