"""The real texts: fields, scrubbing, the split by source, and floors on the held-apart sets.

The floors sit under the figures measured once (docs/detection.md): they
catch a regression, and were not used to choose anything.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from haven.detection import detect
from haven.detection.evaluate import Counts
from haven.detection.lexicon import SUPPORTED_LANGUAGES
from haven.detection.train import REAL_TEXTS_ENV, real_texts

# Third-party texts are not kept in the repository; on a machine that has them
# (HAVEN_DETECTION_REAL_TEXTS), these tests check them and hold the floors.
_FOUND = real_texts()
pytestmark = pytest.mark.skipif(
    _FOUND is None, reason=f"no real texts here: set {REAL_TEXTS_ENV} (docs/detection.md)"
)
REAL = _FOUND or Path()
FILES = ("pool.jsonl", "heldout_a.jsonl", "heldout_b.jsonl")
EMAIL = re.compile(r"[\w.+-]+@[\w-]+\.[a-z]{2,}")
BITCOIN = re.compile(r"\b(?:bc1[a-z0-9]{20,60}|[13][a-km-zA-HJ-NP-Z1-9]{25,34})\b")
KINDS = {
    "scam_email",
    "victim_account",
    "threat",
    "news",
    "advice",
    "policy",
    "spam",
    "threat_other",
    "other",
}


def rows(name: str) -> list[dict[str, str]]:
    text = (REAL / name).read_text("utf-8")
    return [json.loads(line) for line in text.splitlines() if line.strip()]


@pytest.mark.parametrize("name", FILES)
def test_every_real_text_has_its_source_and_is_scrubbed(name):
    for row in rows(name):
        assert {"id", "text", "label", "lang", "kind", "source", "group"} <= set(row), row["id"]
        assert row["label"] in {"sextortion", "not_sextortion"}
        assert row["kind"] in KINDS, row["id"]
        assert row["source"] and row["group"]
        assert not EMAIL.search(row["text"]), row["id"]
        assert not BITCOIN.search(row["text"]), row["id"]


def test_a_source_is_in_one_file_only():
    seen: dict[str, str] = {}
    for name in FILES:
        for row in rows(name):
            assert seen.setdefault(row["group"], name) == name, row["group"]


def test_ids_are_unique():
    ids = [row["id"] for name in FILES for row in rows(name)]
    assert len(ids) == len(set(ids))


@pytest.mark.parametrize(
    ("name", "precision", "recall"),
    [("heldout_a.jsonl", 0.6, 0.7), ("heldout_b.jsonl", 0.8, 0.8)],
)
def test_held_apart_sets_do_not_regress(name, precision, recall):
    counts = Counts()
    for row in rows(name):
        if row["lang"] in SUPPORTED_LANGUAGES:
            counts.add(row["label"] == "sextortion", detect(row["text"]).is_sextortion)
    assert counts.precision >= precision, counts
    assert counts.recall >= recall, counts
