"""What the learned verdict reads: the words, the signals, and where the text comes from.

Words are read from the normalised text (lower case, look-alikes folded,
leetspeak and split letters joined, links and handles replaced), so that a
disguised word is the same feature as a plain one. Per text, each feature
counts once:

- ``w`` a word, ``b`` two words in a row, ``p`` the first five letters of a
  longer word (inflections and compounds: "erpresst", "erpresser");
- ``c`` two characters in a row inside a run of an unspaced script (Japanese,
  Chinese, Korean, Thai), where words have no spaces between them, or the
  character of a run of one; the rest of the text is read as words;
- ``k`` (not shipped) character 3- to 5-grams inside words, a candidate;
- ``s`` a signal type, with its strength (0 to 1), ``v`` a full-weight
  disclosure phrase, and ``z`` the hand-written score's log-odds, scaled.

Word features share a unit of weight (each counts 1/sqrt(n) in a text with n
of them, n at least 16), so a long e-mail does not outscore a short threat by
length alone, nor one word a whole sentence.
"""

from __future__ import annotations

import math
import operator
import re
from collections.abc import Sequence

from haven.detection.detection import SIGNAL_TYPES, SPECIFIC_VICTIM, SignalType

_TOKEN = re.compile(r"\w+")
# Thai, kana, CJK ideographs, Hangul syllables and half-width katakana.
_UNSPACED_CLASS = (
    r"[\u0e00-\u0e7f\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uff66-\uff9f]"
)
_UNSPACED = re.compile(_UNSPACED_CLASS)
_RUNS = re.compile(_UNSPACED_CLASS + "+")
_BREAK = "\x00"
STEM = 5
WORD_FLOOR = 16
CHARS = (3, 5)
WORD_KINDS = frozenset("wbpck")
_W, _P, _C, _PAIR = "w", "p", "c", "b{} {}"
Z_SCALE = 4.0
SIGNAL_FEATURES = tuple("s" + kind.value for kind in SIGNAL_TYPES)
# Self-harm language and a stated age are shown and answered, never weighed.
_ASSESSMENT_ONLY = frozenset(
    SIGNAL_TYPES.index(kind) for kind in (SignalType.SELF_HARM_RISK, SignalType.MINOR_INDICATOR)
)


def word_features(text: str) -> set[str]:
    """The word, word-pair, word-beginning and character-pair features of normalised ``text``."""
    if text.isascii() or not _UNSPACED.search(text):
        return _spaced(_TOKEN.findall(text))
    runs = _RUNS.findall(text)
    joined = _BREAK.join(runs)
    pairs = set(map(operator.add, joined, joined[1:]))
    pairs -= {run[-1] + _BREAK for run in runs}
    pairs -= {_BREAK + run[0] for run in runs}
    pairs.update(run for run in runs if len(run) == 1)
    found = set(map(_C.__add__, pairs))
    return found | _spaced(_TOKEN.findall(_RUNS.sub(" ", text)))


def _spaced(tokens: list[str]) -> set[str]:
    """Words, pairs of words in a row, and the beginnings of long words."""
    found = set(map(_W.__add__, tokens))
    found.update(map(_PAIR.format, tokens, tokens[1:]))
    found.update([_P + token[:STEM] for token in tokens if len(token) > STEM])
    return found


def signal_features(strengths: Sequence[float], log_odds: float) -> list[tuple[str, float]]:
    """The signal strengths that are not zero, the specific-disclosure flag, the rules' log-odds."""
    found = [
        (SIGNAL_FEATURES[i], value)
        for i, value in enumerate(strengths[:SPECIFIC_VICTIM])
        if value and i not in _ASSESSMENT_ONLY
    ]
    if len(strengths) > SPECIFIC_VICTIM and strengths[SPECIFIC_VICTIM]:
        found.append(("v", 1.0))
    found.append(("z", max(-2.0, min(2.0, log_odds / Z_SCALE))))
    return found


def word_weight(count: int) -> float:
    """What each of ``count`` word features weighs in one text: 1/sqrt(count), but no
    more than for ``WORD_FLOOR`` features, so that one strong word ("bitcoin") in a
    three-word post does not weigh as much as a whole threat."""
    return 1.0 / math.sqrt(max(count, WORD_FLOOR)) if count else 0.0


def char_features(text: str) -> set[str]:
    """Character 3- to 5-grams inside each word (``k``): a candidate the shipped model does
    without (docs/decisions/0004-detector-model.md)."""
    found: set[str] = set()
    low, high = CHARS
    for token in _TOKEN.findall(text):
        padded = f" {token} "
        for size in range(low, high + 1):
            for i in range(len(padded) - size + 1):
                found.add("k" + padded[i : i + size])
    return found
