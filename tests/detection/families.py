"""What the phrasing-family test files share: the signal each family must
produce, and whole texts that must be read one way or the other."""

from __future__ import annotations

from typing import Any

import pytest

from haven.detection import Label, SignalType, detect


def signal_cases(families: dict[str, list[tuple[str, str, SignalType]]]) -> list[Any]:
    """``(lang, text, kind)`` parameters, each named by its family."""
    return [
        pytest.param(lang, text, kind, id=f"{family}-{lang}-{index}")
        for family, cases in families.items()
        for index, (lang, text, kind) in enumerate(cases)
    ]


def assert_signal(lang: str, text: str, kind: SignalType) -> None:
    found = detect(text, lang=lang).signal_types
    assert kind in found, (text, sorted(found))


def assert_read_as(label: Label, text: str, lang: str | None = None) -> None:
    result = detect(text, lang=lang)
    assert result.label is label, (text, result.score, sorted(result.signal_types))
