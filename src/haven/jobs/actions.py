"""What a safety lead can do with a failed job: run it again now, or dismiss it."""

from __future__ import annotations

import logging

from django.db import transaction
from django.utils import timezone
from django.utils.module_loading import import_string

from haven.accounts.models import User
from haven.core.errors import Conflict, NotFound
from haven.jobs.api import InvalidTaskError, Task
from haven.jobs.models import FailedJob, Resolution

logger = logging.getLogger(__name__)


def _claim(job_id: int, resolution: Resolution, acting_user: User) -> FailedJob:
    """Resolve an open failed job, once: a second click (or a second lead) gets NotFound."""
    updated = FailedJob.objects.filter(pk=job_id, resolved=False).update(
        resolved=True, resolution=resolution, resolved_at=timezone.now(), resolved_by=acting_user
    )
    if not updated:
        raise NotFound()
    return FailedJob.objects.get(pk=job_id)


def retry_failed_job(job_id: int, *, acting_user: User) -> str:
    """Queue the job again from its first attempt; return the new task result id."""
    with transaction.atomic():
        job = _claim(job_id, Resolution.RETRIED, acting_user)
        try:
            task = import_string(job.task_path)
        except ImportError:
            task = None
        if not isinstance(task, Task):
            raise Conflict(code="task_gone")  # rolls the claim back
        # Enqueued inside the transaction: with the database queue, the job is
        # resolved if and only if its new run is queued. The task reads only its
        # own arguments, so a broker-backed queue may run it before the commit.
        try:
            result = task.using(queue_name=job.queue_name, priority=job.priority).enqueue(
                *job.arguments.get("args", []), **job.arguments.get("kwargs", {})
            )
        except InvalidTaskError as exc:  # e.g. its queue is no longer configured
            raise Conflict(code="task_invalid") from exc
    logger.info("Failed job %s retried by user %s as task id=%s", job.pk, acting_user.pk, result.id)
    return str(result.id)


def dismiss_failed_job(job_id: int, *, acting_user: User) -> None:
    with transaction.atomic():
        job = _claim(job_id, Resolution.DISMISSED, acting_user)
    logger.info("Failed job %s dismissed by user %s", job.pk, acting_user.pk)
