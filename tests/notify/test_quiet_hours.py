"""Quiet hours hold a message until they end; a critical case is never held."""

from __future__ import annotations

from datetime import UTC, datetime, time

import pytest

from haven.cases.models import Priority
from haven.notify.quiet_hours import held_until

NIGHT = (time(22, 0), time(7, 0))


@pytest.mark.parametrize(
    ("now", "expected"),
    [
        (datetime(2026, 3, 2, 23, 30, tzinfo=UTC), datetime(2026, 3, 3, 7, 0, tzinfo=UTC)),
        (datetime(2026, 3, 3, 3, 0, tzinfo=UTC), datetime(2026, 3, 3, 7, 0, tzinfo=UTC)),
        (datetime(2026, 3, 3, 7, 0, tzinfo=UTC), None),
        (datetime(2026, 3, 3, 12, 0, tzinfo=UTC), None),
        (datetime(2026, 3, 3, 21, 59, tzinfo=UTC), None),
        (datetime(2026, 3, 3, 22, 0, tzinfo=UTC), datetime(2026, 3, 4, 7, 0, tzinfo=UTC)),
    ],
)
def test_overnight_quiet_hours(now, expected):
    assert held_until(*NIGHT, "UTC", Priority.NORMAL, now) == expected


def test_a_critical_case_is_never_held():
    now = datetime(2026, 3, 3, 3, 0, tzinfo=UTC)
    assert held_until(*NIGHT, "UTC", Priority.CRITICAL, now) is None
    assert held_until(*NIGHT, "UTC", Priority.HIGH, now) is not None


def test_daytime_quiet_hours_and_none():
    lunch = (time(12, 0), time(13, 0))
    at = datetime(2026, 3, 3, 12, 30, tzinfo=UTC)
    assert held_until(*lunch, "UTC", Priority.NORMAL, at) == datetime(2026, 3, 3, 13, tzinfo=UTC)
    assert held_until(None, None, "UTC", Priority.NORMAL, at) is None


def test_quiet_hours_are_in_the_members_own_time_zone():
    # 23:30 UTC is 08:30 in Tokyo (after the night) but 18:30 in New York (before it).
    at = datetime(2026, 3, 2, 23, 30, tzinfo=UTC)
    assert held_until(*NIGHT, "Asia/Tokyo", Priority.NORMAL, at) is None
    assert held_until(*NIGHT, "America/New_York", Priority.NORMAL, at) is None
    # 04:00 UTC is 23:00 in New York (quiet until 07:00 there, 12:00 UTC in March: EST).
    late = datetime(2026, 3, 3, 4, 0, tzinfo=UTC)
    assert held_until(*NIGHT, "America/New_York", Priority.NORMAL, late) == datetime(
        2026, 3, 3, 12, 0, tzinfo=UTC
    )
