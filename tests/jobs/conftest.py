from __future__ import annotations

from collections.abc import Callable

import pytest

from haven.jobs.worker import run_worker


@pytest.fixture
def run_batch(transactional_db: None) -> Callable[..., None]:
    """Run the real worker in this process until no task is ready (or ``max_tasks``)."""

    def run(max_tasks: int | None = None) -> None:
        run_worker(queue_names=["*"], batch=True, max_tasks=max_tasks, handle_signals=False)

    return run


@pytest.fixture(autouse=True)
def _no_periodic_jobs(monkeypatch: pytest.MonkeyPatch) -> None:
    """Workers here run only the tests' own jobs (a checkpoint would land in the data dir)."""
    from haven.jobs import periodic

    monkeypatch.setattr(periodic, "_REGISTRY", {})
