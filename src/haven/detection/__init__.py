"""Sextortion signal detection: plain Python, no Django, usable as a library.

    >>> from haven.detection import detect
    >>> result = detect("I have your nudes. Pay $500 in bitcoin or your family sees them")
    >>> result.label, [s.type.value for s in result.signals][:2]

``detect`` normalises the text (HTML, Unicode, look-alikes, leetspeak, split
letters, emoji), matches every language's lexicon for signals, lets a trained
model weigh the text's words and those signals (``haven.detection.model``),
and identifies the language. Every signal's and every term's span indexes the
text that was passed in. ``context`` (``Context``) says where a text comes
from: a report comment is read as a report. ``assessment_hints`` turns a
result into answers for the case assessment's key questions;
``marks.figures`` counts how often marked verdicts were right.
"""

from __future__ import annotations

from haven.detection.assessment import AssessmentHints, assessment_hints
from haven.detection.context import Context
from haven.detection.detection import Detection, Label, Signal, SignalType, Term
from haven.detection.lexicon import SUPPORTED_LANGUAGES
from haven.detection.pipeline import MAX_CHARS, detect
from haven.detection.scoring import THRESHOLD

__all__ = [
    "MAX_CHARS",
    "SUPPORTED_LANGUAGES",
    "THRESHOLD",
    "AssessmentHints",
    "Context",
    "Detection",
    "Label",
    "Signal",
    "SignalType",
    "Term",
    "assessment_hints",
    "detect",
]
