"""Find signals: look the normalised text up in the compiled lexicons, map spans back.

Spaced scripts are matched token by token: a phrase is a dictionary lookup of
the next one to a few tokens, and the few non-literal entries are anchored
regexes tried only where their leading tokens or letters already matched.
Japanese, which has no spaces, is matched by one Aho-Corasick automaton of its
phrases (``automaton``), and only when the text has kana or kanji.

Texts are first normalised without the steps few texts need (split letters,
leetspeak in digits, repeated letters); the tokens met on the way say whether
one of them was needed after all, and only then is the text normalised again,
thoroughly, and matched again (``scan``).
"""

from __future__ import annotations

import gc
import re
from collections.abc import Iterator
from contextlib import contextmanager
from functools import cache
from itertools import accumulate, compress
from typing import Any

from haven.detection import index_cache
from haven.detection.automaton import AutomatonMatcher
from haven.detection.detection import SIGNAL_TYPES, SPECIFIC_VICTIM, Signal, SignalType
from haven.detection.lexicon import LEXICONS
from haven.detection.normalise import SINGLE_FLAG, Normalised, needs_thorough, normalise
from haven.detection.offsets import to_original_many
from haven.detection.patterns import (
    Marker,
    Matcher,
    PhraseIndex,
    PhraseNode,
    build_index,
)

# Kana, CJK ideographs and half-width katakana: only then is the Japanese lexicon run.
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uff66-\uff9f]")
_new_signal = tuple.__new__
_VICTIM = SIGNAL_TYPES.index(SignalType.VICTIM_DISCLOSURE)


@cache
def spaced_index() -> PhraseIndex:
    with _no_collection():
        return index_cache.load_or_build(
            lambda: build_index(
                tuple(lex for lex in LEXICONS if lex.spaced),
                tuple(lex for lex in LEXICONS if not lex.spaced),
            )
        )


