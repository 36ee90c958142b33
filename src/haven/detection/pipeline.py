"""``detect``: normalise, find signals, score, identify the language."""

from __future__ import annotations

from haven.detection.detection import Detection, Label
from haven.detection.language import identify
from haven.detection.normalise import normalise
from haven.detection.scoring import THRESHOLD, score
from haven.detection.signals import find_signals

# Longer texts are scanned in full; the cap only stops unbounded memory use
# by a hostile caller (a post is at most a few thousand characters).
MAX_CHARS = 2_000_000


def detect(text: str, lang: str | None = None) -> Detection:
    """Classify ``text``; pass ``lang`` (ISO 639-1) when it is already known.

    Signals index ``text`` itself, even when it is HTML or obfuscated. Texts
    longer than ``MAX_CHARS`` are read up to that length.
    """
    if len(text) > MAX_CHARS:
        text = text[:MAX_CHARS]
    normalised = normalise(text)
    signals = find_signals(normalised)
    value = score(signals)
    label = Label.SEXTORTION if value >= THRESHOLD else Label.NOT_SEXTORTION
    return Detection(label, value, lang or identify(normalised.clean), signals)
