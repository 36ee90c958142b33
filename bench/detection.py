"""How fast ``haven.detection.detect`` runs on 300-character posts, next to one regex pass.

    python bench/detection.py [POSTS] [ROUNDS]

Posts are built from the labelled corpus (every kind and language, so most
carry many signals), joined and cut to 300 characters; a second stream uses
only the corpus's negative texts. The baseline is one pass of a single
compiled regular expression, a case-insensitive keyword alternation of the
kind a naive filter would use, over the same posts in the same run.

Times are CPU time of this process (one core). The machine this runs on is
shared, and its speed drifts while a benchmark runs, so the measurements are
interleaved: each round times every function once, on the same posts, and
each function keeps its best round. Ratios to the regex pass are therefore
taken under the same conditions. The first call (lexicons compiled or read
from the phrase index's copy, language model and the learned model's weights
loaded) is timed, as CPU time, in a fresh process, which also reports its
peak memory: once with the copy this run's warm-up wrote, once without it
(``HAVEN_DETECTION_CACHE=off``). Prints figures, asserts
nothing. ``reference_detect`` (``haven.detection.reference``), the plain path
the fast one must equal, is timed alongside. ``detect`` includes the learned
verdict; the terms that explain it are worked out only when asked for, and
are not timed here.

The matcher before this one is timed in the same rounds: ``detect (regex
matcher)`` and ``old`` by language run ``detect`` with Japanese matched by
``patterns.UnspacedMatcher`` (a small regex tried at every position that can
start an entry) instead of the automaton (``haven.detection.automaton``);
their ratio is printed, taken under the same conditions.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

from haven.detection import detect
from haven.detection import signals as signals_module
from haven.detection.index_cache import CACHE_ENV
from haven.detection.language import identify
from haven.detection.lexicon import LEXICONS
from haven.detection.normalise import normalise
from haven.detection.patterns import UnspacedMatcher
from haven.detection.reference import reference_detect

LANGUAGES = ("en", "de", "fr", "es", "pt", "it", "nl", "ja")
CORPUS = Path(__file__).resolve().parents[1] / "tests" / "data" / "detection" / "corpus.jsonl"
BASELINE = re.compile(
    r"\b(?:nudes?|naked|intimate|leak|expose|bitcoin|btc|pay|send|post|share|family|followers"
    r"|hours|unless|video|photos?|pics?)\b",
    re.IGNORECASE,
)
FIRST_CALL = (
    "import time; start = time.process_time(); from haven.detection import detect; "
    "imported = time.process_time(); detect('I have your pics. Pay or your family sees them'); "
    "done = time.process_time(); "
    "[detect(t) for t in ('pay or else', 'Привет, как дела?', '写真を送れ', 'x' * 1000)]; "
    # VmHWM, not ru_maxrss: a child keeps the larger of its own peak and its parent's
    # size when it was forked, and this process holds two matchers and every post.
    "hwm = [l for l in open('/proc/self/status') if l.startswith('VmHWM')][0].split()[1]; "
    "print(imported - start, done - imported, int(hwm) / 1024)"
)


def posts(
    count: int, length: int = 300, *, negatives_only: bool = False, lang: str | None = None
) -> list[str]:
    rows = [json.loads(line) for line in CORPUS.read_text(encoding="utf-8").splitlines()]
    texts = [
        r["text"]
        for r in rows
        if (not negatives_only or r["label"] == "not_sextortion") and lang in (None, r["lang"])
    ]
    out: list[str] = []
    i = 0
    while len(out) < count:
        post = ""
        while len(post) < length:
            post += texts[i % len(texts)] + " "
            i += 1
        out.append(post[:length])
    return out


_NEW_MATCHER = signals_module.unspaced_matcher
_OLD_MATCHER = UnspacedMatcher(tuple(lex for lex in LEXICONS if not lex.spaced))


def with_regex_matcher(text: str) -> object:
    """Marks a function to run with the old Japanese matcher (``interleaved`` swaps it in)."""
    return detect(text)


def interleaved(
    functions: dict[str, tuple[Callable[[str], object], list[str]]], rounds: int
) -> dict[str, float]:
    """Posts per second of each function: its best round, rounds alternating between them."""
    best = dict.fromkeys(functions, 0.0)
    for _ in range(rounds):
        for name, (function, items) in functions.items():
            old = function is with_regex_matcher
            if old:
                signals_module.unspaced_matcher = lambda: _OLD_MATCHER  # type: ignore[assignment]
            start = time.process_time()
            for item in items:
                function(item)
            elapsed = time.process_time() - start
            signals_module.unspaced_matcher = _NEW_MATCHER
            best[name] = max(best[name], len(items) / elapsed)
    return best


def main(count: int, rounds: int) -> None:
    items = posts(count)
    benign = posts(count, negatives_only=True)
    for item in items + benign:  # warm up: lexicons compiled, language model loaded, words seen
        detect(item)
    rate = interleaved(
        {
            "regex": (BASELINE.findall, items),
            "detect": (detect, items),
            "regex_matcher": (with_regex_matcher, items),
            "detect_lang": (lambda t: detect(t, lang="en"), items),
            "reference": (reference_detect, items),
            "benign": (detect, benign),
            "benign_old": (with_regex_matcher, benign),
            "benign_regex": (BASELINE.findall, benign),
            "langid": (identify, items),
        },
        rounds,
    )
    flagged = sum(detect(item).is_sextortion for item in items)
    # With the phrase index's copy (written by this process's warm-up), and without it.
    first, built = (
        subprocess.run(
            [sys.executable, "-c", FIRST_CALL],
            capture_output=True,
            text=True,
            check=True,
            env={**os.environ, **extra},
        ).stdout.split()
        for extra in ({}, {CACHE_ENV: "off"})
    )
    regex = rate["regex"]
    print(f"posts: {count} x {len(items[0])} characters ({flagged} flagged), {rounds} rounds")
    print(f"one compiled regex pass:       {regex:8,.0f} posts/s")
    for name, label in (
        ("detect", "detect (language identified)"),
        ("regex_matcher", "detect (regex matcher)"),
        ("detect_lang", "detect (language given)"),
    ):
        print(f"{label + ':':31}{rate[name]:8,.0f} posts/s  {regex / rate[name]:4.1f}x the regex")
    print(f"automaton / regex matcher:     {rate['detect'] / rate['regex_matcher']:8.2f}x")
    print(
        f"the plain path (reference):    {rate['reference']:8,.0f} posts/s  "
        f"{regex / rate['reference']:4.1f}x the regex"
    )
    print(
        f"detect, negative texts only:   {rate['benign']:8,.0f} posts/s  "
        f"{rate['benign_regex'] / rate['benign']:4.1f}x the regex on them, "
        f"{rate['benign'] / rate['benign_old']:.2f}x the regex matcher"
    )
    print(f"language identification only:  {rate['langid']:8,.0f} posts/s")
    by_lang = interleaved(
        {
            f"{kind} {lang}": (function, posts(count // 5, lang=lang))
            for lang in LANGUAGES
            for kind, function in (
                ("regex", BASELINE.findall),
                ("detect", detect),
                ("old", with_regex_matcher),
                ("plain", reference_detect),
            )
        },
        rounds,
    )
    print("by language (posts of one language only, language identified):")
    for lang in LANGUAGES:
        here = by_lang[f"detect {lang}"]
        ratio = by_lang[f"regex {lang}"] / here
        plain, old = by_lang[f"plain {lang}"], by_lang[f"old {lang}"]
        print(
            f"  {lang}: {here:8,.0f} posts/s  {ratio:4.1f}x the regex  (plain path {plain:,.0f}; "
            f"regex matcher {old:,.0f}, {here / old:.2f}x)"
        )
    spaced = [normalise(text, thorough=False).spaced for text in posts(count // 5, lang="ja")]
    alone = interleaved(
        {"automaton": (_NEW_MATCHER().hits, spaced), "regex": (_OLD_MATCHER.hits, spaced)},
        rounds * 3,
    )
    print(
        f"Japanese matching alone: automaton {1e6 / alone['automaton']:.1f} µs a post, "
        f"regex matcher {1e6 / alone['regex']:.1f} µs ({alone['automaton'] / alone['regex']:.2f}x)"
    )
    for label, run in (("first call", first), ("without the index copy", built)):
        print(
            f"{label}: import {float(run[0]):.2f} s, then {float(run[1]):.2f} s; "
            f"peak resident memory after the first calls {float(run[2]):.0f} MB"
        )


if __name__ == "__main__":
    main(
        int(sys.argv[1]) if len(sys.argv) > 1 else 5000,
        int(sys.argv[2]) if len(sys.argv) > 2 else 5,
    )
