from __future__ import annotations

import time

import pytest
from django_otp.plugins.otp_totp import models as totp_models

from tests.accounts.helpers import TotpClock


@pytest.fixture
def totp_clock(monkeypatch: pytest.MonkeyPatch) -> TotpClock:
    """Freezes django-otp's TOTP clock in the middle of a 30-second step (no flaky edges)."""
    clock = TotpClock(now=(int(time.time()) // 30) * 30 + 15)
    monkeypatch.setattr(totp_models, "time", clock)
    return clock
