"""Quiet hours: until when a delivery waits. A critical case never waits."""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from haven.cases.models import Priority


def zone(name: str) -> ZoneInfo:
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return ZoneInfo("UTC")


def held_until(
    start: time | None, end: time | None, zone_name: str, priority: int, now: datetime
) -> datetime | None:
    """The end of the quiet hours ``now`` falls in (UTC), or None to send at once."""
    if priority >= Priority.CRITICAL or start is None or end is None or start == end:
        return None
    local = now.astimezone(zone(zone_name))
    at = local.time().replace(tzinfo=None)
    # Quiet hours may run over midnight (22:00 to 07:00).
    inside = start <= at < end if start < end else at >= start or at < end
    if not inside:
        return None
    day = local.date() if at < end else local.date() + timedelta(days=1)
    return datetime.combine(day, end, tzinfo=local.tzinfo).astimezone(UTC)
