"""What Haven does to django-tasks-db's queue table directly.

Every write here is a conditional update, so two workers (or a worker and the
orphan sweep) never both win the same row.
"""

from __future__ import annotations

import logging
from collections.abc import Collection
from dataclasses import dataclass
from datetime import datetime, timedelta

from django.db.models import Min
from django.utils import timezone
from django_tasks_db.backend import DatabaseBackend
from django_tasks_db.models import DBTaskResult

from haven.jobs.api import DEFAULT_TASK_BACKEND_ALIAS, TaskResultStatus, task_backends

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


def requeue_orphans(lease_seconds: float, *, keep_worker_ids: Collection[str] = ()) -> list[str]:
    """Put back to READY every run left RUNNING longer than the lease; return their ids.

    django-tasks-db never gives back a run whose worker died (killed, out of memory,
    power cut). A run older than the lease is taken to be such an orphan, so the lease
    must be longer than any task takes; a run whose latest claim is by a worker in
    ``keep_worker_ids`` (the caller itself) is left alone.
    """
    cutoff = timezone.now() - timedelta(seconds=lease_seconds)
    candidates = DBTaskResult.objects.filter(
        status=TaskResultStatus.RUNNING, started_at__lt=cutoff
    ).values_list("id", "started_at", "worker_ids")
    requeued: list[str] = []
    for result_id, started_at, worker_ids in candidates:
        if worker_ids and worker_ids[-1] in keep_worker_ids:
            continue
        # Only if nobody finished or re-claimed it since we looked.
        updated = DBTaskResult.objects.filter(
            id=result_id, status=TaskResultStatus.RUNNING, started_at=started_at
        ).update(status=TaskResultStatus.READY)
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
