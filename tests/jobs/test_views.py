from __future__ import annotations

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from haven.jobs.api import TaskResultStatus
from haven.jobs.models import FailedJob, Resolution, WorkerHeartbeat
from haven.jobs.runs import RETRY_KWARG

URL = "/jobs/failed/"


def _failed_job(number: int = 1) -> FailedJob:
    now = timezone.now()
    return FailedJob.objects.create(
        task_path="tests.jobs.sample_tasks.double",
        task_result_id=f"result-{number}",
        origin_result_id=f"origin-{number}",
        queue_name="default",
        priority=3,
        arguments={"args": [number], "kwargs": {}},
        attempts=5,
        error_class="builtins.RuntimeError",
        first_failed_at=now,
        last_failed_at=now,
    )


def test_a_lead_sees_failed_jobs_and_when_the_worker_was_last_seen(personas, login):
    job = _failed_job()
    WorkerHeartbeat.objects.create(
        worker_id="w", started_at=timezone.now(), last_seen_at=timezone.now()
    )
    response = login(personas.lead).get(URL)
    assert response.status_code == 200
    page = response.content.decode()
    assert "double" in page
    assert job.task_result_id in page
    assert "builtins.RuntimeError" in page
    assert "Background worker last seen" in page
    assert f"/jobs/failed/{job.pk}/retry/" in page


@pytest.mark.parametrize("who", ["moderator", "outsider"])
def test_anyone_but_a_lead_gets_404(personas, login, who):
    job = _failed_job()
    client = login(getattr(personas, who))
    assert client.get(URL).status_code == 404
    assert client.post(f"/jobs/failed/{job.pk}/retry/").status_code == 404
    assert client.post(f"/jobs/failed/{job.pk}/dismiss/").status_code == 404
    job.refresh_from_db()
    assert not job.resolved
    assert not DBTaskResult.objects.exists()


def test_signed_out_visitors_are_sent_to_sign_in(db):
    response = Client(secure=True).get(URL)
    assert response.status_code == 302


def test_retry_now_queues_the_job_from_its_first_attempt(personas, login):
    job = _failed_job()
    client = login(personas.lead)
    response = client.post(f"/jobs/failed/{job.pk}/retry/")
    assert response.status_code == 302
    row = DBTaskResult.objects.get()
    assert row.status == TaskResultStatus.READY
    assert row.task_path == job.task_path
    assert row.args_kwargs == {"args": [1], "kwargs": {}}
    assert RETRY_KWARG not in row.args_kwargs["kwargs"]
    assert (row.queue_name, row.priority) == ("default", 3)
    job.refresh_from_db()
    assert (job.resolved, job.resolution, job.resolved_by) == (
        True,
        Resolution.RETRIED,
        personas.lead,
    )
    # A second click finds nothing to retry.
    assert client.post(f"/jobs/failed/{job.pk}/retry/").status_code == 404
    assert DBTaskResult.objects.count() == 1
    assert "double" not in client.get(URL).content.decode()


def test_dismiss(personas, login):
    job = _failed_job()
    assert login(personas.lead).post(f"/jobs/failed/{job.pk}/dismiss/").status_code == 302
    job.refresh_from_db()
    assert (job.resolved, job.resolution) == (True, Resolution.DISMISSED)
    assert not DBTaskResult.objects.exists()


def test_retry_of_a_task_that_no_longer_exists_is_refused(personas, login):
    job = _failed_job()
    FailedJob.objects.filter(pk=job.pk).update(task_path="haven.jobs.gone.task")
    response = login(personas.lead).post(f"/jobs/failed/{job.pk}/retry/")
    assert response.status_code == 409
    job.refresh_from_db()
    assert not job.resolved


def test_actions_need_post(personas, login):
    job = _failed_job()
    assert login(personas.lead).get(f"/jobs/failed/{job.pk}/retry/").status_code == 405


def test_the_list_costs_the_same_queries_for_one_job_or_many(personas, login):
    client = login(personas.lead)
    client.get(URL)  # the member's language and time zone are read once per session
    _failed_job(1)
    with CaptureQueriesContext(connection) as one:
        client.get(URL)
    for number in range(2, 30):
        _failed_job(number)
    with CaptureQueriesContext(connection) as many:
        client.get(URL)
    assert len(many) == len(one)
