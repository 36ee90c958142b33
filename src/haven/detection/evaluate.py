"""Evaluate the detector on a labelled JSON-lines corpus.

Each line: ``{"id", "text", "label", "kind", "lang"}`` with label "sextortion"
or "not_sextortion". Precision, recall and F1 are for the sextortion label,
overall, per kind and per language; every misclassified text is listed.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from haven.detection.detection import Detection, Label
from haven.detection.pipeline import detect


@dataclass(frozen=True, slots=True)
class Example:
    id: str
    text: str
    label: Label
    kind: str
    lang: str


@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    tn: int = 0

    def add(self, expected: bool, predicted: bool) -> None:
        if expected and predicted:
            self.tp += 1
        elif predicted:
            self.fp += 1
        elif expected:
            self.fn += 1
        else:
            self.tn += 1

    @property
    def total(self) -> int:
        return self.tp + self.fp + self.fn + self.tn

    @property
    def precision(self) -> float:
        # No positive prediction at all is perfect precision (nothing was wrongly flagged).
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass(frozen=True, slots=True)
class Outcome:
    example: Example
    detection: Detection


@dataclass
class Report:
    overall: Counts = field(default_factory=Counts)
    by_kind: dict[str, Counts] = field(default_factory=dict)
    by_lang: dict[str, Counts] = field(default_factory=dict)
    errors: list[Outcome] = field(default_factory=list)
    lang_correct: int = 0


def load_corpus(path: Path) -> list[Example]:
    examples = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        row = json.loads(line)
        try:
            examples.append(
                Example(str(row["id"]), row["text"], Label(row["label"]), row["kind"], row["lang"])
            )
        except (KeyError, ValueError) as exc:
            raise ValueError(f"{path}:{number}: not a corpus line ({exc})") from exc
    return examples


def evaluate(examples: Iterable[Example], classify: Callable[[str], Detection] = detect) -> Report:
    report = Report()
    for example in examples:
        detection = classify(example.text)
        expected, predicted = example.label is Label.SEXTORTION, detection.is_sextortion
        for counts in (
            report.overall,
            report.by_kind.setdefault(example.kind, Counts()),
            report.by_lang.setdefault(example.lang, Counts()),
        ):
            counts.add(expected, predicted)
        report.lang_correct += detection.lang == example.lang
        if expected != predicted:
            report.errors.append(Outcome(example, detection))
    return report


def sweep(
    examples: Iterable[Example], thresholds: Iterable[float] | None = None
) -> list[tuple[float, float, float, float]]:
    """(threshold, precision, recall, F1) for the sextortion label at each threshold."""
    scored = [
        (detect(example.text).score, example.label is Label.SEXTORTION) for example in examples
    ]
    rows = []
    for threshold in thresholds or [step / 20 for step in range(1, 20)]:
        counts = Counts()
        for value, expected in scored:
            counts.add(expected, value >= threshold)
        rows.append((threshold, counts.precision, counts.recall, counts.f1))
    return rows


def format_report(report: Report) -> str:
    lines = [_header("overall"), _row("all", report.overall)]
    lines += ["", _header("kind"), *(_row(k, c) for k, c in sorted(report.by_kind.items()))]
    lines += ["", _header("language"), *(_row(k, c) for k, c in sorted(report.by_lang.items()))]
    if report.overall.total:
        lines += [
            "",
            f"language identified correctly: {report.lang_correct}/{report.overall.total}",
        ]
    lines += ["", f"errors: {len(report.errors)}"]
    for outcome in report.errors:
        found = ", ".join(sorted({s.type.value for s in outcome.detection.signals})) or "no signals"
        lines.append(
            f"  {outcome.example.id}  expected {outcome.example.label.value}, got "
            f"{outcome.detection.label.value} ({outcome.detection.score:.2f}) [{found}]"
        )
        lines.append(f"      {outcome.example.text[:160]!r}")
    return "\n".join(lines) + "\n"


def _header(name: str) -> str:
    columns = f"{'n':>4} {'tp':>4} {'fp':>4} {'fn':>4} {'precision':>9} {'recall':>7} {'f1':>6}"
    return f"{name:<16} {columns}"


def _row(name: str, c: Counts) -> str:
    return (
        f"{name:<16} {c.total:>4} {c.tp:>4} {c.fp:>4} {c.fn:>4} "
        f"{c.precision:>9.3f} {c.recall:>7.3f} {c.f1:>6.3f}"
    )
