"""Evaluate the detector on a labelled JSON-lines corpus.

Each line: ``{"id", "text", "label"}`` with label "sextortion" or
"not_sextortion", and optionally ``"kind"`` and ``"lang"`` (ISO 639-1).
Precision, recall and F1 are for the sextortion label, overall, per kind and
per language (the identified one where a line gives none), each with its 95%
Wilson interval; every misclassified text is listed.
"""

from __future__ import annotations

import json
import math
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from haven.detection.detection import Detection, Label
from haven.detection.pipeline import detect

UNLABELLED = "-"


class CorpusError(ValueError):
    """A corpus file that cannot be read, with the line that is wrong."""


@dataclass(frozen=True, slots=True)
class Example:
    id: str
    text: str
    label: Label
    kind: str = UNLABELLED
    lang: str | None = None


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

    @property
    def precision_interval(self) -> tuple[float, float]:
        return wilson(self.tp, self.tp + self.fp)

    @property
    def recall_interval(self) -> tuple[float, float]:
        return wilson(self.tp, self.tp + self.fn)

    def merge(self, other: Counts) -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn
        self.tn += other.tn


def wilson(successes: int, trials: int, z: float = 1.96) -> tuple[float, float]:
    """The 95% Wilson score interval of a proportion; (0, 1) when there were no trials."""
    if trials == 0:
        return 0.0, 1.0
    p = successes / trials
    denominator = 1 + z * z / trials
    centre = (p + z * z / (2 * trials)) / denominator
    half = z * math.sqrt(p * (1 - p) / trials + z * z / (4 * trials * trials)) / denominator
    return max(0.0, centre - half), min(1.0, centre + half)


def format_counts_table(title: str, table: dict[str, Counts]) -> str:
    """Precision and recall with their 95% Wilson intervals, one row per entry."""
    lines = [
        f"{title:<22} {'n':>5} {'pos':>4} {'tp':>4} {'fp':>4} {'fn':>4} "
        f"{'precision [95% CI]':>22} {'recall [95% CI]':>22}"
    ]
    for name, c in sorted(table.items()):
        lines.append(
            f"{name[:22]:<22} {c.total:>5} {c.tp + c.fn:>4} {c.tp:>4} {c.fp:>4} {c.fn:>4} "
            f"{_with_interval(c.precision, c.precision_interval, c.tp + c.fp):>22} "
            f"{_with_interval(c.recall, c.recall_interval, c.tp + c.fn):>22}"
        )
    return "\n".join(lines) + "\n"


def _with_interval(value: float, interval: tuple[float, float], trials: int) -> str:
    if not trials:
        return "-"
    return f"{value:.2f} [{interval[0]:.2f}, {interval[1]:.2f}]"


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
    lang_given: int = 0


def load_corpus(path: Path) -> list[Example]:
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise CorpusError(f"{path}: cannot be read ({exc.__class__.__name__})") from exc
    examples = []
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            examples.append(_example(json.loads(line)))
        except (KeyError, ValueError, TypeError, AttributeError) as exc:
            raise CorpusError(
                f"{path}:{number}: not a corpus line: {_reason(exc)}; each line needs "
                '"id", "text" and "label" ("sextortion" or "not_sextortion")'
            ) from exc
    return examples


def _example(row: dict[str, object]) -> Example:
    text, kind, lang = row["text"], row.get("kind") or UNLABELLED, row.get("lang") or None
    if not isinstance(text, str) or not isinstance(kind, str):
        raise TypeError("text and kind must be strings")
    if lang is not None and not isinstance(lang, str):
        raise TypeError("lang must be a string")
    return Example(str(row["id"]), text, Label(str(row["label"])), kind, lang)


def _reason(exc: Exception) -> str:
    if isinstance(exc, KeyError):
        return f"{exc.args[0]!r} is missing"
    if isinstance(exc, json.JSONDecodeError):
        return f"not JSON ({exc.msg})"
    return str(exc)


def evaluate(examples: Iterable[Example], classify: Callable[[str], Detection] = detect) -> Report:
    report = Report()
    for example in examples:
        detection = classify(example.text)
        expected, predicted = example.label is Label.SEXTORTION, detection.is_sextortion
        for counts in (
            report.overall,
            report.by_kind.setdefault(example.kind, Counts()),
            report.by_lang.setdefault(example.lang or detection.lang, Counts()),
        ):
            counts.add(expected, predicted)
        if example.lang is not None:
            report.lang_given += 1
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
    if report.lang_given:
        lines += [
            "",
            f"language identified correctly: {report.lang_correct}/{report.lang_given}",
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
    return f"{name:<16} {columns}  precision 95% CI   recall 95% CI"


def _row(name: str, c: Counts) -> str:
    (p_low, p_high), (r_low, r_high) = c.precision_interval, c.recall_interval
    return (
        f"{name:<16} {c.total:>4} {c.tp:>4} {c.fp:>4} {c.fn:>4} "
        f"{c.precision:>9.3f} {c.recall:>7.3f} {c.f1:>6.3f}  "
        f"[{p_low:.2f}, {p_high:.2f}]      [{r_low:.2f}, {r_high:.2f}]"
    )
