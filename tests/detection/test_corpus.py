"""The targets on the labelled corpus, and regression floors on the held-out sets.

corpus.jsonl is the development part (patterns were tuned on it). holdout.jsonl
to holdout5.jsonl were each written after a freeze of the patterns, measured,
and then used for fixes; docs/detection.md gives the figures each had before
its fixes (the honest held-out estimates). holdout5.jsonl is small (43
texts), hence its lower precision floor.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from haven.detection.evaluate import evaluate, load_corpus

DATA = Path(__file__).resolve().parents[1] / "data" / "detection"
LANGUAGES = ("en", "de", "fr", "es", "pt", "it", "nl", "ja")
HELD_OUT_FILES = (
    "corpus.jsonl",
    "holdout.jsonl",
    "holdout2.jsonl",
    "holdout3.jsonl",
    "holdout4.jsonl",
    "holdout5.jsonl",
)


@pytest.fixture(scope="module")
def corpus_report():
    examples = []
    for name in HELD_OUT_FILES:
        examples += load_corpus(DATA / name)
    return evaluate(examples)


def test_corpus_is_large_and_covers_every_language_and_kind():
    examples = load_corpus(DATA / "corpus.jsonl")
    assert len(examples) >= 400
    assert {e.lang for e in examples} == set(LANGUAGES)
    kinds = {e.kind for e in examples}
    assert {"threat", "webcam", "disclosure", "warning"} <= kinds
    assert {
        "flirting",
        "news",
        "expose_other",
        "photos_request",
        "fiction",
        "scam",
        "policy",
    } <= kinds
    assert len({e.id for e in examples}) == len(examples)


def test_precision_and_recall_on_the_corpus(corpus_report):
    assert corpus_report.overall.precision >= 0.95
    assert corpus_report.overall.recall >= 0.95


@pytest.mark.parametrize("lang", LANGUAGES)
def test_no_language_below_ninety(corpus_report, lang):
    counts = corpus_report.by_lang[lang]
    assert counts.precision >= 0.9, lang
    assert counts.recall >= 0.9, lang


@pytest.mark.parametrize(
    ("name", "precision"),
    [
        ("holdout2.jsonl", 0.95),
        ("holdout3.jsonl", 0.95),
        ("holdout4.jsonl", 0.95),
        ("holdout5.jsonl", 0.9),
    ],
)
def test_later_held_out_sets_do_not_regress(name, precision):
    report = evaluate(load_corpus(DATA / name))
    assert report.overall.precision >= precision
    assert report.overall.recall >= 0.9


def test_texts_are_synthetic_and_use_example_domains():
    for name in HELD_OUT_FILES:
        for example in load_corpus(DATA / name):
            for word in example.text.split():
                if "@" in word.strip("@") and "." in word:
                    assert ".example" in word, (example.id, word)


def test_the_fourth_held_out_set_covers_every_language_and_kind():
    examples = load_corpus(DATA / "holdout4.jsonl")
    assert len(examples) >= 100
    assert {e.lang for e in examples} == set(LANGUAGES)
    assert {"threat", "webcam", "disclosure", "warning"} <= {e.kind for e in examples}
    for lang in LANGUAGES:
        labels = {e.label.value for e in examples if e.lang == lang}
        assert labels == {"sextortion", "not_sextortion"}, lang
