"""The background worker: django-tasks-db's Worker, plus leases, orphan recovery and a heartbeat.

The Worker loop is django-tasks-db's own; ``LeasedWorker`` takes a lease on each
run it starts and gives it up when the run ends. Beside it a maintenance thread,
every ``maintenance_interval()`` seconds, renews the lease of the run in hand (so
a run longer than the lease is not taken for an orphan), puts back runs whose
lease ran out (their worker died), queues the periodic jobs that are due
(``haven.jobs.periodic``) and records this worker as alive (the failed-jobs page
shows when it was last seen).
"""

from __future__ import annotations

import logging
import threading
from datetime import datetime, timedelta
from typing import Any

from django.conf import settings
from django.db import connections
from django.utils import timezone
from django.utils.crypto import get_random_string
from django_tasks_db.management.commands.db_worker import Worker
from django_tasks_db.models import DBTaskResult

from haven.jobs.api import DEFAULT_TASK_BACKEND_ALIAS
from haven.jobs.dbqueue import end_lease, renew_lease, requeue_orphans, take_lease
from haven.jobs.models import WorkerHeartbeat
from haven.jobs.periodic import queue_due

logger = logging.getLogger(__name__)

HEARTBEAT_KEEP = timedelta(days=7)


def maintenance_interval(lease_seconds: float) -> float:
    # Four renewals per lease: one or two slow ones do not lose it.
    return min(60.0, max(0.1, lease_seconds / 4))


def record_heartbeat(worker_id: str, started_at: datetime) -> None:
    now = timezone.now()
    WorkerHeartbeat.objects.update_or_create(
        worker_id=worker_id, defaults={"started_at": started_at, "last_seen_at": now}
    )
    WorkerHeartbeat.objects.filter(last_seen_at__lt=now - HEARTBEAT_KEEP).delete()


class LeasedWorker(Worker):
    """django-tasks-db's Worker, holding a lease on the run it executes."""

    def __init__(self, *, lease_seconds: float, **options: Any) -> None:
        super().__init__(**options)
        self.lease_seconds = lease_seconds
        self.current_run: str | None = None  # read by the maintenance thread

    def run_task(self, db_task_result: DBTaskResult[Any, Any]) -> None:
        result_id = str(db_task_result.id)
        take_lease(result_id, self.worker_id, self.lease_seconds)
        self.current_run = result_id
        try:
            super().run_task(db_task_result)
        finally:
            self.current_run = None
            try:
                end_lease(result_id, self.worker_id)
            except Exception as exc:  # noqa: BLE001 - the lease runs out by itself
                logger.warning("Task id=%s: lease not ended (%s)", result_id, type(exc).__name__)


class Maintenance(threading.Thread):
    def __init__(self, worker: LeasedWorker) -> None:
        super().__init__(name="haven-worker-maintenance", daemon=True)
        self.worker = worker
        self.started_at = timezone.now()
        self.stopping = threading.Event()

    def run(self) -> None:
        while not self.stopping.wait(maintenance_interval(self.worker.lease_seconds)):
            self.tick()

    def tick(self) -> None:
        worker_id, lease = self.worker.worker_id, self.worker.lease_seconds
        try:
            self.renew()
            # Never our own run: this worker knows it is alive.
            requeue_orphans(lease, keep_worker_ids={worker_id})
            queue_due()
            record_heartbeat(worker_id, self.started_at)
        except Exception as exc:  # noqa: BLE001 - keep the thread alive; try again next tick
            logger.warning("Worker maintenance failed (%s)", type(exc).__name__)
        finally:
            connections.close_all()  # this thread's connections only

    def renew(self) -> None:
        run = self.worker.current_run
        if run is None or renew_lease(run, self.worker.worker_id, self.worker.lease_seconds):
            return
        if self.worker.current_run == run:  # not merely finished in between
            logger.warning("Task id=%s: lease lost; another worker may run it again", run)

    def stop(self) -> None:
        self.stopping.set()
        self.join(timeout=5)


def run_worker(
    *,
    queue_names: list[str],
    interval: float = 1.0,
    batch: bool = False,
    max_tasks: int | None = None,
    handle_signals: bool = True,
) -> None:
    """Run tasks until stopped (SIGTERM or SIGINT finish the current task first)."""
    lease = float(settings.HAVEN_TASK_LEASE_SECONDS)
    requeue_orphans(lease)
    queue_due()  # so a 'haven worker --batch' from cron runs them too
    # The match index lives in the worker's memory: read it again from the banks.
    from haven.matching import live

    live.rebuild()
    worker = LeasedWorker(
        lease_seconds=lease,
        queue_names=queue_names,
        interval=interval,
        batch=batch,
        backend_name=DEFAULT_TASK_BACKEND_ALIAS,
        startup_delay=not batch,
        max_tasks=max_tasks,
        worker_id=get_random_string(32),
        excluded_queue_names=[],
    )
    maintenance = Maintenance(worker)
    record_heartbeat(worker.worker_id, maintenance.started_at)
    maintenance.start()
    if handle_signals:
        worker.configure_signals()
    try:
        worker.run()
    finally:
        maintenance.stop()
        if handle_signals:
            worker.reset_signals()
