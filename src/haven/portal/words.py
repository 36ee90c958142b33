"""Follow-up codes as words: drawn with ``secrets`` from the EFF large wordlist.

Seven words from 7,772 (the list's 7,776 less its four hyphenated words) are
about 90.5 bits: as much as SecureDrop's codenames, and easy to write down and
to read aloud. ``normalise`` accepts what a person copies back: any case, any
run of spaces, hyphens, dots or commas between the words.
"""

from __future__ import annotations

import math
import re
import secrets
from functools import cache
from pathlib import Path

WORDLIST = Path(__file__).with_name("wordlist") / "eff_large_wordlist.txt"
CODE_WORDS = 7
# Anything longer is refused before it is hashed (a code is seven words of at most 9 letters).
MAX_INPUT = 200

_SEPARATORS = re.compile(r"[\s\-.,;:_/]+")


@cache
def eff_list() -> tuple[str, ...]:
    """Every word of the list, in its order."""
    lines = WORDLIST.read_text(encoding="utf-8").splitlines()
    return tuple(line.split("\t", 1)[1] for line in lines)


@cache
def alphabet() -> tuple[str, ...]:
    """The words a code is made of: no hyphen, so a hyphen always separates."""
    return tuple(w for w in eff_list() if "-" not in w)


@cache
def _known() -> frozenset[str]:
    return frozenset(alphabet())


def entropy_bits(words: int = CODE_WORDS) -> float:
    return words * math.log2(len(alphabet()))


def new_code() -> str:
    """A fresh code, its words separated by single spaces."""
    words = alphabet()
    return " ".join(secrets.choice(words) for _ in range(CODE_WORDS))


def normalise(text: str) -> str | None:
    """The code's canonical form, or None if it cannot be one (too long, unknown words)."""
    if len(text) > MAX_INPUT:
        return None
    parts = [p for p in _SEPARATORS.split(text.strip().lower()) if p]
    if len(parts) != CODE_WORDS or not all(p in _known() for p in parts):
        return None
    return " ".join(parts)
