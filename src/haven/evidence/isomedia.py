"""ISO base media files (MP4, QuickTime, M4A): their boxes walked as they stream, and facts.

A file is a sequence of top-level boxes (size, type, body). Walking them to the
end proves the file is whole: a last box that claims more bytes than came is a
file cut short. The index (``moov``) must be there; when it is of a sane size
it is kept to read the duration (``mvhd``) and the picture size (``tkhd``).
"""

from __future__ import annotations

from dataclasses import dataclass

from haven.core.errors import InvalidInput

MOOV_MAX = 16 * 1024 * 1024  # a larger index is checked, not read for facts


@dataclass(frozen=True)
class Facts:
    width: int = 0
    height: int = 0
    duration_ms: int = 0


def _refuse(message: str) -> InvalidInput:
    return InvalidInput(message, code="unreadable")


class BoxWalker:
    def __init__(self) -> None:
        self.pending = bytearray()
        self.skip = 0
        self.types: set[bytes] = set()
        self.open_ended = False
        self.moov: bytearray | None = None
        self._capturing = False

    def feed(self, piece: bytes) -> None:
        view = memoryview(piece)
        while view:
            if self.skip:
                taken = min(self.skip, len(view))
                if self._capturing and self.moov is not None:
                    self.moov += view[:taken]
                self.skip -= taken
                view = view[taken:]
                self._capturing = self._capturing and self.skip > 0
                continue
            need = 16 if self.pending[:4] == b"\x00\x00\x00\x01" else 8
            taken = min(need - len(self.pending), len(view))
            self.pending += view[:taken]
            view = view[taken:]
            if len(self.pending) == 8 and self.pending[:4] == b"\x00\x00\x00\x01":
                continue
            if len(self.pending) == need:
                self._box(bytes(self.pending))
                self.pending.clear()

    def _box(self, header: bytes) -> None:
        size = int.from_bytes(header[:4], "big")
        if size == 1:
            size = int.from_bytes(header[8:16], "big")
        if size == 0:
            self.open_ended, self.skip = True, 2**63
        elif size < len(header):
            raise _refuse("That video is corrupt.")
        else:
            self.skip = size - len(header)
        kind = header[4:8]
        if kind == b"moov" and self.moov is None and 0 < self.skip <= MOOV_MAX:
            self.moov, self._capturing = bytearray(), True
        self.types.add(kind)

    def done(self) -> Facts:
        if (self.pending or self.skip) and not self.open_ended:
            raise _refuse("That file is cut short: it may not have finished uploading.")
        if b"moov" not in self.types:
            raise _refuse("That video is incomplete: it has no index (moov).")
        return facts(bytes(self.moov or b""))


def _children(body: bytes) -> list[tuple[bytes, bytes]]:
    boxes, at = [], 0
    while at + 8 <= len(body):
        size = int.from_bytes(body[at : at + 4], "big")
        if size < 8 or at + size > len(body):
            break  # facts are a courtesy: a strange index gives none, not an error
        boxes.append((body[at + 4 : at + 8], body[at + 8 : at + size]))
        at += size
    return boxes


def _duration_ms(mvhd: bytes) -> int:
    if mvhd[:1] == b"\x01" and len(mvhd) >= 32:
        scale, length = int.from_bytes(mvhd[20:24], "big"), int.from_bytes(mvhd[24:32], "big")
    elif len(mvhd) >= 20:
        scale, length = int.from_bytes(mvhd[12:16], "big"), int.from_bytes(mvhd[16:20], "big")
    else:
        return 0
    return length * 1000 // scale if scale else 0


def _size(tkhd: bytes) -> tuple[int, int]:
    at = 88 if tkhd[:1] == b"\x01" else 76  # width and height (16.16) close the box
    if len(tkhd) < at + 8:
        return 0, 0
    return int.from_bytes(tkhd[at : at + 4], "big") >> 16, int.from_bytes(
        tkhd[at + 4 : at + 8], "big"
    ) >> 16


def facts(moov: bytes) -> Facts:
    """Duration and the largest track's picture size from an index's bytes."""
    duration, width, height = 0, 0, 0
    for kind, body in _children(moov):
        if kind == b"mvhd":
            duration = _duration_ms(body)
        elif kind == b"trak":
            for inner, tkhd in _children(body):
                if inner == b"tkhd":
                    w, h = _size(tkhd)
                    if w * h > width * height:
                        width, height = w, h
    return Facts(width, height, duration)
