"""A read-only, seekable file over an item's sealed blob, for decoders that want a file.

The plaintext only ever exists in memory, one decrypted chunk at a time: a
decoder (PyAV) reads through the seal, never from a file on disk. The stream
opens from its start only, so a seek backwards starts decrypting again from
the beginning; a decoder that jumps back and forth too often (a file built to
make it) is stopped after ``MAX_RESTARTS`` with ``TooManySeeks``.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Iterator

from haven.core.errors import InvalidInput

MAX_RESTARTS = 8


class TooManySeeks(InvalidInput):
    """That file cannot be read without decrypting it again and again."""

    code = "unreadable"


class SealedFile(io.RawIOBase):
    def __init__(self, open_pieces: Callable[[], Iterator[bytes]], size: int) -> None:
        super().__init__()
        self._open, self._size = open_pieces, size
        self._pieces: Iterator[bytes] = iter(())
        self._piece = b""
        self._piece_at = 0  # offset of ``_piece`` in the plaintext
        self._position = 0
        self._opened = False
        self.restarts = 0

    def readable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return True

    def tell(self) -> int:
        return self._position

    def seek(self, offset: int, whence: int = io.SEEK_SET) -> int:
        base = {io.SEEK_SET: 0, io.SEEK_CUR: self._position, io.SEEK_END: self._size}[whence]
        self._position = max(0, base + offset)
        return self._position

    def _restart(self) -> None:
        if self._opened:
            self.restarts += 1
            if self.restarts > MAX_RESTARTS:
                raise TooManySeeks("That file cannot be read as a video.")
        self._opened = True
        self._pieces, self._piece, self._piece_at = self._open(), b"", 0

    def readinto(self, buffer: memoryview) -> int:  # type: ignore[override]
        filled = 0
        while filled < len(buffer) and self._position < self._size:
            taken = self._read_piece(len(buffer) - filled)
            if not taken:
                break
            buffer[filled : filled + len(taken)] = taken
            filled += len(taken)
        return filled

    def _read_piece(self, wanted: int) -> bytes:
        if not self._opened or self._position < self._piece_at:
            self._restart()
        while self._position >= self._piece_at + len(self._piece):
            self._piece_at += len(self._piece)
            self._piece = next(self._pieces, b"")
            if not self._piece:
                return b""
        start = self._position - self._piece_at
        taken = self._piece[start : start + wanted]
        self._position += len(taken)
        return taken
