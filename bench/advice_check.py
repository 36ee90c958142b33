"""Precision and recall of the advice check per language, on the examples and the held-back set.

    python bench/advice_check.py [--wrong]

The examples (tests/advice/data/<language>.tsv) are what the phrases were
tuned on; the held-back set (tests/advice/data/heldout.tsv) was written
before and not tuned on, so its figure is the honest one. A sentence counts
as flagged right when the check finds its expected kind; precision is that
over every sentence flagged at all (a good sentence flagged, or a sentence
flagged only for another kind, counts against it). ``--wrong`` lists the
sentences it gets wrong. Prints figures, asserts nothing.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tests.advice.examples import LANGUAGES, Score, examples, heldout, score


def _line(name: str, result: Score) -> str:
    return (
        f"{name:<4} {result.examples:>4} sentences  precision {result.precision:6.1%}"
        f"  recall {result.recall:6.1%}  wrong {len(result.wrong)}"
    )


def main() -> None:
    show_wrong = "--wrong" in sys.argv
    held = heldout()
    for title, batches in (
        ("Examples (tuned on)", {lang: examples(lang) for lang in LANGUAGES}),
        (
            "Held-back set (not tuned on)",
            {lang: [e for e in held if e.language == lang] for lang in LANGUAGES},
        ),
    ):
        print(title)
        everything = []
        for lang, batch in batches.items():
            if not batch:
                continue
            everything += batch
            result = score(batch)
            print(_line(lang, result))
            if show_wrong:
                for example in result.wrong:
                    print(f"       {example.expected:<8} {example.text}  {example.xfail}")
        print(_line("all", score(everything)))


if __name__ == "__main__":
    main()
