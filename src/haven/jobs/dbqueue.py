"""What Haven does to django-tasks-db's queue table directly, and the leases beside it.

Every write here is a conditional update, so two workers (or a worker and the
orphan sweep) never both win the same row. A worker holds a lease on the run it
executes and renews it while the run lasts (``haven.jobs.worker``); the sweep
gives a run back to the queue only once its lease has run out.
"""

from __future__ import annotations

import logging
from collections.abc import Collection
from dataclasses import dataclass
from datetime import datetime, timedelta
from uuid import UUID

from django.db.models import Min
from django.utils import timezone
from django_tasks_db.backend import DatabaseBackend
from django_tasks_db.models import DBTaskResult

from haven.jobs.api import DEFAULT_TASK_BACKEND_ALIAS, TaskResultStatus, task_backends
from haven.jobs.models import RunLease

logger = logging.getLogger(__name__)


def is_database_backend(alias: str = DEFAULT_TASK_BACKEND_ALIAS) -> bool:
    return isinstance(task_backends[alias], DatabaseBackend)


def release_run(result_id: str, started_at: datetime | None, error_class_path: str) -> bool:
    """Mark a run FAILED if it is still the run we started; False if it was taken from us.

    A run is taken from its worker when it outlives the lease: the orphan sweep puts
    it back, and another worker may already have claimed it (a new ``started_at``).
    """
    updated = DBTaskResult.objects.filter(
        id=result_id, status=TaskResultStatus.RUNNING, started_at=started_at
    ).update(
        status=TaskResultStatus.FAILED,
        finished_at=timezone.now(),
        exception_class_path=error_class_path,
        traceback="",
    )
    return updated == 1


def _lease_end(lease_seconds: float) -> datetime:
    return timezone.now() + timedelta(seconds=lease_seconds)


def take_lease(result_id: str, worker_id: str, lease_seconds: float) -> None:
    """Hold the run ``worker_id`` has just claimed (replacing the lease of a lost worker)."""
    RunLease.objects.update_or_create(
        result_id=result_id,
        defaults={"worker_id": worker_id, "lease_until": _lease_end(lease_seconds)},
    )


def renew_lease(result_id: str, worker_id: str, lease_seconds: float) -> bool:
    """Extend the lease if ``worker_id`` still holds it; False if it was lost or ended."""
    held = RunLease.objects.filter(result_id=UUID(result_id), worker_id=worker_id)
    return held.update(lease_until=_lease_end(lease_seconds)) == 1


def end_lease(result_id: str, worker_id: str) -> None:
    RunLease.objects.filter(result_id=UUID(result_id), worker_id=worker_id).delete()


def requeue_orphans(lease_seconds: float, *, keep_worker_ids: Collection[str] = ()) -> list[str]:
    """Put back to READY every run whose lease ran out; return their ids.

    django-tasks-db never gives back a run whose worker died (killed, out of memory,
    power cut). Its worker renews a run's lease while it runs, so a run whose lease
    has expired lost its worker. A run claimed less than ``lease_seconds`` ago counts
    as held, leased or not (its worker may be about to take the lease, or predate
    leases). A run whose latest claim is by a worker in ``keep_worker_ids`` (the
    caller itself) is left alone.
    """
    now = timezone.now()
    live = RunLease.objects.filter(lease_until__gt=now).values("result_id")
    expired = DBTaskResult.objects.filter(
        status=TaskResultStatus.RUNNING, started_at__lt=now - timedelta(seconds=lease_seconds)
    ).exclude(id__in=live)
    requeued: list[str] = []
    for result_id, started_at, worker_ids in expired.values_list("id", "started_at", "worker_ids"):
        if worker_ids and worker_ids[-1] in keep_worker_ids:
            continue
        # Only if nobody finished, re-claimed or renewed it since we looked.
        updated = expired.filter(id=result_id, started_at=started_at).update(
            status=TaskResultStatus.READY
        )
        if updated:
            logger.warning("Requeued orphaned task id=%s (its worker was lost)", result_id)
            requeued.append(str(result_id))
    return requeued


@dataclass(frozen=True)
class QueueFigures:
    ready: int
    running: int
    oldest_ready_at: datetime | None


def queue_figures() -> QueueFigures:
    ready = DBTaskResult.objects.ready()
    return QueueFigures(
        ready=ready.count(),
        running=DBTaskResult.objects.running().count(),
        oldest_ready_at=ready.aggregate(oldest=Min("enqueued_at"))["oldest"],
    )
