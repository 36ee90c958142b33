"""Jobs that run every so often: registered here, queued by whichever worker sees them due.

    periodic.every("checkpoint", lambda: settings.HAVEN_CHECKPOINT_SECONDS, write_checkpoint)

Each worker's maintenance thread calls ``queue_due()``. The schedule row is moved
on with a conditional update in the same transaction that queues the job, so of
several workers exactly one queues each run, and a crash loses neither. A job
that is late (no worker was running) runs once, not once per missed interval.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

from django.db import transaction
from django.utils import timezone

from haven.jobs.api import Task
from haven.jobs.models import PeriodicSchedule


@dataclass(frozen=True)
class Periodic:
    name: str
    interval_seconds: Callable[[], float]  # read each time, so settings can change in tests
    task: Task[[], Any]


_REGISTRY: dict[str, Periodic] = {}


def every(name: str, interval_seconds: Callable[[], float], task: Task[[], Any]) -> None:
    """Run ``task`` (which takes no arguments) every ``interval_seconds()``."""
    _REGISTRY[name] = Periodic(name, interval_seconds, task)


def registered() -> list[Periodic]:
    return list(_REGISTRY.values())


def queue_due() -> list[str]:
    """Queue every periodic job that is due; return their names."""
    return [job.name for job in registered() if _queue_if_due(job)]


def _queue_if_due(job: Periodic) -> bool:
    now = timezone.now()
    PeriodicSchedule.objects.get_or_create(name=job.name, defaults={"next_at": now})
    with transaction.atomic():
        claimed = PeriodicSchedule.objects.filter(name=job.name, next_at__lte=now).update(
            next_at=now + timedelta(seconds=job.interval_seconds())
        )
        if claimed:
            job.task.enqueue()
    return bool(claimed)
