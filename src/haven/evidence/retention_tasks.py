"""The periodic job that applies evidence retention (``retention.apply_retention``)."""

from __future__ import annotations

from haven.jobs import periodic
from haven.jobs.durable import durable_task

INTERVAL_SECONDS = 6 * 3600


@durable_task()
def apply_retention() -> int:
    """List what outlived its retention, delete what was listed a week ago; returns how many."""
    from haven.evidence.retention import apply_retention as apply

    run = apply()
    return run.listed + run.deleted


periodic.every("haven.evidence.retention", lambda: INTERVAL_SECONDS, apply_retention)
