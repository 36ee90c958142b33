"""``detect``: normalise, find signals, let the model weigh words and signals, name the language."""

from __future__ import annotations

import re

from haven.detection.context import REPORTING, Context
from haven.detection.detection import SIGNAL_TYPES, Detection, Label, Signal, SignalType
from haven.detection.features import signal_features, word_features
from haven.detection.language import identify
from haven.detection.model import Explanation, shipped
from haven.detection.normalise import normalise
from haven.detection.scoring import THRESHOLD, log_odds_of, probability
from haven.detection.signals import scan
from haven.detection.weighing import shipped_table

# Longer texts are scanned in full; the cap only stops unbounded memory use
# by a hostile caller (a post is at most a few thousand characters).
MAX_CHARS = 2_000_000
# A text where at least LEXICON_VOTES matches come from language lexicons, and
# at least LEXICON_SHARE of them from one, is in that language: the language
# model, which costs more than anything else here, is not asked.
LEXICON_VOTES = 3
LEXICON_SHARE = 0.8
# A report passed on inside Haven that has the shape of sextortion (pressure and
# material) is more likely than not to be a case: in a report comment or a
# portal submission its log-odds start this much higher, unless it is news,
# advice, policy or fiction.
REPORT_PRIOR = 1.0
_S = SignalType
_INDEX = {kind: SIGNAL_TYPES.index(kind) for kind in SignalType}
_CONTEXT = tuple(_INDEX[k] for k in (_S.NEWS_OR_ADVICE, _S.POLICY_DISCUSSION, _S.FICTION))
_PRESSURE = tuple(
    _INDEX[k] for k in (_S.THREAT_TO_EXPOSE, _S.AUDIENCE, _S.DEMAND_MONEY, _S.DEMAND_ACTION)
)
_MATERIAL = tuple(
    _INDEX[k]
    for k in (
        _S.INTIMATE_MATERIAL,
        _S.PROOF_OF_POSSESSION,
        _S.EXTORTION_TERM,
        _S.VICTIM_DISCLOSURE,
        _S.DEMAND_MATERIAL,
    )
)
# Who says it: in a report, "a member says", "laut", "según", "によると" are the
# report's own framing, where in a public post they are how news retells a case.
_ATTRIBUTION = re.compile(
    r"\b(?:says?|said|reports?|writes?|tells?|according|signale|dit|selon|cuenta|dice|diz"
    r"|conta|segundo|según|secondo|meldt|zegt|volgens|schreibt|sagt|meldet|laut|berichtet)\b"
    r"|によると|とのこと|そうです",
    re.IGNORECASE,
)


def detect(text: str, lang: str | None = None, *, context: Context | None = None) -> Detection:
    """Classify ``text``; pass ``lang`` (ISO 639-1) when it is already known, and
    ``context`` when the text comes from a report (``Context``). Without a
    context a text is read as a public post.

    Signals and terms index ``text`` itself, even when it is HTML or
    obfuscated. Texts longer than ``MAX_CHARS`` are read up to that length.
    """
    if len(text) > MAX_CHARS:
        text = text[:MAX_CHARS]
    normalised, signals, strengths = scan(text)
    model = shipped()
    words: set[str] | None = None
    prior = 0.0
    if context in REPORTING:
        signals, words = read_as_report(signals, strengths, word_features(normalised.text))
        prior = REPORT_PRIOR if looks_like_a_case(strengths) else 0.0
        z = model.log_odds(words, signal_features(strengths, log_odds_of(strengths))) + prior
    else:
        # The same sum as model.log_odds over word_features, without the strings.
        evidence = signal_features(strengths, log_odds_of(strengths))
        z = model.log_odds(set(), evidence) + shipped_table().weigh(normalised.text)
    value = probability(max(-30.0, min(30.0, z)))
    label = Label.SEXTORTION if value >= THRESHOLD else Label.NOT_SEXTORTION
    if not lang:
        lang = lexicon_language(signals) or identify(normalised.clean)
    return Detection(label, value, lang, signals, Explanation(model, normalised, words))


def read_as_report(
    signals: tuple[Signal, ...], strengths: list[float], words: set[str]
) -> tuple[tuple[Signal, ...], set[str]]:
    """A report's framing ("when someone reports", "a member says", "laut Meldung") is
    the report itself: those signals and their words are left out, and the strengths
    of their types counted again from what is left (``strengths`` changes in place)."""
    framing = [s for s in signals if is_framing(s)]
    if not framing:
        return signals, words
    kept = tuple(s for s in signals if not is_framing(s))
    for kind in {s.type for s in framing}:
        total = sum(s.weight for s in kept if s.type is kind)
        strengths[_INDEX[kind]] = min(1.0, total)
    for signal in framing:
        words = words - word_features(normalise(signal.match).text)
    return kept, words


def is_framing(signal: Signal) -> bool:
    if signal.type is SignalType.REPORT_FRAMING:
        return True
    return signal.type is SignalType.NEWS_OR_ADVICE and bool(_ATTRIBUTION.search(signal.match))


def looks_like_a_case(strengths: list[float]) -> bool:
    """Pressure and material, and no news, advice, policy or fiction."""
    return (
        any(strengths[i] for i in _PRESSURE)
        and any(strengths[i] for i in _MATERIAL)
        and not any(strengths[i] for i in _CONTEXT)
    )


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
