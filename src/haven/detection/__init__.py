"""Sextortion signal detection: plain Python, no Django, usable as a library.

    >>> from haven.detection import detect
    >>> result = detect("I have your nudes. Pay $500 in bitcoin or your family sees them")
    >>> result.label, [s.type.value for s in result.signals][:2]

``detect`` normalises the text (HTML, Unicode, look-alikes, leetspeak, split
letters, emoji), matches every language's lexicon, scores the combination of
signals and identifies the language. Every signal's span indexes the text
that was passed in. ``assessment_hints`` turns a result into answers for the
case assessment's key questions.
"""

from __future__ import annotations

from haven.detection.assessment import AssessmentHints, assessment_hints
from haven.detection.detection import Detection, Label, Signal, SignalType
from haven.detection.lexicon import SUPPORTED_LANGUAGES
from haven.detection.pipeline import MAX_CHARS, detect
from haven.detection.scoring import THRESHOLD

__all__ = [
    "MAX_CHARS",
    "SUPPORTED_LANGUAGES",
    "THRESHOLD",
    "AssessmentHints",
    "Detection",
    "Label",
    "Signal",
    "SignalType",
    "assessment_hints",
    "detect",
]
