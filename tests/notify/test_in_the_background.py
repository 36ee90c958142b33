"""End to end through the real worker: a case opened, sent by a task, retried after a 500."""

from __future__ import annotations

import pytest

from haven.cases import actions
from haven.jobs.worker import run_worker
from haven.notify.models import Delivery, DeliveryState
from tests.notify.conftest import set_prefs


@pytest.fixture(autouse=True)
def _no_periodic_jobs(monkeypatch: pytest.MonkeyPatch) -> None:
    from haven.jobs import periodic

    monkeypatch.setattr(periodic, "_REGISTRY", {})


def _run_worker() -> None:
    run_worker(queue_names=["*"], batch=True, handle_signals=False)


def test_a_new_case_reaches_the_webhook_through_the_worker_even_after_a_500(
    transactional_db, personas, receiver, settings
):
    settings.HAVEN_TASK_BACKOFF_SECONDS = 0
    set_prefs(personas.lead, by_email=False)
    set_prefs(personas.moderator, by_email=False, by_webhook=True, webhook=f"{receiver.url}/h")
    receiver.fail_next(1, status=500)

    case = actions.open_case(acting_user=personas.lead, members=[personas.moderator])
    assert receiver.posts() == []  # nothing is sent in the request
    for _ in range(3):  # the fan-out, the failed send, its retry
        _run_worker()

    [delivery] = Delivery.objects.all()
    assert delivery.state == DeliveryState.SENT and delivery.attempts == 2
    first, second = receiver.posts()
    assert first.json == second.json
    assert second.json["url"].endswith(f"/cases/{case.pk}/")
