"""What the worker knows about one attempt of a durable task (used by durable and outcomes).

Plain data with no models, so a task module can import it before Django is set up.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from haven.jobs.api import Task

# The reserved keyword argument that carries the attempt number between queue entries.
RETRY_KWARG = "_haven_retry"


@dataclass(frozen=True)
class RetryState:
    attempt: int = 1
    origin: str = ""  # the task result id of the first attempt
    first_failed_at: str = ""  # ISO 8601

    @classmethod
    def pop_from(cls, kwargs: dict[str, Any]) -> RetryState:
        raw = kwargs.pop(RETRY_KWARG, None)
        if not isinstance(raw, Mapping):
            return cls()
        try:
            attempt = max(1, int(raw.get("attempt", 1)))
        except (TypeError, ValueError):
            attempt = 1
        return cls(attempt, str(raw.get("origin", "")), str(raw.get("first_failed_at", "")))

    def as_json(self) -> dict[str, Any]:
        return {
            "attempt": self.attempt,
            "origin": self.origin,
            "first_failed_at": self.first_failed_at,
        }


@dataclass(frozen=True)
class Run:
    """One attempt of a durable task, as the worker handed it over."""

    task: Task[Any, Any]
    result_id: str
    started_at: datetime | None
    args: list[Any]
    kwargs: dict[str, Any]
    state: RetryState
    attempt: int

    @property
    def task_path(self) -> str:
        return self.task.module_path
