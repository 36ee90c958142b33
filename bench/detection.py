"""How fast ``haven.detection.detect`` runs on 300-character posts, next to one regex pass.

    python bench/detection.py [POSTS]

Posts are built from the labelled corpus (every kind and language, so most
carry many signals), joined and cut to 300 characters; a second stream uses
only the corpus's negative texts. The baseline is one pass of a single
compiled regular expression, a case-insensitive keyword alternation of the
kind a naive filter would use, over the same posts in the same run. Times are
CPU time of this process (one core), best of three. Prints figures, asserts
nothing.
"""

from __future__ import annotations

import json
import re
import sys
import time
from pathlib import Path

from haven.detection import detect
from haven.detection.language import identify

CORPUS = Path(__file__).resolve().parents[1] / "tests" / "data" / "detection" / "corpus.jsonl"
BASELINE = re.compile(
    r"\b(?:nudes?|naked|intimate|leak|expose|bitcoin|btc|pay|send|post|share|family|followers"
    r"|hours|unless|video|photos?|pics?)\b",
    re.IGNORECASE,
)


def posts(count: int, length: int = 300, *, negatives_only: bool = False) -> list[str]:
    rows = [json.loads(line) for line in CORPUS.read_text(encoding="utf-8").splitlines()]
    texts = [r["text"] for r in rows if not negatives_only or r["label"] == "not_sextortion"]
    out: list[str] = []
    i = 0
    while len(out) < count:
        post = ""
        while len(post) < length:
            post += texts[i % len(texts)] + " "
            i += 1
        out.append(post[:length])
    return out


def rate(function: object, items: list[str]) -> float:
    start = time.process_time()
    for item in items:
        function(item)  # type: ignore[operator]
    return len(items) / (time.process_time() - start)


def main(count: int) -> None:
    items = posts(count)
    for item in items[:50]:  # warm up: compile the lexicons, load the language model
        detect(item)
    best_detect = max(rate(detect, items) for _ in range(3))
    best_known_lang = max(rate(lambda t: detect(t, lang="en"), items) for _ in range(3))
    best_langid = max(rate(identify, items) for _ in range(3))
    best_regex = max(rate(BASELINE.findall, items) for _ in range(3))
    benign = posts(count, negatives_only=True)
    best_benign = max(rate(detect, benign) for _ in range(3))
    flagged = sum(detect(item).is_sextortion for item in items)
    print(f"posts: {count} x {len(items[0])} characters ({flagged} flagged)")
    print(f"detect (language identified): {best_detect:,.0f} posts/s")
    print(f"detect (language given):      {best_known_lang:,.0f} posts/s")
    print(f"detect, negative texts only:  {best_benign:,.0f} posts/s")
    print(f"language identification only: {best_langid:,.0f} posts/s")
    print(f"one compiled regex pass:       {best_regex:,.0f} posts/s")
    print(f"detect cost vs one regex pass: {best_regex / best_detect:,.1f}x")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 5000)
