"""The fast ``detect`` gives what the plain path gives (``haven.detection.reference``).

On every labelled file, read as a public post and as a report comment, and on
the real texts where this machine has them: the same label, score (to 1e-9),
language, signals and terms. Texts made here add what the files lack: long,
disguised, every script, no words at all.
"""

from __future__ import annotations

import json
import random
from pathlib import Path

import pytest

from haven.detection import Context, Detection, detect
from haven.detection.features import word_features
from haven.detection.model import shipped
from haven.detection.reference import reference_detect
from haven.detection.train import real_texts
from haven.detection.weighing import WordTable, shipped_table

DATA = Path(__file__).resolve().parents[1] / "data" / "detection"
FILES = sorted(DATA.rglob("*.jsonl"))
REAL = real_texts()
TOLERANCE = 1e-9


def texts(path: Path) -> list[str]:
    lines = path.read_text(encoding="utf-8").splitlines()
    return [json.loads(line)["text"] for line in lines if line.strip()]


def made_texts() -> list[str]:
    rng = random.Random(13)
    pieces = [
        "I h4ve your N U D E S. Pay $500 or your family sees them",
        "あなたの写真を持っている。お金を払わないと家族に送る",
        "<p>Zahl 500 &euro; oder deine Frau sieht das Video</p>",
        "😈📸💰 sooooo pay up @someone@example.social https://example.org/x",
        "ปลาทู 北京 한국어 ñandú \ufb01le",
        "\uff26\uff35\uff2c\uff2c\u3000\uff37\uff29\uff24\uff34\uff28",  # full width
        "",
        "   ",
        "a",
        "\x00\x01\ufffd",
    ]
    made = list(pieces)
    for _ in range(200):
        made.append(" ".join(rng.choice(pieces) for _ in range(rng.randint(1, 6))))
        made.append("".join(chr(rng.randint(0x20, 0x3100)) for _ in range(rng.randint(1, 120))))
    return made


def assert_same(text: str, context: Context | None = None) -> None:
    fast = detect(text, context=context)
    plain = reference_detect(text, context=context)
    assert_results_equal(fast, plain)


def assert_results_equal(fast: Detection, plain: Detection) -> None:
    assert fast.label is plain.label
    assert abs(fast.score - plain.score) <= TOLERANCE
    assert fast.lang == plain.lang
    assert fast.signals == plain.signals
    assert len(fast.terms) == len(plain.terms)
    for mine, theirs in zip(fast.terms, plain.terms, strict=True):
        assert mine[:3] == theirs[:3]
        assert abs(mine.weight - theirs.weight) <= TOLERANCE


@pytest.mark.parametrize("path", FILES, ids=lambda path: str(path.relative_to(DATA)))
@pytest.mark.parametrize("context", [None, Context.REPORT_COMMENT])
def test_every_labelled_text_gets_the_same_verdict_as_the_plain_path(path, context):
    for text in texts(path):
        assert_same(text, context)


def test_the_labelled_files_are_all_read():
    assert len(FILES) >= 17
    assert sum(len(texts(path)) for path in FILES) > 2800


@pytest.mark.skipif(REAL is None, reason="no real texts on this machine")
@pytest.mark.parametrize("name", ["pool.jsonl", "heldout_a.jsonl", "heldout_b.jsonl"])
def test_every_real_text_gets_the_same_verdict_as_the_plain_path(name):
    assert REAL is not None
    for text in texts(REAL / name):
        assert_same(text)


def test_made_texts_get_the_same_verdict_as_the_plain_path():
    for text in made_texts():
        assert_same(text)
        assert_same(text, Context.PORTAL_SUBMISSION)


def test_the_word_table_sums_what_the_model_sums_over_the_features():
    model, table = shipped(), shipped_table()
    for path in FILES:
        for text in texts(path):
            normalised = detect(text).explanation.normalised  # type: ignore[union-attr]
            words = word_features(normalised.text)
            expected = model.log_odds(words, []) - model.bias
            assert abs(table.weigh(normalised.text) - expected) <= TOLERANCE


def test_a_feature_word_features_never_makes_weighs_nothing():
    table = WordTable({"wpay": 1.0, "bpay or else": 5.0, "kpay": 7.0, "cあげ": 2.0})
    assert table.words == {"pay": 1.0}
    assert table.pairs == {}
    assert WordTable({"bpay or": 3.0}).pairs == {"pay or": 3.0}
    assert list(table.chars.values()) == [2.0]
