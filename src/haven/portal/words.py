"""Follow-up codes as words: drawn with ``secrets`` from the EFF large wordlist.

The list's 7,776 words less its four hyphenated ones and the 175 that a
sextorted person should not read in their own code (``wordlist/left_out.txt``:
sex and the body, exposure and shame, violence and death, money, crime,
cameras, childhood) leave 7,597; seven of them are about 90.2 bits: as much as
SecureDrop's codenames, and easy to write down and to read aloud. ``normalise``
accepts what a person copies back: any case, any run of spaces, hyphens, dots
or commas between the words.
"""

from __future__ import annotations

import math
import re
import secrets
from functools import cache
from pathlib import Path

WORDLIST = Path(__file__).with_name("wordlist") / "eff_large_wordlist.txt"
LEFT_OUT = WORDLIST.with_name("left_out.txt")
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
def left_out() -> frozenset[str]:
    lines = LEFT_OUT.read_text(encoding="utf-8").splitlines()
    return frozenset(line.strip() for line in lines if line.strip() and not line.startswith("#"))


@cache
def alphabet() -> tuple[str, ...]:
    """The words a code is made of: no hyphen, so a hyphen always separates, and none
    of the words left out."""
    skip = left_out()
    return tuple(w for w in eff_list() if "-" not in w and w not in skip)


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
