"""The failed-jobs page, for safety leads only (404 for everyone else)."""

from __future__ import annotations

from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_POST

from haven.accounts.models import User
from haven.core.errors import NotFound
from haven.jobs import actions, dbqueue
from haven.jobs.models import FailedJob, WorkerHeartbeat

PAGE_SIZE = 200


def _lead(request: HttpRequest) -> User:
    user = request.user
    if not isinstance(user, User) or not user.is_lead:
        raise NotFound()
    return user


@require_GET
def failed_jobs(request: HttpRequest) -> HttpResponse:
    _lead(request)
    open_jobs = FailedJob.objects.filter(resolved=False).order_by("-last_failed_at")
    heartbeat = WorkerHeartbeat.objects.order_by("-last_seen_at").first()
    context = {
        "jobs": open_jobs[:PAGE_SIZE],
        "total": open_jobs.count(),
        "worker_last_seen": heartbeat.last_seen_at if heartbeat else None,
        "queue": dbqueue.queue_figures() if dbqueue.is_database_backend() else None,
    }
    return render(request, "jobs/failed.html", context)


@require_POST
def retry(request: HttpRequest, job_id: int) -> HttpResponse:
    actions.retry_failed_job(job_id, acting_user=_lead(request))
    messages.success(request, _("The job was queued again."))
    return redirect("jobs:failed")


@require_POST
def dismiss(request: HttpRequest, job_id: int) -> HttpResponse:
    actions.dismiss_failed_job(job_id, acting_user=_lead(request))
    messages.success(request, _("The job was dismissed."))
    return redirect("jobs:failed")
