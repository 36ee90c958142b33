"""The detector as it was before it was made fast, kept to prove the fast path exact.

``reference_detect`` builds every word feature as a string, sums the model's
weights over that set and hands the set to the explanation: the plain reading
of ``haven.detection.features`` and ``haven.detection.model``. ``detect``
(``haven.detection.pipeline``) must give the same label, score (to 1e-9),
language, signals and terms on every text; ``tests/detection/test_exact_speedup.py``
holds it to that. Nothing else calls this module.
"""

from __future__ import annotations

from haven.detection.context import REPORTING, Context
from haven.detection.detection import Detection, Label
from haven.detection.features import signal_features, word_features
from haven.detection.language import identify
from haven.detection.model import Explanation, shipped
from haven.detection.pipeline import (
    MAX_CHARS,
    REPORT_PRIOR,
    lexicon_language,
    looks_like_a_case,
    read_as_report,
)
from haven.detection.scoring import THRESHOLD, log_odds_of, probability
from haven.detection.signals import scan


def reference_detect(
    text: str, lang: str | None = None, *, context: Context | None = None
) -> Detection:
    """``detect`` by the unoptimised path: same arguments, same result."""
    if len(text) > MAX_CHARS:
        text = text[:MAX_CHARS]
    normalised, signals, strengths = scan(text)
    words = word_features(normalised.text)
    prior = 0.0
    if context in REPORTING:
        signals, words = read_as_report(signals, strengths, words)
        prior = REPORT_PRIOR if looks_like_a_case(strengths) else 0.0
    model = shipped()
    z = model.log_odds(words, signal_features(strengths, log_odds_of(strengths))) + prior
    value = probability(max(-30.0, min(30.0, z)))
    label = Label.SEXTORTION if value >= THRESHOLD else Label.NOT_SEXTORTION
    if not lang:
        lang = lexicon_language(signals) or identify(normalised.clean)
    return Detection(label, value, lang, signals, Explanation(model, normalised, words))
