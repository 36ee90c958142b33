"""The moderators' word: how often the detector was right on a server's own marked reports.

A moderator marks a verdict on the case page as right or wrong. A verdict
marked right was the truth; one marked wrong was the other label. From those
pairs come precision and recall for the sextortion label, with 95% Wilson
intervals, overall and per language (``lang`` as stored with the verdict, or
identified from the text). This module only counts: the marked texts stay
sealed in their cases, and the caller decrypts them, if at all, inside the
case's own access rules.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from haven.detection.detection import Label
from haven.detection.evaluate import Counts, format_counts_table
from haven.detection.language import identify


@dataclass(frozen=True, slots=True)
class MarkedVerdict:
    """One verdict and the moderator's mark on it. ``text`` may be left empty when
    ``lang`` is given: only the language is read from it."""

    label: Label
    right: bool
    text: str = ""
    lang: str | None = None

    @property
    def truth(self) -> Label:
        if self.right:
            return self.label
        return Label.NOT_SEXTORTION if self.label is Label.SEXTORTION else Label.SEXTORTION


@dataclass
class MarkedFigures:
    overall: Counts = field(default_factory=Counts)
    by_lang: dict[str, Counts] = field(default_factory=dict)

    @property
    def marked(self) -> int:
        return self.overall.total


def figures(marks: Iterable[MarkedVerdict]) -> MarkedFigures:
    """Precision and recall (with intervals, on ``Counts``) from marked verdicts."""
    result = MarkedFigures()
    for mark in marks:
        lang = mark.lang or (identify(mark.text) if mark.text else "und")
        expected = mark.truth is Label.SEXTORTION
        predicted = mark.label is Label.SEXTORTION
        result.overall.add(expected, predicted)
        result.by_lang.setdefault(lang, Counts()).add(expected, predicted)
    return result


def format_figures(result: MarkedFigures) -> str:
    """The figures as ``haven detect --eval-cases`` prints them."""
    if not result.marked:
        return "no verdicts have been marked yet\n"
    return "\n".join(
        [
            f"verdicts marked by moderators: {result.marked}",
            "",
            format_counts_table("overall", {"all": result.overall}),
            format_counts_table("language", result.by_lang),
        ]
    )
