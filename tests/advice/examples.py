"""The advice check's example sentences (``data/*.tsv``) and how they are scored.

Each line: the expected kind (``pass`` or an ``AdviceKind`` value), a tab, the
sentence, and optionally a tab and ``xfail: why`` for a sentence the check is
known to get wrong. ``heldout.tsv`` has a language column first: it was
written before the phrases were tuned and is measured, not tuned on.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from haven.cases.advice.check import check
from haven.cases.advice.kinds import AdviceKind

DATA = Path(__file__).parent / "data"
LANGUAGES = ("en", "de", "fr", "es", "pt", "it", "nl", "ja")
NAMES = ("Mika", "Jordan Blake", "Rosa", "@mika@haven.example")
PASS = "pass"


@dataclass(frozen=True)
class Example:
    language: str
    expected: str
    text: str
    xfail: str = ""

    @property
    def expected_kind(self) -> AdviceKind | None:
        return None if self.expected == PASS else AdviceKind(self.expected)

    def found(self) -> frozenset[AdviceKind]:
        return check(self.text, language=self.language, names=NAMES).kinds

    def right(self, found: frozenset[AdviceKind]) -> bool:
        kind = self.expected_kind
        return not found if kind is None else kind in found


def _rows(path: Path) -> list[list[str]]:
    lines = path.read_text(encoding="utf-8").splitlines()
    return [line.split("\t") for line in lines if line.strip() and not line.startswith("#")]


def examples(language: str) -> list[Example]:
    rows = _rows(DATA / f"{language}.tsv")
    return [
        Example(language, row[0], row[1], row[2].removeprefix("xfail: ") if len(row) > 2 else "")
        for row in rows
    ]


def heldout() -> list[Example]:
    return [Example(row[0], row[1], row[2]) for row in _rows(DATA / "heldout.tsv")]


@dataclass(frozen=True)
class Score:
    examples: int
    flagged_right: int  # a sentence to flag, flagged with its kind
    flagged: int  # sentences flagged at all
    to_flag: int  # sentences that should be flagged
    wrong: tuple[Example, ...]

    @property
    def precision(self) -> float:
        return self.flagged_right / self.flagged if self.flagged else 1.0

    @property
    def recall(self) -> float:
        return self.flagged_right / self.to_flag if self.to_flag else 1.0


def score(batch: list[Example]) -> Score:
    flagged_right = flagged = to_flag = 0
    wrong = []
    for example in batch:
        found = example.found()
        flagged += bool(found)
        if example.expected_kind is not None:
            to_flag += 1
            flagged_right += example.expected_kind in found
        if not example.right(found):
            wrong.append(example)
    return Score(len(batch), flagged_right, flagged, to_flag, tuple(wrong))
