"""The matcher's own guarantees: the fast path equals the thorough one, entries are valid.

Texts are normalised first without the rare steps (split letters, leetspeak in
digits, repeated letters) and normalised again, thoroughly, only when a token
says so; these tests hold the two to giving exactly the same signals.
"""

# ruff: noqa: RUF001  (full-width letters are part of what is tested)
from __future__ import annotations

import json
import random
import re
from pathlib import Path

import pytest

from haven.detection import detect
from haven.detection.detection import SignalType
from haven.detection.lexicon import LEXICONS, LanguageLexicon
from haven.detection.normalise import normalise
from haven.detection.patterns import (
    UnspacedMatcher,
    _variants,
    build_matcher,
    expand_prefix,
    fold_entry,
    literal_prefix,
    space_tolerant,
)
from haven.detection.signals import find_signals, scan

DATA = Path(__file__).resolve().parents[1] / "data" / "detection"

OBFUSCATIONS = [
    "n u d e s",
    "n.u.d.e.s",
    "n-u-d-e-s",
    "n|u|d|e|s",
    "n00dz",
    "s3nd",
    "nud3s",
    "nuuuudes",
    "k!ll",
    "p4y",
    "i'm a b c",
    "ｎｕｄｅｓ",
    "bc1qx7k2m9w3r8t5y6u4p0s2d3f4g5h6j7k8l9z0",
    "24h",
    "15yo",
    "!!",
    "...",
    "  ",
]


def _texts() -> list[str]:
    rows = []
    for path in sorted(DATA.glob("*.jsonl")):
        rows += [json.loads(line)["text"] for line in path.read_text(encoding="utf-8").splitlines()]
    words = " ".join(rows).split()
    rng = random.Random(42)
    mixed = []
    for _ in range(1500):
        parts = [
            rng.choice(words) if rng.random() < 0.6 else rng.choice(OBFUSCATIONS)
            for _ in range(rng.randrange(1, 25))
        ]
        mixed.append((" " if rng.random() < 0.5 else "").join(parts))
    return rows + mixed


def test_the_fast_path_finds_exactly_what_thorough_normalisation_finds():
    for text in _texts():
        assert scan(text)[1] == find_signals(normalise(text)), text


@pytest.mark.parametrize(
    "text", ["I have your n00dz", "n u d e s", "nuuuudes", "I'll post your n.u.d.e.s"]
)
def test_obfuscated_texts_take_the_thorough_path(text):
    normalised, signals, _ = scan(text)
    assert normalised.thorough
    assert any(s.type.value == "intimate_material" for s in signals)


def test_plain_text_needs_no_second_pass():
    normalised, _, _ = scan("I have your pics. Pay 200 or your family sees them.")
    assert not normalised.thorough


def test_every_lexicon_entry_is_a_valid_regex_without_capturing_groups():
    for lexicon in LEXICONS:
        for key, entries in lexicon.entries.items():
            for entry in entries:
                assert re.compile(fold_entry(entry)).groups == 0, (lexicon.code, key, entry)
    for _, variant in _variants(LEXICONS):
        assert literal_prefix(variant)[0], variant
        for expanded in expand_prefix(variant):
            re.compile(space_tolerant(expanded))


def test_a_look_ahead_needs_whole_words():
    # "mando(?= (?:o|a|...))": "a" must be a word, not the start of "altre".
    signals = detect("se non gliene mando altre", lang="it").signals
    assert not [s for s in signals if s.match == "mando"]
    assert [s for s in detect("eu mando a foto", lang="pt").signals if "mando" in s.match]


def test_the_longest_match_wins_and_spans_skip_extra_spaces():
    text = "I   saved   everything you sent,  pay  me"
    signals = detect(text, lang="en").signals
    assert signals[0].match == "I   saved   everything"
    for signal in signals:
        assert text[signal.start : signal.end] == signal.match


def test_amounts_of_several_digits_complete_a_demand():
    # The disclosure only looks at the amount, which is then a demand of its own.
    signals = detect("me pide 700 euros", lang="es").signals
    assert [(s.type, s.match, s.weight) for s in signals] == [
        (SignalType.VICTIM_DISCLOSURE, "me pide", 1.0),
        (SignalType.DEMAND_MONEY, "700 euros", 1.0),
    ]


def _japanese_texts() -> list[str]:
    texts = [
        json.loads(line)["text"]
        for path in sorted(DATA.glob("*.jsonl"))
        for line in path.read_text(encoding="utf-8").splitlines()
    ]
    japanese = [t for t in texts if re.search(r"[\u3040-\u30ff\u4e00-\u9fff]", t)]
    rng = random.Random(17)
    spliced = []
    for _ in range(1500):  # cut and joined at random: matches at every kind of edge
        a, b = rng.choice(japanese), rng.choice(japanese)
        glue = rng.choice(["", " ", "  ", "1", "万", "を"])
        spliced.append(a[: rng.randrange(len(a) + 1)] + glue + b[rng.randrange(len(b) + 1) :])
    return japanese + spliced


def test_the_japanese_dispatcher_finds_what_one_trie_shaped_regex_finds():
    unspaced = tuple(lex for lex in LEXICONS if not lex.spaced)
    reference = build_matcher(unspaced, spaced=False)
    dispatcher = UnspacedMatcher(unspaced)

    def named(found):
        return [(start, end, marker.type, marker.weight) for start, end, marker in found]

    for text in _japanese_texts():
        for form in (normalise(text, thorough=False).spaced, normalise(text).spaced):
            expected = [
                (m.start(), m.end(), reference.markers[m.lastindex - 1])
                for m in reference.pattern.finditer(form)
                if m.lastindex is not None
            ]
            assert named(dispatcher.hits(form)) == named(expected), text


def test_the_same_japanese_words_in_two_entries_count_as_the_stronger():
    lexicon = LanguageLexicon(
        "ja",
        spaced=False,
        entries={"intimate_material:weak": ("私の画像",), "victim_disclosure": ("私の画像",)},
    )
    [(start, end, marker)] = UnspacedMatcher((lexicon,)).hits("私の画像を拡散")
    assert (start, end, marker.type) == (0, 4, SignalType.VICTIM_DISCLOSURE)
