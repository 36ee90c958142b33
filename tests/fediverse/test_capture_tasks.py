"""The capture runs as a durable task queued when the report's case is committed."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from django.test import override_settings

from haven.cases.models import Case
from haven.fediverse import polling
from haven.fediverse.models import CaptureRun, CaptureState
from haven.jobs import periodic
from haven.jobs.worker import run_worker
from haven.testing.fakes.gotosocial import FakeGoToSocial
from tests.cases.helpers import event_types
from tests.fediverse.test_capture import THREAT, connect

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def server(monkeypatch: pytest.MonkeyPatch) -> Iterator[FakeGoToSocial]:
    monkeypatch.setattr(periodic, "_REGISTRY", {})  # only this test's jobs
    with FakeGoToSocial() as fake:
        yield fake


def _run_queued() -> None:
    run_worker(queue_names=["*"], batch=True, handle_signals=False)


def _report(server: FakeGoToSocial) -> None:
    perp = server.add_account("perp", domain="elsewhere.example")
    status = server.add_status(perp, "synthetic: pay or they all see it")
    server.add_report(comment=THREAT, target=perp, status_ids=(status,))


@override_settings(HAVEN_TASK_BACKOFF_SECONDS=0)
def test_the_committed_case_queues_its_capture_and_a_failing_server_is_retried(server):
    _report(server)
    polling.sync(connect(server))
    server.fail_next(1)  # the capture's first read of the report
    _run_queued()
    run = CaptureRun.objects.get()
    assert run.state == CaptureState.DONE and run.attempts == 2
    assert "capture.finished" in event_types(Case.objects.get())


@override_settings(HAVEN_TASK_BACKOFF_SECONDS=0, HAVEN_TASK_MAX_ATTEMPTS=2)
def test_after_the_last_try_the_capture_is_failed_on_the_case(server):
    _report(server)
    polling.sync(connect(server))
    server.fail_next(10)
    _run_queued()
    run = CaptureRun.objects.get()
    assert run.state == CaptureState.FAILED and run.failure == "ServerUnavailable"
    assert "capture.failed" in event_types(Case.objects.get())
