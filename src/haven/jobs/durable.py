"""``@durable_task``: Haven's tasks, retried with backoff, their failures kept for a lead.

    @durable_task()
    def scan_media(media_id: int) -> None: ...

    scan_media.enqueue(media.pk)      # after commit, from an action

Arguments are ids and plain JSON values, never content: they sit in the queue in
clear text and are shown to leads when a job fails. Strings longer than
``MAX_ARGUMENT_LENGTH`` are refused, to catch a text passed by mistake. Return
values are stored too: return nothing, or ids.

When the function raises, the run is tried again as a new queue entry (same queue
and priority) after ``HAVEN_TASK_BACKOFF_SECONDS * 2**(attempt - 1)``, capped and
jittered, until ``HAVEN_TASK_MAX_ATTEMPTS``; a ``PermanentError`` stops at once.
The last failure is recorded as a ``FailedJob`` for the failed-jobs page.

Only a ``HavenError``'s code and message (content-free by contract) are kept. Any
other exception could carry content in its text, so it is known by its class
alone: the worker stores and logs a ``JobFailed`` naming the class in its place.

A task can run more than once (a retry after a partial failure, or a run whose
worker died being run again), so every task must be idempotent.
"""

from __future__ import annotations

import inspect
from collections.abc import Callable, Mapping
from dataclasses import replace
from typing import Any, ParamSpec, TypeVar, overload

from haven.jobs.api import (
    DEFAULT_TASK_BACKEND_ALIAS,
    DEFAULT_TASK_PRIORITY,
    DEFAULT_TASK_QUEUE_NAME,
    InvalidTaskError,
    Task,
    TaskContext,
    TaskResult,
)
from haven.jobs.runs import RETRY_KWARG, RetryState, Run

P = ParamSpec("P")
T = TypeVar("T")

MAX_ARGUMENT_LENGTH = 128


def check_arguments(args: tuple[Any, ...] | list[Any], kwargs: Mapping[str, Any]) -> None:
    """Refuse anything but ids and plain JSON values (the value itself is never echoed)."""
    if RETRY_KWARG in kwargs:
        raise InvalidTaskError(f"{RETRY_KWARG} is reserved for Haven's retries.")
    for value in (*args, *kwargs.values()):
        _check_value(value)


def _check_value(value: object) -> None:
    if value is None or isinstance(value, bool | int | float):
        return
    if isinstance(value, str):
        if len(value) > MAX_ARGUMENT_LENGTH:
            raise InvalidTaskError("Task arguments are ids, not text: a string is too long.")
        return
    if isinstance(value, list | tuple):
        for item in value:
            _check_value(item)
        return
    if isinstance(value, Mapping) and all(isinstance(key, str) for key in value):
        for item in value.values():
            _check_value(item)
        return
    raise InvalidTaskError(f"Task arguments are ids and plain values, not {type(value).__name__}.")


class DurableTask(Task[P, T]):
    """A Task made by ``@durable_task``; enqueueing checks the arguments first."""

    def enqueue(self, *args: P.args, **kwargs: P.kwargs) -> TaskResult[T]:
        check_arguments(args, kwargs)
        return super().enqueue(*args, **kwargs)

    async def aenqueue(self, *args: P.args, **kwargs: P.kwargs) -> TaskResult[T]:
        check_arguments(args, kwargs)
        return await super().aenqueue(*args, **kwargs)


def run_attempt(func: Callable[..., T], context: TaskContext, args: Any, kwargs: Any) -> T:
    # Imported here: it needs models, and task modules may be imported early.
    from haven.jobs import outcomes

    state = RetryState.pop_from(kwargs)
    result = context.task_result
    # A run put back by the orphan sweep is claimed again: one worker id per claim.
    attempt = state.attempt + max(0, len(result.worker_ids) - 1)
    run = Run(result.task, result.id, result.started_at, list(args), kwargs, state, attempt)
    if attempt > outcomes.max_attempts():
        # Lost with its worker on every attempt (it may be what kills the worker).
        raise outcomes.settle(replace(run, attempt=attempt - 1), outcomes.WorkerLost())
    try:
        return func(*args, **kwargs)
    except (KeyboardInterrupt, SystemExit) as exc:  # the worker is being stopped
        outcomes.requeue_interrupted(run, type(exc))
        stop: BaseException = type(exc)(*exc.args)
    except Exception as exc:  # noqa: BLE001 - every error is retried or recorded
        stop = outcomes.settle(run, exc)
    # Raised outside the except blocks, so the original exception (and whatever its
    # text says) is not chained into the traceback the worker stores and logs.
    raise stop


def _runner(func: Callable[..., T]) -> Callable[..., T]:
    def run(context: TaskContext, *args: Any, **kwargs: Any) -> T:
        return run_attempt(func, context, args, kwargs)

    # Named as the task function, so the queue stores its import path (which
    # resolves to the Task); no __wrapped__, so the backend sees the 'context' argument.
    run.__module__ = func.__module__
    run.__name__ = func.__name__
    run.__qualname__ = func.__qualname__
    run.__doc__ = func.__doc__
    return run


@overload
def durable_task(function: Callable[P, T], /) -> DurableTask[P, T]: ...


@overload
def durable_task(
    *, priority: int = ..., queue_name: str = ..., backend: str = ...
) -> Callable[[Callable[P, T]], DurableTask[P, T]]: ...


def durable_task(
    function: Callable[P, T] | None = None,
    /,
    *,
    priority: int = DEFAULT_TASK_PRIORITY,
    queue_name: str = DEFAULT_TASK_QUEUE_NAME,
    backend: str = DEFAULT_TASK_BACKEND_ALIAS,
) -> DurableTask[P, T] | Callable[[Callable[P, T]], DurableTask[P, T]]:
    """Make a module-level function a durable task (see the module docstring)."""

    def decorate(func: Callable[P, T]) -> DurableTask[P, T]:
        if inspect.iscoroutinefunction(func):
            raise TypeError("durable_task does not take coroutines.")
        return DurableTask(
            func=_runner(func),
            priority=priority,
            queue_name=queue_name,
            backend=backend,
            takes_context=True,
            run_after=None,
        )

    return decorate(function) if function is not None else decorate
