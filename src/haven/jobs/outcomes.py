"""What happens after a durable task raised: the next attempt, or a FailedJob.

Each outcome is one transaction that also marks the run FAILED, so a worker lost
half-way leaves either both (next attempt queued, run closed) or neither (the
run still RUNNING, to be put back by the orphan sweep). Logs name ids and
exception classes only.
"""

from __future__ import annotations

import logging
import random
from dataclasses import dataclass
from datetime import datetime, timedelta

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from haven.core.errors import HavenError, PermanentError
from haven.jobs import dbqueue
from haven.jobs.models import FailedJob
from haven.jobs.runs import RETRY_KWARG, RetryState, Run

logger = logging.getLogger(__name__)

BACKOFF_CAP_SECONDS = 3600.0


class JobFailed(Exception):
    """Stands in for a task's exception where the worker stores and logs it."""


class WorkerLost(PermanentError):
    """The task's worker stopped before it finished, too many times."""

    code = "worker_lost"


@dataclass(frozen=True)
class ErrorSummary:
    error_class: str
    code: str = ""
    message: str = ""  # a HavenError's message only: content-free by contract

    @classmethod
    def of(cls, exc: BaseException) -> ErrorSummary:
        name = f"{type(exc).__module__}.{type(exc).__qualname__}"
        if isinstance(exc, HavenError):
            return cls(name, exc.code[:64], exc.message[:300])
        return cls(name)

    def __str__(self) -> str:
        return f"{self.error_class} [{self.code}]" if self.code else self.error_class


def max_attempts() -> int:
    return int(settings.HAVEN_TASK_MAX_ATTEMPTS)


def backoff_seconds(attempt: int) -> float:
    """Wait before the attempt after ``attempt``: base * 2**(attempt-1), capped, ±20%."""
    base = float(settings.HAVEN_TASK_BACKOFF_SECONDS)
    delay = min(BACKOFF_CAP_SECONDS, base * 2.0 ** min(attempt - 1, 30))
    # Jitter spreads a burst of failures (a server down) so retries do not stampede.
    return delay * random.uniform(0.8, 1.2)  # noqa: S311 - not a secret


def settle(run: Run, exc: Exception) -> JobFailed:
    """Queue the next attempt or record a FailedJob; return what the worker should raise."""
    error = ErrorSummary.of(exc)
    final = isinstance(exc, PermanentError) or run.attempt >= max_attempts()
    try:
        with transaction.atomic():
            if not _release(run, JobFailed):
                outcome = "left to the worker that took it over"
            elif final:
                outcome = f"recorded as failed job {_record(run, error).pk}"
            else:
                delay = backoff_seconds(run.attempt)
                outcome = f"retry id={_enqueue_next(run, run.attempt + 1, delay)} in {delay:.0f}s"
    except Exception as err:  # noqa: BLE001 - must not let the task's exception through
        logger.error(
            "Task %s id=%s: could not record the outcome of attempt %d (%s)",
            run.task_path,
            run.result_id,
            run.attempt,
            type(err).__name__,
        )
        outcome = "outcome not recorded"
    logger.warning(
        "Task %s id=%s attempt %d of %d failed with %s; %s",
        run.task_path,
        run.result_id,
        run.attempt,
        max_attempts(),
        error,
        outcome,
    )
    return JobFailed(f"{error}; attempt {run.attempt}; {outcome}")


def requeue_interrupted(run: Run, interruption: type[BaseException]) -> None:
    """The worker is stopping mid-task: queue the same attempt again, to run at once."""
    try:
        with transaction.atomic():
            if _release(run, interruption):
                next_id = _enqueue_next(run, run.attempt, 0.0)
                logger.warning(
                    "Task %s id=%s interrupted; requeued as id=%s",
                    run.task_path,
                    run.result_id,
                    next_id,
                )
    except Exception as err:  # noqa: BLE001 - the orphan sweep will put it back
        logger.error(
            "Task %s id=%s interrupted, not requeued (%s)",
            run.task_path,
            run.result_id,
            type(err).__name__,
        )


def _release(run: Run, error_class: type[BaseException]) -> bool:
    if not dbqueue.is_database_backend(run.task.backend):
        return True
    path = f"{error_class.__module__}.{error_class.__qualname__}"
    return dbqueue.release_run(run.result_id, run.started_at, path)


def _enqueue_next(run: Run, attempt: int, delay: float) -> str:
    now = timezone.now()
    task = run.task  # as stored for this run: the same queue, priority and backend
    backend = task.get_backend()
    if backend.supports_defer:
        task = task.using(run_after=now + timedelta(seconds=delay))
    state = RetryState(
        attempt=attempt,
        origin=run.state.origin or run.result_id,
        first_failed_at=run.state.first_failed_at or now.isoformat(),
    )
    # The backend directly: the reserved keyword is refused through Task.enqueue.
    result = backend.enqueue(task, run.args, {**run.kwargs, RETRY_KWARG: state.as_json()})
    return str(result.id)


def _record(run: Run, error: ErrorSummary) -> FailedJob:
    now = timezone.now()
    return FailedJob.objects.create(
        task_path=run.task_path,
        task_result_id=run.result_id,
        origin_result_id=run.state.origin or run.result_id,
        queue_name=run.task.queue_name,
        priority=run.task.priority,
        arguments={"args": run.args, "kwargs": run.kwargs},
        attempts=run.attempt,
        error_class=error.error_class,
        error_code=error.code,
        error_message=error.message,
        first_failed_at=_parse_time(run.state.first_failed_at) or now,
        last_failed_at=now,
    )


def _parse_time(value: str) -> datetime | None:
    try:
        return datetime.fromisoformat(value) if value else None
    except ValueError:
        return None
