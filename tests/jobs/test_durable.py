from __future__ import annotations

import logging
from datetime import timedelta

import pytest
from django.core import serializers
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from haven.jobs.api import InvalidTaskError, TaskResultStatus
from haven.jobs.models import FailedJob
from haven.jobs.outcomes import backoff_seconds
from haven.jobs.runs import RETRY_KWARG
from tests.jobs import sample_tasks

# Transactional: the worker manages its own connections and transactions, as in production.
pytestmark = pytest.mark.django_db(transaction=True)


def _row(result_id: str) -> DBTaskResult:
    return DBTaskResult.objects.get(id=result_id)


def test_a_task_runs_and_returns(run_batch):
    result = sample_tasks.double.enqueue(21)
    run_batch()
    row = _row(result.id)
    assert row.status == TaskResultStatus.SUCCESSFUL
    assert row.return_value == 42


def test_a_failure_is_retried_later_on_the_same_queue_and_priority(run_batch, settings):
    settings.TASKS = {
        "default": {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": ["default", "slow"]}
    }
    settings.HAVEN_TASK_BACKOFF_SECONDS = 30
    result = sample_tasks.fail_retryable.using(queue_name="slow", priority=7).enqueue()
    before = timezone.now()
    run_batch()

    assert _row(result.id).status == TaskResultStatus.FAILED
    assert _row(result.id).exception_class_path == "haven.jobs.outcomes.JobFailed"
    retry = DBTaskResult.objects.exclude(id=result.id).get()
    assert retry.status == TaskResultStatus.READY
    assert (
        before + timedelta(seconds=24) <= retry.run_after <= timezone.now() + timedelta(seconds=36)
    )
    assert (retry.queue_name, retry.priority) == ("slow", 7)
    assert retry.task_path == "tests.jobs.sample_tasks.fail_retryable"
    state = retry.args_kwargs["kwargs"][RETRY_KWARG]
    assert state["attempt"] == 2
    assert state["origin"] == str(result.id)
    assert not FailedJob.objects.exists()


@pytest.mark.parametrize("attempt", [1, 2, 3, 4, 5, 20])
def test_backoff_doubles_with_jitter_and_a_cap(settings, attempt):
    settings.HAVEN_TASK_BACKOFF_SECONDS = 30
    expected = min(3600, 30 * 2 ** (attempt - 1))
    for _ in range(50):
        assert 0.8 * expected <= backoff_seconds(attempt) <= 1.2 * expected


def test_a_permanent_error_is_recorded_at_once(run_batch):
    result = sample_tasks.fail_permanently.enqueue("case-1")
    run_batch()
    job = FailedJob.objects.get()
    assert job.task_path == "tests.jobs.sample_tasks.fail_permanently"
    assert job.task_result_id == job.origin_result_id == str(result.id)
    assert job.attempts == 1
    assert job.error_class == "haven.core.errors.PermanentError"
    assert job.error_code == "test_permanent"
    assert job.error_message == "A failure that retrying will not fix."
    assert job.arguments == {"args": ["case-1"], "kwargs": {}}
    assert not job.resolved
    assert not DBTaskResult.objects.filter(status=TaskResultStatus.READY).exists()


def test_the_last_attempt_is_recorded(run_batch, settings):
    settings.HAVEN_TASK_MAX_ATTEMPTS = 3
    settings.HAVEN_TASK_BACKOFF_SECONDS = 0
    first = sample_tasks.fail_retryable.enqueue()
    run_batch()

    rows = list(DBTaskResult.objects.order_by("enqueued_at"))
    assert [row.status for row in rows] == [TaskResultStatus.FAILED] * 3
    job = FailedJob.objects.get()
    assert job.attempts == 3
    assert job.origin_result_id == str(first.id)
    assert job.task_result_id == str(rows[-1].id)
    assert job.error_code == "retryable"
    assert job.arguments == {"args": [], "kwargs": {}}  # the attempt counter is not an argument
    assert job.first_failed_at <= job.last_failed_at


@pytest.mark.parametrize(
    ("task", "error_class"),
    [
        (sample_tasks.fail_with_content, "builtins.RuntimeError"),
        (sample_tasks.fail_on_database, "django.db.utils.OperationalError"),
        (sample_tasks.fail_chained, "haven.core.errors.RetryableError"),
    ],
)
def test_an_exceptions_text_is_stored_and_logged_nowhere(
    run_batch, settings, caplog, task, error_class
):
    settings.HAVEN_TASK_MAX_ATTEMPTS = 2
    settings.HAVEN_TASK_BACKOFF_SECONDS = 0
    caplog.set_level(logging.DEBUG)
    args = ("case-1",) if task is sample_tasks.fail_with_content else ()
    task.enqueue(*args)
    run_batch()

    job = FailedJob.objects.get()
    assert job.error_class == error_class
    if error_class.startswith("haven."):  # a HavenError's code and message are content-free
        assert job.error_code == "retryable"
    else:
        assert (job.error_code, job.error_message) == ("", "")
    stored = serializers.serialize("json", [*FailedJob.objects.all(), *DBTaskResult.objects.all()])
    assert "JobFailed" in stored  # the worker's own record is there, sanitised
    assert "CANARY" not in stored
    formatter = logging.Formatter()
    logged = "\n".join(formatter.format(record) for record in caplog.records)
    assert "attempt 2 of 2 failed" in logged
    assert "CANARY" not in logged


def test_a_worker_stopped_mid_task_queues_the_same_attempt_again(run_batch):
    result = sample_tasks.interrupted.enqueue()
    run_batch(max_tasks=1)
    assert _row(result.id).status == TaskResultStatus.FAILED
    again = DBTaskResult.objects.exclude(id=result.id).get()
    assert again.status == TaskResultStatus.READY
    assert again.run_after <= timezone.now()
    assert again.args_kwargs["kwargs"][RETRY_KWARG]["attempt"] == 1
    assert not FailedJob.objects.exists()


@pytest.mark.parametrize(
    ("args", "kwargs"),
    [
        (("x" * 129,), {}),
        ((object(),), {}),
        ((), {"note": ["ok", "y" * 500]}),
        ((), {RETRY_KWARG: {"attempt": 1}}),
    ],
)
def test_arguments_are_ids_and_plain_values_only(args, kwargs):
    with pytest.raises(InvalidTaskError) as raised:
        sample_tasks.double.enqueue(*args, **kwargs)
    assert "xxx" not in str(raised.value)
    assert not DBTaskResult.objects.exists()
