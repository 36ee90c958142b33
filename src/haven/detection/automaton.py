"""The Japanese lexicon as one Aho-Corasick automaton (``ahocorasick-rs``), in Rust.

``patterns.UnspacedMatcher`` finds, in C, every position where an entry can
start, and then runs one small trie-shaped regex per position from Python:
some sixty ``re.match`` calls for a 300-character Japanese post, most of them
failing. Here the literal part of every entry (the whole entry, for the
phrases that are nearly all of them) is a key of one automaton, searched
leftmost-longest: it returns, in one call, the matches the trie-shaped regex
would find, since a regex made of a trie of literals tries the longer
continuations first and a key here is exactly a node of that trie where an
entry ends or turns into a regex. Of the entries with the same phrase, the
key stands for the one the regex lists first (the stronger, then lexicon
order). Where the longest key is one of the few that go on as a regex
(amounts, ages, "第…話"), the trie-shaped regex of its first character is run
there, as before, and the automaton searches again from where that left
off. ``tests/detection/test_automaton.py`` holds the two to the same matches
on every text of the corpus, obfuscated and spliced ones and every phrase of
the lexicon.
"""

from __future__ import annotations

import re

import ahocorasick_rs

from haven.detection.lexicon import LanguageLexicon
from haven.detection.patterns import (
    Marker,
    Matcher,
    _emit,
    _insert,
    _Node,
    _spelt_out,
    _variants,
    space_tolerant,
)

# Rust strings cannot hold a lone surrogate; no key has one, nor this stand-in.
_SURROGATE = re.compile("[\ud800-\udfff]")
_STAND_IN = "\ufffd"


class AutomatonMatcher:
    """``UnspacedMatcher``'s matches, found by one automaton and a few regexes."""

    def __init__(self, lexicons: tuple[LanguageLexicon, ...]) -> None:
        root = _Node()
        for marker, variant in _variants(lexicons):
            for entry in _spelt_out(variant):
                _insert(root, entry, marker)
        if root.tails:
            raise ValueError("An unspaced entry must start with a literal character.")
        keys: list[str] = []
        # What a key stands for: a marker (a phrase), or None (its regex must be run).
        self._readings: list[Marker | None] = []
        regex_starts: set[str] = set()
        for prefix, node in _with_tails(root):
            if " " in prefix or _STAND_IN in prefix or _SURROGATE.search(prefix):
                # A regex lets a space stand for several; a key is one exact string.
                raise ValueError(f"An unspaced entry's literal part cannot be a key: {prefix!r}")
            keys.append(prefix)
            if any(tail for tail, _ in node.tails):
                self._readings.append(None)
                regex_starts.add(prefix[0])
            else:
                self._readings.append(max(node.tails, key=_weight)[1])
        self._automaton = (
            ahocorasick_rs.AhoCorasick(keys, matchkind=ahocorasick_rs.MatchKind.LeftmostLongest)
            if keys
            else None
        )
        # The trie of each first character some regex entry has; its trie-shaped regex
        # is compiled the first time a text needs it (most never do).
        self._regex_tries = {char: root.children[char] for char in regex_starts}
        self.patterns: dict[str, Matcher] = {}

    def hits(self, text: str) -> list[tuple[int, int, Marker]]:
        if self._automaton is None:
            return []
        searched = _SURROGATE.sub(_STAND_IN, text) if not text.isascii() else text
        found = self._automaton.find_matches_as_indexes(searched)
        readings = self._readings
        if None not in map(readings.__getitem__, [key for key, _, _ in found]):
            return [(start, end, readings[key]) for key, start, end in found]  # type: ignore[misc]
        return self._with_regexes(text, searched, found)

    def _with_regexes(
        self, text: str, searched: str, found: list[tuple[int, int, int]]
    ) -> list[tuple[int, int, Marker]]:
        """Where a key goes on as a regex, its first character's trie-shaped regex says
        what matches there. The automaton's later matches stay valid when the regex
        ended at or after the key (``position``) and none of the matches skipped for it
        reaches past that; otherwise it searches again from ``position``."""
        hits: list[tuple[int, int, Marker]] = []
        readings, patterns = self._readings, self.patterns
        automaton = self._automaton
        assert automaton is not None
        offset = position = 0
        while True:
            for key, start, end in found:
                start += offset
                if start < position:
                    if end + offset > position:
                        break  # it hid a match that may start inside it: search again
                    continue
                marker = readings[key]
                if marker is not None:
                    position = end + offset
                    hits.append((start, position, marker))
                    continue
                matcher = patterns.get(text[start]) or self._compile(text[start])
                match = matcher.pattern.match(text, start)
                if match is not None and match.lastindex is not None:
                    position = match.end()
                    hits.append((start, position, matcher.markers[match.lastindex - 1]))
                else:  # nothing starts here after all; the next character may
                    position = start + 1
                if position < end + offset:
                    break  # the automaton went on from the key's end: search again
            else:
                return hits
            offset = position
            found = automaton.find_matches_as_indexes(searched[offset:])

    def _compile(self, char: str) -> Matcher:
        markers: list[Marker] = []
        pattern = re.escape(char) + _emit(self._regex_tries[char], markers, "")
        matcher = Matcher(re.compile(space_tolerant(pattern)), tuple(markers))
        return self.patterns.setdefault(char, matcher)


def _with_tails(root: _Node) -> list[tuple[str, _Node]]:
    """Every node of the trie where an entry ends or turns into a regex, with its literal part."""
    out: list[tuple[str, _Node]] = []
    stack = [("", root)]
    while stack:
        prefix, node = stack.pop()
        if node.tails:
            out.append((prefix, node))
        stack += [(prefix + char, child) for char, child in node.children.items()]
    return out


def _weight(tail: tuple[str, Marker]) -> float:
    """Of the entries for the same phrase, ``max`` keeps the first of the strongest, as
    ``_emit``'s order does."""
    return tail[1].weight