@contextmanager
def _no_collection() -> Iterator[None]:
    """The index is some 370,000 objects, none of them garbage: the collector would
    walk them over and over while they are made (a third of the start-up time)."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


@cache
def unspaced_matcher() -> AutomatonMatcher:
    with _no_collection():
        return AutomatonMatcher(tuple(lex for lex in LEXICONS if not lex.spaced))


class Hits:
    """Matches as parallel lists: a long text makes many, and a tuple per match
    would bring the next garbage collection closer each time."""

    __slots__ = ("ends", "flags", "markers", "singles", "starts")

    def __init__(self) -> None:
        self.starts: list[int] = []
        self.ends: list[int] = []
        self.markers: list[Marker] = []
        self.flags = 0
        self.singles: list[tuple[int, int]] = []


def scan(text: str) -> tuple[Normalised, tuple[Signal, ...], list[float]]:
    """Normalise ``text`` and find its signals and strengths (``find_signals_and_strengths``)."""
    normalised = normalise(text, thorough=False)
    hits = find_hits(normalised)
    if needs_thorough(normalised, hits.flags, hits.singles):
        normalised = normalise(text)
        hits = find_hits(normalised)
    return (normalised, *to_signals(normalised, hits))


def find_signals(normalised: Normalised) -> tuple[Signal, ...]:
    """Every lexicon match in every language, in text order, as spans of the original."""
    return to_signals(normalised, find_hits(normalised))[0]


def find_signals_and_strengths(normalised: Normalised) -> tuple[tuple[Signal, ...], list[float]]:
    """The signals, and per signal type (in ``SIGNAL_TYPES`` order) the sum of their
    weights capped at 1, then whether a full-weight disclosure phrase matched
    (``SPECIFIC_VICTIM``), which is what scoring needs."""
    return to_signals(normalised, find_hits(normalised))


def find_hits(normalised: Normalised) -> Hits:
    """All lexicons run on every text: a threat written half in English and half
    in Spanish is still one threat, and a wrong language guess costs nothing."""
    text = normalised.spaced
    hits = Hits()
    spaced_hits(spaced_index(), text, hits)
    if not text.isascii() and _CJK.search(text):
        _unspaced_hits(text, hits)
    return hits


def to_signals(normalised: Normalised, hits: Hits) -> tuple[tuple[Signal, ...], list[float]]:
    strengths = [0.0] * (SPECIFIC_VICTIM + 1)
    if not hits.markers:
        return (), strengths
    original = normalised.original
    starts, ends = hits.starts, hits.ends
    if normalised.base_layers:
        to_original_many(normalised.base_layers, starts, ends)
    signals = []
    for start, end, marker in zip(starts, ends, hits.markers, strict=True):
        signals.append(
            _new_signal(
                Signal,
                (marker.type, start, end, original[start:end], marker.weight, marker.lexicon),
            )
        )
        index = marker.index
        total = strengths[index] + marker.weight
        strengths[index] = total if total < 1.0 else 1.0
        if index == _VICTIM and marker.weight >= 1.0:
            strengths[SPECIFIC_VICTIM] = 1.0
    return tuple(signals), strengths


def _unspaced_hits(text: str, hits: Hits) -> None:
    found = unspaced_matcher().hits(text)
    if not found:
        return
    found += zip(hits.starts, hits.ends, hits.markers, strict=True)
    found.sort(key=_span)
    hits.starts = [hit[0] for hit in found]
    hits.ends = [hit[1] for hit in found]
    hits.markers = [hit[2] for hit in found]


def _span(hit: tuple[int, int, Marker]) -> tuple[int, int]:
    return hit[0], hit[1]


def spaced_hits(index: PhraseIndex, text: str, hits: Hits) -> None:
    """Leftmost-longest matches in ``text``, token by token, added to ``hits``.

    ``text`` may have several spaces in a row: they make empty tokens, which
    the phrase walk steps over.
    """
    tokens = text.split(" ")
    count = len(tokens)
    # Typed loosely: an entry is None, a dict or a ``Starts`` tuple, told apart below.
    seen: dict[str, Any] = index.seen
    full: dict[str, Any] = index.full
    lookup = index.starts
    node: PhraseNode | None
    local: tuple[int, Marker] | None
    matchers: tuple[Matcher, ...]
    starts, ends, found = hits.starts, hits.ends, hits.markers
    flags = 0
    skip = 0
    # What each token can start, looked up in C (a token not seen before is worked
    # out by ``seen.__missing__``); most tokens start nothing, and the loop below
    # only visits the others. Token i starts at offsets[i] + i.
    infos = list(map(seen.__getitem__, tokens))
    offsets = list(accumulate(map(len, tokens), initial=0))
    for i in compress(range(count), infos):
        info = infos[i]
        if info.__class__ is dict:
            # It only starts longer phrases: go straight to the next token's node.
            if i + 1 == count:
                continue
            following = tokens[i + 1]
            if following:
                node = info.get(following)
                if node is None:
                    continue
                token = tokens[i]
                start = offsets[i] + i
                if start < skip:
                    continue
                position = start + len(token) + 1
                end, j, walked = position + len(following), i + 1, 2
                local, matchers = None, ()
            else:  # several spaces in a row: the general walk steps over them
                token = tokens[i]
                start = offsets[i] + i
                if start < skip:
                    continue
                position = start + len(token) + 1
                # (.get: another thread may just have emptied the caches)
                starting = full.get(token) or lookup(token)
                if starting is None:
                    continue
                node, local, matchers, _ = starting
                end, j, walked = position - 1, i, 1
        else:
            token = tokens[i]
            start = offsets[i] + i
            position = start + len(token) + 1
            node, local, matchers, token_flags = info
            if token_flags:
                flags |= token_flags
                if token_flags & SINGLE_FLAG:
                    hits.singles.append((i, start))
            if start < skip:  # inside the last match
                continue
            end, j, walked = position - 1, i, 1
        best_end, best, best_weight = -1, None, 0.0
        if node is not None:  # the longest phrase starting here
            while True:
                marker = node.marker
                if marker is not None:
                    # A look-ahead's span stops short of the tokens it only looked at.
                    span_end = (
                        _token_end(tokens, i, start, walked - node.back) if node.back else end
                    )
                    if span_end > best_end or (
                        span_end == best_end and marker.weight > best_weight
                    ):
                        best_end, best, best_weight = span_end, marker, marker.weight
                if node.entries is not None:
                    matcher = node.compiled()
                    match = matcher.pattern.match(text, start)
                    if match is not None and match.lastindex is not None:
                        marker = matcher.markers[match.lastindex - 1]
                        span_end = match.end()
                        if span_end > best_end or (
                            span_end == best_end and marker.weight > best_weight
                        ):
                            best_end, best, best_weight = span_end, marker, marker.weight
                children = node.children
                if not children:
                    break
                j += 1
                while j < count and not tokens[j]:  # several spaces in a row
                    j += 1
                    end += 1
                if j == count:
                    break
                next_node = children.get(tokens[j])
                if next_node is None:
                    break
                node = next_node
                end += 1 + len(tokens[j])
                walked += 1
        if local is not None:
            end, marker = local
            end += start
            if end > best_end or (end == best_end and marker.weight > best_weight):
                best_end, best, best_weight = end, marker, marker.weight
        for matcher in matchers:
            match = matcher.pattern.match(text, start)
            if match is None or match.lastindex is None:
                continue
            end, marker = match.end(), matcher.markers[match.lastindex - 1]
            if end > best_end or (end == best_end and marker.weight > best_weight):
                best_end, best, best_weight = end, marker, marker.weight
        if best is not None:
            starts.append(start)
            ends.append(best_end)
            found.append(best)
            skip = best_end
    hits.flags = flags


def _token_end(tokens: list[str], i: int, start: int, count: int) -> int:
    """Where the ``count``-th non-empty token from token ``i`` (at ``start``) ends."""
    position = start
    while i < len(tokens):
        token = tokens[i]
        if token:
            count -= 1
            if count == 0:
                return position + len(token)
        position += len(token) + 1
        i += 1
    return position - 1
