from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class Resolution(models.TextChoices):
    RETRIED = "retried", _("Retried")
    DISMISSED = "dismissed", _("Dismissed")


class FailedJob(models.Model):
    """A task that gave up: after its last attempt, or at once on a PermanentError.

    Holds nothing a task's exception said unless it is a HavenError, whose messages
    are content-free by contract; any other exception is known by its class alone.
    """

    task_path = models.CharField(max_length=255)
    # The queue entry of the last attempt; ``origin_result_id`` is the first.
    task_result_id = models.CharField(max_length=64, unique=True)
    origin_result_id = models.CharField(max_length=64, blank=True)
    queue_name = models.CharField(max_length=32)
    priority = models.IntegerField(default=0)
    # {"args": [...], "kwargs": {...}}: ids and plain values only, as every task takes.
    arguments = models.JSONField(default=dict)
    attempts = models.PositiveIntegerField()
    error_class = models.CharField(max_length=255)
    error_code = models.CharField(max_length=64, blank=True)
    error_message = models.CharField(max_length=300, blank=True)
    first_failed_at = models.DateTimeField()
    last_failed_at = models.DateTimeField()
    resolved = models.BooleanField(default=False)
    resolution = models.CharField(max_length=16, choices=Resolution.choices, blank=True)
    resolved_at = models.DateTimeField(null=True, blank=True)
    resolved_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        indexes = [
            models.Index(fields=["resolved", "-last_failed_at"], name="jobs_failed_open_idx")
        ]

    def __str__(self) -> str:
        return f"failed job {self.pk} ({self.task_path})"

    @property
    def task_name(self) -> str:
        return self.task_path.rsplit(".", 1)[-1]


class WorkerHeartbeat(models.Model):
    """When each background worker was last alive; shown to leads as "worker last seen"."""

    worker_id = models.CharField(max_length=64, primary_key=True)
    started_at = models.DateTimeField()
    last_seen_at = models.DateTimeField(db_index=True)

    def __str__(self) -> str:
        return f"worker {self.worker_id}"


class RunLease(models.Model):
    """A worker's hold on the run it is executing, renewed while it runs.

    The orphan sweep gives a RUNNING run back to the queue only once its lease has
    expired: its worker stopped renewing it (killed, out of memory, power cut).
    """

    result = models.OneToOneField(
        "django_tasks_database.DBTaskResult",
        primary_key=True,
        on_delete=models.CASCADE,
        related_name="+",
    )
    worker_id = models.CharField(max_length=64)
    lease_until = models.DateTimeField(db_index=True)

    def __str__(self) -> str:
        return f"lease of {self.result_id} by worker {self.worker_id}"


class PeriodicSchedule(models.Model):
    """When a periodic job (``haven.jobs.periodic``) is next due, shared by all workers."""

    name = models.CharField(max_length=255, primary_key=True)
    next_at = models.DateTimeField()

    def __str__(self) -> str:
        return f"periodic {self.name}"
