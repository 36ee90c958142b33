"""The capture's tasks: capture one report; settle the preservation holds that can be."""

from __future__ import annotations

from django.conf import settings

from haven.fediverse import capture, capture_hold, capture_run
from haven.fediverse.models import CaptureRun
from haven.jobs import periodic
from haven.jobs.durable import durable_task

SETTLE_INTERVAL_SECONDS = 300


@durable_task()
def capture_report(capture_id: str) -> str:
    """Capture; a failure is tried again (with backoff), and after the last try it is failed."""
    try:
        return capture_run.run(capture_id).value
    except Exception as exc:
        attempts = CaptureRun.objects.filter(pk=capture_id).values_list("attempts", flat=True)
        if (attempts.first() or 0) >= int(settings.HAVEN_TASK_MAX_ATTEMPTS):
            capture.mark_failed(capture_id, type(exc).__name__)
            return "failed"
        raise


@durable_task()
def settle_holds() -> int:
    return capture_hold.settle_due()


periodic.every("haven.fediverse.capture_holds", lambda: SETTLE_INTERVAL_SECONDS, settle_holds)
