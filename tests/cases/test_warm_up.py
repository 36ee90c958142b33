"""The web process loads the detector as it starts, not on its first report."""

from __future__ import annotations

import importlib
import sys


def test_the_wsgi_application_warms_the_detector_up(monkeypatch):
    from haven.cases import screening

    calls: list[str] = []
    monkeypatch.setattr(screening, "warm_up", lambda: calls.append("warm"))
    sys.modules.pop("haven.wsgi", None)
    importlib.import_module("haven.wsgi")
    assert calls == ["warm"]


def test_warm_up_really_runs_the_detector(monkeypatch):
    from haven.cases import screening

    seen: list[str] = []
    real = screening.detect
    monkeypatch.setattr(screening, "detect", lambda text: seen.append(text) or real(text))
    screening.warm_up()
    assert seen
