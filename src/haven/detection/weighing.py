"""The model's word sum, without writing every word feature out as a string.

``Model.log_odds`` reads a set of feature strings ("wpay", "bpay or", "perpre",
"cあげ"). ``detect`` needs only two numbers from that set: how many features
there are (``features.word_weight``) and the sum of their weights. Both can be
had with less work: the kinds are told apart by their first letter and a
token has no space in it, so a word, a pair of words ("pay or"), a word's
beginning and a pair of characters are each distinct exactly when the token,
the two tokens joined by a space, the beginning or the two characters are.
The model's weights are split once into one table per kind, keyed that way,
and a text's distinct tokens, pairs and beginnings are counted and looked up
in C (``set``, ``pairwise``, ``map``); character pairs are integers read from
the UTF-32 text, not strings. Only the order of the additions differs from
``Model.log_odds`` (a difference of about 1e-15), which
``tests/detection/test_exact_speedup.py`` holds to 1e-9 against
``haven.detection.reference``.
"""

from __future__ import annotations

import sys
from collections.abc import Mapping
from functools import cache
from itertools import pairwise, repeat

from haven.detection.features import (
    _BREAK,
    _RUNS,
    _TOKEN,
    _UNSPACED,
    STEM,
    word_weight,
)
from haven.detection.model import shipped

_ZERO = repeat(0.0)
_LITTLE = sys.byteorder == "little"
_UTF32 = "utf-32-le" if _LITTLE else "utf-32-be"


class WordTable:
    """A model's word weights by kind: words, (word, word) pairs, beginnings, character pairs."""

    __slots__ = ("chars", "pairs", "prefixes", "words")

    def __init__(self, weights: Mapping[str, float]) -> None:
        self.words: dict[str, float] = {}
        self.pairs: dict[str, float] = {}
        self.prefixes: dict[str, float] = {}
        self.chars: dict[int, float] = {}
        for feature, weight in weights.items():
            kind, body = feature[:1], feature[1:]
            if kind == "w":
                self.words[body] = weight
            elif kind == "p":
                self.prefixes[body] = weight
            elif kind == "c" and 1 <= len(body) <= 2:
                self.chars[_char_key(body)] = weight
            elif kind == "b" and body.count(" ") == 1:
                self.pairs[body] = weight
            # Any other feature is one word_features never makes: it weighs nothing.

    def weigh(self, text: str) -> float:
        """What the word features of normalised ``text`` add to the log-odds:
        ``sum(weights) * word_weight(count)``, as ``Model.log_odds`` has it."""
        if text.isascii() or not _UNSPACED.search(text):
            count, total = self._spaced(_TOKEN.findall(text))
            return total * word_weight(count)
        runs = _RUNS.findall(text)
        pairs = _char_pairs(_BREAK.join(runs))
        # As in word_features: no pair across two runs, and a run of one is its character.
        pairs.difference_update([_pair(ord(run[-1]), 0) for run in runs])
        pairs.difference_update([_pair(0, ord(run[0])) for run in runs])
        pairs.update([ord(run) for run in runs if len(run) == 1])
        count, total = self._spaced(_TOKEN.findall(_RUNS.sub(" ", text)))
        count += len(pairs)
        total += sum(map(self.chars.get, pairs, _ZERO))
        return total * word_weight(count)

    def _spaced(self, tokens: list[str]) -> tuple[int, float]:
        distinct = set(tokens)
        pairs = set(map(" ".join, pairwise(tokens)))
        prefixes = {token[:STEM] for token in distinct if len(token) > STEM}
        total = (
            sum(map(self.words.get, distinct, _ZERO))
            + sum(map(self.pairs.get, pairs, _ZERO))
            + sum(map(self.prefixes.get, prefixes, _ZERO))
        )
        return len(distinct) + len(pairs) + len(prefixes), total


def _char_pairs(joined: str) -> set[int]:
    """Every two characters in a row of ``joined``, each as ``_char_key`` has it: read
    in C as 8-byte integers from the UTF-32 text, once from the first character and
    once from the second, where slicing made and hashed a new string per pair."""
    raw = joined.encode(_UTF32)
    count = len(joined)
    pairs = set(memoryview(raw[: count // 2 * 8]).cast("Q"))
    pairs.update(memoryview(raw[4 : 4 + (count - 1) // 2 * 8]).cast("Q"))
    return pairs


def _char_key(chars: str) -> int:
    """One character, or two in a row, as one integer (``_pair``). A pair never has a
    zero half, since runs never hold U+0000; a character alone has one."""
    return _pair(ord(chars[0]), ord(chars[1])) if len(chars) == 2 else ord(chars)


def _pair(first: int, second: int) -> int:
    """Two code points as the native 8-byte integer their UTF-32 code units make."""
    return first | second << 32 if _LITTLE else first << 32 | second


@cache
def shipped_table() -> WordTable:
    return WordTable(shipped().words)
