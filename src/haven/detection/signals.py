"""Find signals: look the normalised text up in the compiled lexicons, map spans back.

Spaced scripts are matched token by token: normalised text has single spaces
between tokens, so a phrase is a dictionary lookup of the next one to a few
tokens, and the few non-literal entries are anchored regexes tried only at
tokens that start with their first letters. Japanese, which has no spaces, is
matched with one trie-shaped regex, and only when the text has kana or kanji.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import cache

from haven.detection.detection import Signal
from haven.detection.lexicon import LEXICONS
from haven.detection.normalise import Normalised
from haven.detection.offsets import to_original
from haven.detection.patterns import Marker, Matcher, PhraseIndex, build_index, build_matcher

# Kana, CJK ideographs and half-width katakana: only then is the Japanese lexicon run.
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uff66-\uff9f]")


@cache
def spaced_index() -> PhraseIndex:
    return build_index(tuple(lex for lex in LEXICONS if lex.spaced))


@cache
def unspaced_matcher() -> Matcher:
    return build_matcher(tuple(lex for lex in LEXICONS if not lex.spaced), spaced=False)


def find_signals(normalised: Normalised) -> tuple[Signal, ...]:
    """Every lexicon match in every language, in text order, as spans of the original.

    All lexicons run on every text: a threat written half in English and half
    in Spanish is still one threat, and a wrong language guess costs nothing.
    """
    original, layers = normalised.original, normalised.layers
    found = []
    for start, end, marker in _spaced_hits(spaced_index(), normalised.text):
        if layers:
            start, end = to_original(layers, start, end)
        found.append(
            Signal(marker.type, start, end, original[start:end], marker.weight, marker.lexicon)
        )
    if not normalised.text.isascii() and _CJK.search(normalised.text):
        matcher = unspaced_matcher()
        for match in matcher.pattern.finditer(normalised.text):
            if match.lastindex is not None:
                marker = matcher.markers[match.lastindex - 1]
                found.append(_signal(normalised, match.start(), match.end(), marker))
        found.sort(key=lambda signal: (signal.start, signal.end))
    return tuple(found)


def _signal(normalised: Normalised, start: int, end: int, marker: Marker) -> Signal:
    if normalised.layers:
        start, end = normalised.original_span(start, end)
    return Signal(
        marker.type, start, end, normalised.original[start:end], marker.weight, marker.lexicon
    )


def _spaced_hits(index: PhraseIndex, text: str) -> list[tuple[int, int, Marker]]:
    tokens = text.split(" ")
    starts, position = [], 0
    for token in tokens:
        starts.append(position)
        position += len(token) + 1
    hits: list[tuple[int, int, Marker]] = []
    info_for = index.starts
    i, count = 0, len(tokens)
    while i < count:
        info = info_for(tokens[i])
        if info is None:
            i += 1
            continue
        node, matchers = info
        best_end, best_marker, best_next = -1, None, i + 1
        j = i + 1
        while node is not None:  # the longest phrase starting here
            if node.marker is not None:
                best_end, best_marker, best_next = (
                    starts[j - 1] + len(tokens[j - 1]),
                    node.marker,
                    j,
                )
            node = node.children.get(tokens[j]) if j < count and node.children else None
            j += 1
        for matcher in matchers:
            match = matcher.pattern.match(text, starts[i])
            if match is None or match.lastindex is None:
                continue
            marker = matcher.markers[match.lastindex - 1]
            # Longest wins; on a tie, the stronger entry ("pay me" over "pay").
            if match.end() > best_end or (
                match.end() == best_end
                and best_marker is not None
                and marker.weight > best_marker.weight
            ):
                best_end, best_marker = match.end(), marker
                best_next = max(i + 1, bisect_left(starts, best_end))
        if best_marker is not None:
            hits.append((starts[i], best_end, best_marker))
        i = best_next
    return hits
