"""Evidence first: what a server report points at is captured before anything can purge it.

The moment a server report is filed on a case (``report_intake.file_report``), a
``CaptureRun`` is written in the same transaction and a task captures the
reported posts (as JSON), their media and the reported account's profile and
picture (``capture_run``). Until every capture of a case is done, no action on
the server runs for it (``require_finished``: the outbox asks when an action is
requested and again before it runs).

What is captured is not yet evidence: the victim has not been asked. It is held
sealed under the case key, shown only by its hashes, until the victim's consent
to keep evidence moves it into the vault, or it is discarded when they refuse
or the hold ends (``capture_hold``; decision 7).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import timedelta

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from haven.accounts.models import User
from haven.cases import access
from haven.cases.changes import changing
from haven.cases.models import Case
from haven.core.errors import Conflict
from haven.core.events import Id, Names, declare
from haven.fediverse.models import CaptureRun, CaptureState, Connection

logger = logging.getLogger(__name__)

# Long enough to reach the victim and ask; short, because nobody agreed to it yet.
HOLD_DAYS = 14


@dataclass(frozen=True)
class CaptureEvent:
    capture: Id


@dataclass(frozen=True)
class CaptureFinished:
    capture: Id
    items: int
    media_refused: int


@dataclass(frozen=True)
class CaptureFailed:
    capture: Id
    attempts: int


def _finished_details(p: CaptureFinished, names: Names) -> list[str]:
    lines = [_("%(count)d items, held sealed until the victim's consent") % {"count": p.items}]
    if p.media_refused:
        lines.append(
            _("%(count)d media files refused (not on the server's hosts, or too large)")
            % {"count": p.media_refused}
        )
    return lines


CAPTURE_STARTED = declare(
    "capture.started",
    CaptureEvent,
    gettext_lazy("Capture of the reported posts and account started"),
)
CAPTURE_FINISHED = declare(
    "capture.finished",
    CaptureFinished,
    gettext_lazy("Reported posts and account captured"),
    _finished_details,
)
CAPTURE_FAILED = declare(
    "capture.failed",
    CaptureFailed,
    gettext_lazy("Capture failed: actions on the server wait until it is retried"),
    lambda p, names: [_("after %(n)d attempts") % {"n": p.attempts}],
)
CAPTURE_RETRIED = declare("capture.retried", CaptureEvent, gettext_lazy("Capture tried again"))


def start(case: Case, connection: Connection, remote_report_id: str) -> CaptureRun | None:
    """Inside the transaction that filed the report: the capture, queued after commit.

    None when this report is already being captured (a repeat).
    """
    run, created = CaptureRun.objects.get_or_create(
        connection=connection,
        remote_report_id=remote_report_id,
        defaults={"case": case, "hold_until": timezone.now() + timedelta(days=HOLD_DAYS)},
    )
    if not created:
        return None
    with changing(case, acting_user=None) as change:
        change.record(CAPTURE_STARTED, CaptureEvent(Id(run.pk)))
        change.after_commit(lambda: _enqueue(run.pk))
    return run


def _enqueue(capture_id: str) -> None:
    from haven.fediverse.capture_tasks import capture_report

    capture_report.enqueue(capture_id)


def unfinished(case: Case) -> int:
    return CaptureRun.objects.filter(case=case).exclude(state=CaptureState.DONE).count()


def require_finished(case: Case) -> None:
    """Refuse while anything reported on the case is not captured yet."""
    if CaptureRun.objects.filter(case=case, state=CaptureState.FAILED).exists():
        raise Conflict(
            "The capture of the reported posts failed. Retry it on this page first: "
            "an action could make the server purge them.",
            code="capture_failed",
        )
    if unfinished(case):
        raise Conflict(
            "Haven is still capturing the reported posts and account. Actions on the "
            "server wait until that is done, so nothing is lost: try again in a moment.",
            code="capture_pending",
        )


def retry(run: CaptureRun, *, acting_user: User) -> None:
    """A failed capture, queued again by a moderator on the case."""
    access.get_case_for(acting_user, run.case_id)
    with changing(run.case, acting_user=acting_user) as change:
        updated = CaptureRun.objects.filter(pk=run.pk, state=CaptureState.FAILED).update(
            state=CaptureState.PENDING, attempts=0, failure=""
        )
        if not updated:
            raise Conflict("This capture has not failed.", code="not_failed")
        change.record(CAPTURE_RETRIED, CaptureEvent(Id(run.pk)))
        change.after_commit(lambda: _enqueue(run.pk))


def mark_failed(capture_id: str, failure: str) -> None:
    with transaction.atomic():
        run = CaptureRun.objects.select_for_update().get(pk=capture_id)
        if run.state != CaptureState.PENDING:
            return
        with changing(run.case, acting_user=None) as change:
            run.state, run.failure, run.finished_at = CaptureState.FAILED, failure, timezone.now()
            run.save(update_fields=["state", "failure", "finished_at"])
            change.record(CAPTURE_FAILED, CaptureFailed(Id(run.pk), run.attempts))
    logger.warning("capture failed capture=%s case=%s (%s)", run.pk, run.case_id, failure)
