"""A worker built in the test's own process, for tests that drive its maintenance by hand."""

from __future__ import annotations

from haven.jobs.worker import LeasedWorker


def batch_worker(worker_id: str = "worker-a") -> LeasedWorker:
    """A batch worker on every queue, with the default lease and no start-up delay."""
    return LeasedWorker(
        lease_seconds=900,
        queue_names=["*"],
        interval=0,
        batch=True,
        backend_name="default",
        startup_delay=False,
        max_tasks=None,
        worker_id=worker_id,
        excluded_queue_names=[],
    )
