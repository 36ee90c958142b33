"""The Japanese automaton (``haven.detection.automaton``) finds what the regexes found.

``UnspacedMatcher`` (one trie-shaped regex per first character, tried at every
position that can start one) was the matcher before; ``build_matcher`` is the
single regex both must equal. Texts: every labelled file, the made texts of
``test_exact_speedup`` (disguised, every script, lone surrogates), every
phrase and literal part of the Japanese lexicon alone and inside text, and
texts cut and joined at random; each normalised both ways.
"""

from __future__ import annotations

import random

import pytest

from haven.detection import Context
from haven.detection import signals as signals_module
from haven.detection.automaton import AutomatonMatcher, _with_tails
from haven.detection.lexicon import LEXICONS, LanguageLexicon
from haven.detection.normalise import normalise
from haven.detection.patterns import (
    UnspacedMatcher,
    _insert,
    _Node,
    _spelt_out,
    _variants,
    build_matcher,
)
from haven.detection.pipeline import detect

from .test_exact_speedup import FILES, assert_results_equal, made_texts, texts

UNSPACED = tuple(lex for lex in LEXICONS if not lex.spaced)


def _named(found):
    return [(start, end, m.type, m.weight, m.lexicon) for start, end, m in found]


def _lexicon_parts() -> list[str]:
    """Every phrase of the Japanese lexicon and every literal part a regex entry starts with."""
    root = _Node()
    for marker, variant in _variants(UNSPACED):
        for entry in _spelt_out(variant):
            _insert(root, entry, marker)
    return sorted(prefix for prefix, _ in _with_tails(root))


def _corpus() -> list[str]:
    corpus = [text for path in FILES for text in texts(path)] + made_texts()
    parts = _lexicon_parts()
    rng = random.Random(29)
    spliced = []
    for _ in range(3000):
        a, b = rng.choice(corpus), rng.choice(corpus)
        glue = rng.choice(["", " ", "1", "24", "万", "を", rng.choice(parts)])
        spliced.append(a[: rng.randrange(len(a) + 1)] + glue + b[rng.randrange(len(b) + 1) :])
    amounts = [f"{n}{rng.choice(parts)}" for n in ("5", "50", "500万円を", "17歳", "息子が15")]
    with_parts = [f"あの{part}、{rng.choice(parts)}{part[:-1]}" for part in parts]
    return corpus + parts + with_parts + spliced + amounts


@pytest.fixture(scope="module")
def matchers():
    return UnspacedMatcher(UNSPACED), AutomatonMatcher(UNSPACED)


def test_the_automaton_finds_what_the_regex_dispatcher_found(matchers):
    old, new = matchers
    reference = build_matcher(UNSPACED, spaced=False)
    through_regex = 0
    for text in _corpus():
        for form in {normalise(text, thorough=False).spaced, normalise(text).spaced}:
            expected = _named(old.hits(form))
            assert _named(new.hits(form)) == expected, form
            if "\ud800" not in form:  # (the single regex is only checked on valid text)
                single = [
                    (m.start(), m.end(), reference.markers[m.lastindex - 1])
                    for m in reference.pattern.finditer(form)
                    if m.lastindex is not None
                ]
                assert _named(single) == expected, form
            through_regex += any(form[s] in new._regex_tries for s, _, _ in old.hits(form))
    # The regex branch (amounts, ages, countdowns) was taken, not only the phrases.
    assert through_regex > 100


def test_every_verdict_is_the_same_with_the_old_matcher(matchers, monkeypatch):
    old, _ = matchers
    items = [text for path in FILES for text in texts(path)] + made_texts()
    contexts = (None, Context.REPORT_COMMENT)
    new_results = [detect(text, context=c) for text in items for c in contexts]
    monkeypatch.setattr(signals_module, "unspaced_matcher", lambda: old)
    old_results = [detect(text, context=c) for text in items for c in contexts]
    for mine, theirs in zip(new_results, old_results, strict=True):
        assert_results_equal(mine, theirs)


def test_the_same_phrase_in_two_entries_counts_as_the_stronger():
    lexicon = LanguageLexicon(
        "ja",
        spaced=False,
        entries={"intimate_material:weak": ("私の画像",), "victim_disclosure": ("私の画像",)},
    )
    [(start, end, marker)] = AutomatonMatcher((lexicon,)).hits("\ud800私の画像を拡散")
    assert (start, end, marker.type) == (1, 5, "victim_disclosure")


def test_a_regex_that_fails_where_its_key_matched_lets_a_later_phrase_match():
    # "あと" goes on as a countdown (あと\d+時間); here it does not, and "とで" must still
    # be found inside it.
    lexicon = LanguageLexicon(
        "ja", spaced=False, entries={"deadline": ("あと\\d+時間",), "banter": ("とで",)}
    )
    text = "またあとでね、あと3時間"
    expected = _named(UnspacedMatcher((lexicon,)).hits(text))
    assert [text[s:e] for s, e, *_ in expected] == ["とで", "あと3時間"]
    assert _named(AutomatonMatcher((lexicon,)).hits(text)) == expected


def test_a_literal_part_with_a_space_is_refused():
    lexicon = LanguageLexicon("ja", spaced=False, entries={"deadline": ("あと 時間\\d+",)})
    with pytest.raises(ValueError, match="key"):
        AutomatonMatcher((lexicon,))
