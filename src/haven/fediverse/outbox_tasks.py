"""The outbox's tasks: carry out one action; release the actions whose time has come."""

from __future__ import annotations

from haven.fediverse import outbox
from haven.jobs import periodic
from haven.jobs.durable import durable_task

RELEASE_INTERVAL_SECONDS = 60


@durable_task()
def execute_action(action_id: str) -> str:
    """Carry out the action; a server that fails is tried again (durable_task's backoff)."""
    return outbox.execute(action_id).value


@durable_task()
def release_due_actions() -> int:
    return len(outbox.release_due())


periodic.every(
    "haven.fediverse.outbox_release", lambda: RELEASE_INTERVAL_SECONDS, release_due_actions
)
