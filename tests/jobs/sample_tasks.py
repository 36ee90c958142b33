"""Tasks for the jobs tests. Worker subprocesses import them by path (PYTHONPATH has the repo)."""

from __future__ import annotations

import time
from pathlib import Path

from django.conf import settings
from django.db import OperationalError

from haven.core.errors import PermanentError, RetryableError
from haven.jobs.durable import durable_task

# Stands for content an arbitrary exception could carry; it must never be stored or logged.
CANARY = "CANARY-7f3a9 victim@example.org wrote something private"


@durable_task()
def double(value: int) -> int:
    return value * 2


@durable_task()
def fail_retryable() -> None:
    raise RetryableError()


@durable_task()
def fail_permanently(case_id: str) -> None:
    raise PermanentError(code="test_permanent")


@durable_task()
def fail_with_content(case_id: str) -> None:
    raise RuntimeError(CANARY)


@durable_task()
def fail_on_database() -> None:
    raise OperationalError(CANARY)


@durable_task()
def fail_chained() -> None:
    try:
        raise ValueError(CANARY)
    except ValueError as exc:
        raise RetryableError() from exc


@durable_task()
def interrupted() -> None:
    raise SystemExit(1)


def markers() -> Path:
    path = Path(settings.HAVEN_DATA_DIR) / "markers"
    path.mkdir(exist_ok=True)
    return path


@durable_task()
def block_until_released(name: str) -> None:
    """Note the start, wait for ``<name>.release``, then note the finish: a crash test's victim."""
    with (markers() / f"{name}.started").open("a") as started:
        started.write("started\n")
    deadline = time.monotonic() + 60
    while not (markers() / f"{name}.release").exists():
        if time.monotonic() > deadline:
            raise RetryableError()
        time.sleep(0.05)
    with (markers() / f"{name}.done").open("a") as done:
        done.write("done\n")


@durable_task()
def sleep_then_note(name: str, seconds: float) -> None:
    """Run for ``seconds`` (longer than the lease, in the lease tests), noting each run."""
    with (markers() / f"{name}.started").open("a") as started:
        started.write("started\n")
    time.sleep(seconds)
    with (markers() / f"{name}.done").open("a") as done:
        done.write("done\n")


@durable_task()
def note_tick() -> None:
    with (markers() / "tick").open("a") as ticks:
        ticks.write("tick\n")
