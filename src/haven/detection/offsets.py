"""Offset maps: where each stretch of a rewritten text came from in the text before it.

A rewrite records only the stretches whose length changed, as edits
``(new_start, new_end, old_start, old_end)``; everything between edits moved by a
constant shift. Mapping a position back costs one bisection per rewrite, so clean
text (no edits) costs nothing and spans always land on the original characters.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass

Edit = tuple[int, int, int, int]


@dataclass(frozen=True, slots=True)
class Layer:
    """The edits of one rewrite, sorted by position in the rewritten text."""

    edits: tuple[Edit, ...]
    starts: tuple[int, ...]

    def to_old_start(self, pos: int) -> int:
        i = bisect_right(self.starts, pos) - 1
        if i < 0:
            return pos
        _, new_end, old_start, old_end = self.edits[i]
        if pos < new_end:
            return old_start
        return pos - new_end + old_end

    def to_old_end(self, pos: int) -> int:
        # An end is exclusive: look at the character just before it.
        i = bisect_right(self.starts, pos - 1) - 1
        if i < 0:
            return pos
        new_start, new_end, _, old_end = self.edits[i]
        if pos <= new_end and pos > new_start:
            return old_end
        return pos - new_end + old_end


def substitute(
    text: str, pattern: re.Pattern[str], replace: Callable[[re.Match[str]], str]
) -> tuple[str, Layer | None]:
    """``pattern.sub(replace, text)`` that also returns the edits it made (None if none)."""
    parts: list[str] = []
    edits: list[Edit] = []
    last = shift = 0
    for match in pattern.finditer(text):
        start, end = match.span()
        new = replace(match)
        if len(new) == end - start:
            if new == match.group():
                continue
            # Same length: positions inside stay exact, so no edit is needed.
            parts += (text[last:start], new)
            last = end
            continue
        parts += (text[last:start], new)
        new_start = start + shift
        edits.append((new_start, new_start + len(new), start, end))
        shift += len(new) - (end - start)
        last = end
    if last == 0 and not parts:
        return text, None
    parts.append(text[last:])
    layer = Layer(tuple(edits), tuple(edit[0] for edit in edits)) if edits else None
    return "".join(parts), layer


def to_original(layers: tuple[Layer, ...], start: int, end: int) -> tuple[int, int]:
    """Map a span of the last rewrite back through every layer to the original text."""
    for layer in reversed(layers):
        start, end = layer.to_old_start(start), layer.to_old_end(end)
    return start, end


def to_original_many(layers: tuple[Layer, ...], starts: list[int], ends: list[int]) -> None:
    """``to_original`` for many spans at once, in place."""
    for layer in reversed(layers):
        edits, positions = layer.edits, layer.starts
        for k, start in enumerate(starts):
            i = bisect_right(positions, start) - 1
            if i >= 0:
                _, new_end, old_start, old_end = edits[i]
                starts[k] = old_start if start < new_end else start - new_end + old_end
        for k, end in enumerate(ends):
            i = bisect_right(positions, end - 1) - 1
            if i >= 0:
                new_start, new_end, _, old_end = edits[i]
                ends[k] = old_end if new_start < end <= new_end else end - new_end + old_end
