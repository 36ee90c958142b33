"""Periodic jobs: queued once per interval, by one worker of many, and run by the worker."""

from __future__ import annotations

import threading
from datetime import timedelta

import pytest
from django.db import connections
from django_tasks_db.models import DBTaskResult

from haven.jobs import periodic
from haven.jobs.api import TaskResultStatus
from haven.jobs.models import PeriodicSchedule
from haven.jobs.worker import Maintenance
from tests.jobs import sample_tasks
from tests.jobs.workers import batch_worker

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def every_minute() -> None:
    periodic.every("tests.double", lambda: 60.0, sample_tasks.double.using())


def _queued() -> int:
    return DBTaskResult.objects.filter(task_path__endswith=".double").count()


def test_a_periodic_job_is_queued_once_per_interval(every_minute):
    assert periodic.queue_due() == ["tests.double"]
    assert periodic.queue_due() == []
    assert _queued() == 1

    schedule = PeriodicSchedule.objects.get(name="tests.double")
    PeriodicSchedule.objects.filter(pk=schedule.pk).update(
        next_at=schedule.next_at - timedelta(seconds=61)
    )
    assert periodic.queue_due() == ["tests.double"]
    assert _queued() == 2


@pytest.mark.postgres  # SQLite's in-memory test database locks tables instead of waiting
def test_of_several_workers_one_queues_it(every_minute):
    barrier = threading.Barrier(4)
    names: list[list[str]] = []

    def worker() -> None:
        try:
            barrier.wait()
            names.append(periodic.queue_due())
        finally:
            connections.close_all()

    threads = [threading.Thread(target=worker) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(len(found) for found in names) == [0, 0, 0, 1]
    assert _queued() == 1


def test_the_worker_queues_and_runs_what_is_due():
    periodic.every("tests.tick", lambda: 60.0, sample_tasks.note_tick.using())
    worker = batch_worker()
    Maintenance(worker).tick()
    worker.run()
    row = DBTaskResult.objects.get(task_path__endswith=".note_tick")
    assert row.status == TaskResultStatus.SUCCESSFUL
