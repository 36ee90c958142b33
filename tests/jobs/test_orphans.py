from __future__ import annotations

from datetime import timedelta

import pytest
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from haven.jobs.api import TaskResultStatus
from haven.jobs.dbqueue import requeue_orphans
from haven.jobs.models import FailedJob, WorkerHeartbeat
from haven.jobs.worker import Maintenance
from tests.jobs import sample_tasks
from tests.jobs.workers import batch_worker

# Transactional: the worker manages its own connections and transactions, as in production.
pytestmark = pytest.mark.django_db(transaction=True)


def _running(*, started_ago: float, worker_ids: list[str]) -> str:
    result = sample_tasks.double.enqueue(1)
    DBTaskResult.objects.filter(id=result.id).update(
        status=TaskResultStatus.RUNNING,
        started_at=timezone.now() - timedelta(seconds=started_ago),
        worker_ids=worker_ids,
    )
    return str(result.id)


def test_runs_older_than_the_lease_go_back_to_the_queue():
    orphan = _running(started_ago=1000, worker_ids=["dead"])
    fresh = _running(started_ago=10, worker_ids=["busy"])
    ours = _running(started_ago=1000, worker_ids=["dead", "me"])

    assert requeue_orphans(900, keep_worker_ids={"me"}) == [orphan]

    statuses = dict(DBTaskResult.objects.values_list("id", "status"))
    assert {str(key): value for key, value in statuses.items()} == {
        orphan: TaskResultStatus.READY,
        fresh: TaskResultStatus.RUNNING,
        ours: TaskResultStatus.RUNNING,
    }
    assert requeue_orphans(900, keep_worker_ids={"me"}) == []


def test_a_requeued_orphan_runs_once_more_and_counts_as_an_attempt(run_batch, caplog):
    orphan = _running(started_ago=1000, worker_ids=["dead"])
    run_batch()  # the worker sweeps orphans as it starts
    row = DBTaskResult.objects.get(id=orphan)
    assert row.status == TaskResultStatus.SUCCESSFUL
    assert row.return_value == 2
    assert len(row.worker_ids) == 2
    assert f"Requeued orphaned task id={orphan}" in caplog.text


def test_a_task_that_keeps_losing_its_worker_is_given_up(run_batch, settings):
    settings.HAVEN_TASK_MAX_ATTEMPTS = 3
    orphan = _running(started_ago=1000, worker_ids=["dead-1", "dead-2", "dead-3"])
    run_batch()
    row = DBTaskResult.objects.get(id=orphan)
    assert row.status == TaskResultStatus.FAILED
    assert row.return_value is None  # not run a fourth time
    job = FailedJob.objects.get()
    assert (job.error_code, job.attempts) == ("worker_lost", 3)


def test_maintenance_sweeps_and_records_the_heartbeat():
    orphan = _running(started_ago=1000, worker_ids=["dead"])
    worker = batch_worker()
    maintenance = Maintenance(worker)
    maintenance.tick()
    assert DBTaskResult.objects.get(id=orphan).status == TaskResultStatus.READY
    beat = WorkerHeartbeat.objects.get()
    assert beat.worker_id == "worker-a"
    assert timezone.now() - beat.last_seen_at < timedelta(seconds=5)
