"""``detect``: normalise, find signals, score, identify the language."""

from __future__ import annotations

from haven.detection.detection import Detection, Label, Signal
from haven.detection.language import identify
from haven.detection.scoring import THRESHOLD, log_odds_of, probability
from haven.detection.signals import scan

# Longer texts are scanned in full; the cap only stops unbounded memory use
# by a hostile caller (a post is at most a few thousand characters).
MAX_CHARS = 2_000_000
# A text where at least LEXICON_VOTES matches come from language lexicons, and
# at least LEXICON_SHARE of them from one, is in that language: the language
# model, which costs more than anything else here, is not asked.
LEXICON_VOTES = 3
LEXICON_SHARE = 0.8


def detect(text: str, lang: str | None = None) -> Detection:
    """Classify ``text``; pass ``lang`` (ISO 639-1) when it is already known.

    Signals index ``text`` itself, even when it is HTML or obfuscated. Texts
    longer than ``MAX_CHARS`` are read up to that length.
    """
    if len(text) > MAX_CHARS:
        text = text[:MAX_CHARS]
    normalised, signals, strengths = scan(text)
    value = probability(log_odds_of(strengths))
    label = Label.SEXTORTION if value >= THRESHOLD else Label.NOT_SEXTORTION
    if not lang:
        lang = lexicon_language(signals) or identify(normalised.clean)
    return Detection(label, value, lang, signals)


def lexicon_language(signals: tuple[Signal, ...]) -> str | None:
    """The language whose lexicon made most of the matches, when that is clear.

    On the corpus files this answers for more than half of the texts and is
    never wrong; every other text goes to the language model.
    """
    if len(signals) < LEXICON_VOTES:
        return None
    votes: dict[str, int] = {}
    for signal in signals:
        if signal.lexicon != "common":
            votes[signal.lexicon] = votes.get(signal.lexicon, 0) + 1
    if not votes:
        return None
    best = max(votes, key=votes.__getitem__)
    count = votes[best]
    return best if count >= LEXICON_VOTES and count >= LEXICON_SHARE * sum(votes.values()) else None
