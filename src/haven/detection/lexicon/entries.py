"""Lexicon entries are written in blocks, one per family of phrasing; a language's
``ENTRIES`` is its blocks combined."""

from __future__ import annotations

from collections.abc import Mapping

Entries = dict[str, tuple[str, ...]]


def combine(*blocks: Mapping[str, tuple[str, ...]]) -> Entries:
    """The entries of ``blocks`` per signal type, in the order given."""
    entries: Entries = {}
    for block in blocks:
        for kind, patterns in block.items():
            entries[kind] = entries.get(kind, ()) + patterns
    return entries
