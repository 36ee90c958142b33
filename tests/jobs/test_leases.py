"""A running job keeps its lease; a job whose worker died runs again once the lease is out."""

from __future__ import annotations

import threading
import time
import uuid
from datetime import timedelta

import pytest
from django.db import connections
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from haven.jobs.api import TaskResultStatus
from haven.jobs.dbqueue import requeue_orphans, take_lease
from haven.jobs.models import RunLease
from haven.jobs.worker import Maintenance, run_worker
from tests.jobs import sample_tasks

pytestmark = pytest.mark.django_db(transaction=True)

LEASE = 1.0


@pytest.fixture
def short_lease(settings):
    settings.HAVEN_TASK_LEASE_SECONDS = LEASE


def _running(*, started_ago: float, worker: str) -> str:
    result = sample_tasks.double.enqueue(1)
    DBTaskResult.objects.filter(id=result.id).update(
        status=TaskResultStatus.RUNNING,
        started_at=timezone.now() - timedelta(seconds=started_ago),
        worker_ids=[worker],
    )
    return str(result.id)


def test_the_sweep_takes_only_runs_whose_lease_ran_out():
    renewed = _running(started_ago=1000, worker="busy")
    take_lease(renewed, "busy", 900)
    lapsed = _running(started_ago=1000, worker="dead")
    take_lease(lapsed, "dead", 900)
    RunLease.objects.filter(result_id=lapsed).update(lease_until=timezone.now())
    unleased = _running(started_ago=1000, worker="old")
    just_claimed = _running(started_ago=1, worker="starting")

    assert sorted(requeue_orphans(900)) == sorted([lapsed, unleased])
    assert DBTaskResult.objects.get(id=renewed).status == TaskResultStatus.RUNNING
    assert DBTaskResult.objects.get(id=just_claimed).status == TaskResultStatus.RUNNING


def _another_worker_while(busy: threading.Thread) -> list[str]:
    """Sweep as another worker would until ``busy`` ends, running at once what it takes."""
    taken: list[str] = []
    while busy.is_alive():
        swept = requeue_orphans(LEASE, keep_worker_ids={"another-worker"})
        if swept:
            run_worker(queue_names=["*"], batch=True, handle_signals=False)
        taken += swept
        time.sleep(0.1)
    return taken


def _one_task_in_a_thread() -> None:
    try:
        run_worker(queue_names=["*"], batch=True, max_tasks=1, handle_signals=False)
    finally:
        connections.close_all()  # this thread's: the test database is dropped at the end


def _run_alongside_a_sweep(name: str, seconds: float) -> tuple[str, list[str]]:
    result_id = str(sample_tasks.sleep_then_note.enqueue(name, seconds).id)
    worker = threading.Thread(target=_one_task_in_a_thread)
    worker.start()
    taken = _another_worker_while(worker)
    worker.join()
    return result_id, taken


def _runs(name: str) -> tuple[int, int]:
    """How often the job named ``name`` started and finished."""
    markers = sample_tasks.markers()
    started, done = (
        len((markers / f"{name}.{what}").read_text().splitlines()) for what in ("started", "done")
    )
    return started, done


def test_a_job_that_runs_longer_than_its_lease_runs_once(short_lease):
    name = uuid.uuid4().hex
    result_id, taken = _run_alongside_a_sweep(name, seconds=4 * LEASE)

    assert taken == []
    assert _runs(name) == (1, 1)
    row = DBTaskResult.objects.get(id=result_id)
    assert row.status == TaskResultStatus.SUCCESSFUL
    assert len(row.worker_ids) == 1
    assert not RunLease.objects.exists()  # given up when the run ended


def test_without_renewals_the_same_job_would_run_twice(short_lease, monkeypatch):
    # The control for the test above: what happened before leases were renewed.
    monkeypatch.setattr(Maintenance, "renew", lambda self: None)
    name = uuid.uuid4().hex
    result_id, taken = _run_alongside_a_sweep(name, seconds=4 * LEASE)

    assert taken == [result_id]
    assert _runs(name) == (2, 2)


def test_a_job_whose_worker_died_runs_again_after_the_lease(short_lease):
    orphan = _running(started_ago=10, worker="dead")
    take_lease(orphan, "dead", LEASE)  # its last renewal, just before it died

    run_worker(queue_names=["*"], batch=True, handle_signals=False)
    assert DBTaskResult.objects.get(id=orphan).status == TaskResultStatus.RUNNING  # still held

    time.sleep(LEASE + 0.2)
    run_worker(queue_names=["*"], batch=True, handle_signals=False)
    row = DBTaskResult.objects.get(id=orphan)
    assert row.status == TaskResultStatus.SUCCESSFUL
    assert row.return_value == 2
    assert row.worker_ids[0] == "dead"
    assert len(row.worker_ids) == 2
