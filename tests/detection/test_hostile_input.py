"""Bad input: huge, binary, every script, emoji floods. Linear time, no crash.

Budgets are ratios to a plain scan of the same text (one ``\\w+`` pass), never
absolute seconds, and the linearity check compares a text with four copies of it.
"""

from __future__ import annotations

import gc
import random
import re
import time

import pytest

from haven.detection import detect

PLAIN_SCAN = re.compile(r"\w+")


def _best(function, text, repeat=3):
    # Best CPU time of a few runs, without the garbage collector's pauses: what is
    # measured is the algorithm's growth, not a busy machine's noise.
    best = float("inf")
    gc.collect()
    gc.disable()
    try:
        for _ in range(repeat):
            start = time.process_time()
            function(text)
            best = min(best, time.process_time() - start)
    finally:
        gc.enable()
    return max(best, 1e-6)


def _every_script(size):
    rng = random.Random(7)
    chars = [chr(c) for c in range(0x20, 0x2FFFF) if not 0xD800 <= c <= 0xDFFF]
    return "".join(rng.choice(chars) for _ in range(size))


def _binary(size):
    rng = random.Random(11)
    return bytes(rng.randrange(256) for _ in range(size)).decode("latin-1")


_WORDS = (
    "I have your nudes pay bitcoin or your family sees them",
    "leak expose n00dz n u d e s",
)


def _words(size):
    words = " ".join(_WORDS).split(" ")
    rng = random.Random(3)
    text = " ".join(rng.choice(words) for _ in range(size // 5))
    return text[:size]


CASES = {
    "1 MB of lexicon words": lambda: _words(1_000_000),
    "binary garbage": lambda: _binary(300_000),
    "every Unicode script": lambda: _every_script(100_000),
    "10,000 emoji": lambda: "😈📸💰⏳🍆" * 2_000,
    "a long run of one letter": lambda: "n" * 500_000,
    "combining marks": lambda: "n" + "\u0301" * 200_000,
    "unclosed tags": lambda: "<p " * 100_000,
    "spaced letters": lambda: "n " * 200_000,
}


@pytest.mark.parametrize("name", list(CASES))
def test_hostile_input_is_handled_in_bounded_time(name):
    text = CASES[name]()
    result = detect(text)
    for signal in result.signals[:1000]:
        assert text[signal.start : signal.end] == signal.match
    ratio = _best(detect, text, repeat=1) / _best(PLAIN_SCAN.findall, text)
    # Emoji floods are the costliest per character (each becomes a word and a
    # signal) while the plain scan does nothing with them: hence the wide budget.
    assert ratio < 600, f"{name}: {ratio:.0f} times a plain scan"


@pytest.mark.parametrize("name", ["1 MB of lexicon words", "every Unicode script", "10,000 emoji"])
def test_time_grows_linearly(name):
    # A text and its fourfold copy, timed in turns so that a busy moment of the shared
    # machine falls on both: linear work takes about 4 times as long, quadratic 16.
    text = CASES[name]()[:100_000]
    fourfold = " ".join([text] * 4)
    single = fourfold_time = float("inf")
    for _ in range(4):
        single = min(single, _best(detect, text, repeat=1))
        fourfold_time = min(fourfold_time, _best(detect, fourfold, repeat=1))
    assert fourfold_time / single < 9.0, (
        f"{name}: four times the text took {fourfold_time / single:.1f} times as long"
    )


@pytest.mark.parametrize(
    "text",
    [
        "caf\udce9 nudes pay",  # bytes that were not UTF-8, read with surrogateescape
        "\ud83d alone, half of an emoji, then words to identify: pay or I post",
        "\udfff" * 50,
    ],
)
def test_lone_surrogates_are_read_like_any_other_character(text):
    found = detect(text)
    assert found.lang
    for signal in found.signals:
        assert text[signal.start : signal.end] == signal.match


def test_empty_and_whitespace():
    for text in ("", " ", "\n\t", "\x00"):
        assert not detect(text).is_sextortion
