"""The one place Haven imports the Tasks API from.

Django 6 ships it as ``django.tasks``; on Django 5.2 it is the ``django-tasks``
backport. Moving to Django 6 changes the imports here and nowhere else (the
database backend, ``django-tasks-db``, picks the right one by itself).
"""

from __future__ import annotations

from django_tasks import (
    DEFAULT_TASK_BACKEND_ALIAS,
    DEFAULT_TASK_QUEUE_NAME,
    TaskContext,
    TaskResult,
    TaskResultStatus,
    default_task_backend,
    task,
    task_backends,
)
from django_tasks.backends.base import BaseTaskBackend
from django_tasks.base import DEFAULT_TASK_PRIORITY, Task
from django_tasks.exceptions import InvalidTaskError

__all__ = [
    "DEFAULT_TASK_BACKEND_ALIAS",
    "DEFAULT_TASK_PRIORITY",
    "DEFAULT_TASK_QUEUE_NAME",
    "BaseTaskBackend",
    "InvalidTaskError",
    "Task",
    "TaskContext",
    "TaskResult",
    "TaskResultStatus",
    "default_task_backend",
    "task",
    "task_backends",
]
