"""The learned verdict: a logistic model over the text's words and its signals.

The weights ship inside the package as plain JSON (``model.json``, written by
``python -m haven.detection.train``): a bias, a weight per word feature and a
weight per signal feature (``haven.detection.features``). Scoring is a sum of
looked-up weights; nothing is unpickled or executed. The bias is shifted so
that the decision threshold chosen in cross-validation is 0.5
(docs/decisions/0004-detector-model.md).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import cache
from importlib.resources import files
from itertools import repeat
from pathlib import Path

from haven.detection.detection import Term
from haven.detection.features import word_features, word_weight
from haven.detection.normalise import Normalised

FORMAT = 1
MODEL_FILE = "model.json"
# The words most responsible for a verdict, listed with it.
TERMS_SHOWN = 5


class ModelError(ValueError):
    """A model file that cannot be read or is not one this code can score."""


@dataclass(frozen=True, slots=True)
class Model:
    bias: float
    words: Mapping[str, float]
    signals: Mapping[str, float]
    meta: Mapping[str, object] = field(default_factory=dict)

    def log_odds(self, words: set[str], signals: Iterable[tuple[str, float]]) -> float:
        """The model's log-odds for a text's word features and signal features."""
        total = sum(map(self.words.get, words, repeat(0.0))) * word_weight(len(words))
        evidence = sum(self.signals.get(name, 0.0) * value for name, value in signals)
        return self.bias + total + evidence

    def strongest(self, words: set[str], shown: int = TERMS_SHOWN) -> list[tuple[str, float]]:
        """The word features with the largest contributions, largest first."""
        scale = word_weight(len(words))
        weights = self.words
        weighed = [(word, weights[word] * scale) for word in words if word in weights]
        weighed.sort(key=lambda pair: -abs(pair[1]))
        return weighed[:shown]

    def as_json(self) -> dict[str, object]:
        return {
            "format": FORMAT,
            "bias": self.bias,
            "signals": dict(self.signals),
            "meta": dict(self.meta),
            "words": dict(self.words),
        }


def load(path: Path | None = None) -> Model:
    """The model in ``path``, or the one shipped with the package."""
    try:
        raw = (
            path.read_text(encoding="utf-8")
            if path is not None
            else files("haven.detection").joinpath(MODEL_FILE).read_text(encoding="utf-8")
        )
        data = json.loads(raw)
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ModelError(f"the detector's model cannot be read ({exc.__class__.__name__})") from exc
    return from_json(data)


def from_json(data: object) -> Model:
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise ModelError("not a detector model of format 1")
    words, signals, bias = data.get("words"), data.get("signals"), data.get("bias")
    if not isinstance(words, dict) or not isinstance(signals, dict):
        raise ModelError("a detector model needs word and signal weights")
    if not isinstance(bias, int | float):
        raise ModelError("a detector model needs a bias")
    if not all(isinstance(w, int | float) for w in (*words.values(), *signals.values())):
        raise ModelError("every weight of a detector model is a number")
    meta = data.get("meta")
    return Model(float(bias), words, signals, meta if isinstance(meta, dict) else {})


@cache
def shipped() -> Model:
    return load()


class Explanation:
    """The words of one verdict, to be found in its text when the verdict is shown."""

    __slots__ = ("_found", "model", "normalised", "words")

    def __init__(self, model: Model, normalised: Normalised, words: set[str] | None = None) -> None:
        """``words`` are the text's word features, or None for all of those of
        ``normalised.text``, written out only if the terms are asked for."""
        self.model, self.normalised, self.words = model, normalised, words
        self._found: tuple[Term, ...] | None = None

    def terms(self) -> tuple[Term, ...]:
        if self._found is None:
            if self.words is None:
                self.words = word_features(self.normalised.text)
            self._found = terms(self.model, self.normalised, self.words)
        return self._found


def terms(model: Model, normalised: Normalised, words: set[str]) -> tuple[Term, ...]:
    """The strongest word features, each found in the text and mapped back to the original."""
    found = []
    text = normalised.text
    for feature, weight in model.strongest(words):
        span = locate(text, feature)
        if span is None:
            continue
        start, end = normalised.original_span(*span)
        found.append(Term(start, end, normalised.original[start:end], weight))
    return tuple(found)


def locate(text: str, feature: str) -> tuple[int, int] | None:
    """Where a word feature occurs in normalised ``text``, or None."""
    kind, body = feature[0], feature[1:]
    if kind == "c":
        at = text.find(body)
        return (at, at + len(body)) if at >= 0 else None
    if kind == "b":
        first, second = body.split(" ", 1)
        pattern = rf"(?<!\w){re.escape(first)}\W+{re.escape(second)}(?!\w)"
    elif kind == "p":
        pattern = rf"(?<!\w){re.escape(body)}\w*"
    else:
        pattern = rf"(?<!\w){re.escape(body)}(?!\w)"
    match = re.search(pattern, text)
    return match.span() if match else None
