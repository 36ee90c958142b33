"""The background worker: django-tasks-db's Worker, plus orphan recovery and a heartbeat.

The Worker loop is django-tasks-db's own. Beside it a maintenance thread, every
``maintenance_interval()`` seconds, puts back runs orphaned by a dead worker and
records this worker as alive (the failed-jobs page shows when it was last seen).
"""

from __future__ import annotations

import logging
import threading
from datetime import datetime, timedelta

from django.conf import settings
from django.db import connections
from django.utils import timezone
from django.utils.crypto import get_random_string
from django_tasks_db.management.commands.db_worker import Worker

from haven.jobs.api import DEFAULT_TASK_BACKEND_ALIAS
from haven.jobs.dbqueue import requeue_orphans
from haven.jobs.models import WorkerHeartbeat

logger = logging.getLogger(__name__)

HEARTBEAT_KEEP = timedelta(days=7)


def maintenance_interval(lease_seconds: float) -> float:
    return min(60.0, max(1.0, lease_seconds / 4))


def record_heartbeat(worker_id: str, started_at: datetime) -> None:
    now = timezone.now()
    WorkerHeartbeat.objects.update_or_create(
        worker_id=worker_id, defaults={"started_at": started_at, "last_seen_at": now}
    )
    WorkerHeartbeat.objects.filter(last_seen_at__lt=now - HEARTBEAT_KEEP).delete()


class Maintenance(threading.Thread):
    def __init__(self, worker_id: str, lease_seconds: float) -> None:
        super().__init__(name="haven-worker-maintenance", daemon=True)
        self.worker_id = worker_id
        self.lease_seconds = lease_seconds
        self.started_at = timezone.now()
        self.stopping = threading.Event()

    def run(self) -> None:
        while not self.stopping.wait(maintenance_interval(self.lease_seconds)):
            self.tick()

    def tick(self) -> None:
        try:
            # Never our own run: this worker knows it is alive.
            requeue_orphans(self.lease_seconds, keep_worker_ids={self.worker_id})
            record_heartbeat(self.worker_id, self.started_at)
        except Exception as exc:  # noqa: BLE001 - keep the thread alive; try again next tick
            logger.warning("Worker maintenance failed (%s)", type(exc).__name__)
        finally:
            connections.close_all()  # this thread's connections only

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
    worker = Worker(
        queue_names=queue_names,
        interval=interval,
        batch=batch,
        backend_name=DEFAULT_TASK_BACKEND_ALIAS,
        startup_delay=not batch,
        max_tasks=max_tasks,
        worker_id=get_random_string(32),
        excluded_queue_names=[],
    )
    maintenance = Maintenance(worker.worker_id, lease)
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
