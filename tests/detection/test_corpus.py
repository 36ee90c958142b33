"""The targets on the labelled corpus, and regression floors on the held-out sets.

Since the verdict is learned (docs/decisions/0004-detector-model.md), these
self-written files are training data: the floors below check the fit, not
performance on new text, which is measured on the real texts
(``haven detect --eval``).

corpus.jsonl is the development part (patterns were tuned on it). holdout.jsonl
to holdout5.jsonl were each written after a freeze of the patterns, measured,
and then used for fixes; docs/detection.md gives the figures each had before
its fixes (the honest held-out estimates). holdout5.jsonl is small (43
texts), hence its lower precision floor.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from haven.detection.evaluate import evaluate, load_corpus

DATA = Path(__file__).resolve().parents[1] / "data" / "detection"
# The server of a fediverse handle or the host of a link: never a real one.
HOSTS = re.compile(r"(?:@[\w.-]+@|https?://)((?:[\w-]+\.)+[\w-]+)")
LANGUAGES = ("en", "de", "fr", "es", "pt", "it", "nl", "ja")
HELD_OUT_FILES = (
    "corpus.jsonl",
    "holdout.jsonl",
    "holdout2.jsonl",
    "holdout3.jsonl",
    "holdout4.jsonl",
    "holdout5.jsonl",
    "holdout6.jsonl",
    "holdout7.jsonl",
    "holdout8.jsonl",
    "holdout9.jsonl",
    "holdout10.jsonl",
    "holdout11.jsonl",
)
STRESS_FILES = ("stress_negatives.jsonl", "stress_negatives2.jsonl")


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
    ("name", "precision", "recall"),
    [
        ("holdout2.jsonl", 0.95, 0.95),
        ("holdout3.jsonl", 0.95, 0.95),
        ("holdout4.jsonl", 0.95, 0.95),
        ("holdout5.jsonl", 0.95, 0.95),
        ("holdout6.jsonl", 0.95, 0.95),
        ("holdout7.jsonl", 0.95, 0.95),
        ("holdout8.jsonl", 0.95, 0.95),
        # Used for fixes last: 0.940 / 0.917 and 0.938 / 0.883 when this was written.
        ("holdout9.jsonl", 0.93, 0.9),
        ("holdout10.jsonl", 0.93, 0.88),
        ("holdout11.jsonl", 0.95, 0.95),
        # Never used for fixes: 0.938 / 0.875, the estimate on new text.
        ("holdout12.jsonl", 0.9, 0.85),
    ],
)
def test_held_out_sets_do_not_regress(name, precision, recall):
    report = evaluate(load_corpus(DATA / name))
    assert report.overall.precision >= precision
    assert report.overall.recall >= recall


@pytest.mark.parametrize("name", STRESS_FILES)
def test_no_hard_negative_is_misread(name):
    report = evaluate(load_corpus(DATA / name))
    assert report.overall.fp == 0, [o.example.id for o in report.errors]


def test_texts_are_synthetic_and_use_example_domains():
    for name in (*HELD_OUT_FILES, *STRESS_FILES, "holdout12.jsonl"):
        for example in load_corpus(DATA / name):
            for host in HOSTS.findall(example.text):
                assert host.endswith(".example"), (example.id, host)


def test_the_fourth_held_out_set_covers_every_language_and_kind():
    examples = load_corpus(DATA / "holdout4.jsonl")
    assert len(examples) >= 100
    assert {e.lang for e in examples} == set(LANGUAGES)
    assert {"threat", "webcam", "disclosure", "warning"} <= {e.kind for e in examples}
    for lang in LANGUAGES:
        labels = {e.label.value for e in examples if e.lang == lang}
        assert labels == {"sextortion", "not_sextortion"}, lang
