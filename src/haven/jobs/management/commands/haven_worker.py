from __future__ import annotations

from argparse import ArgumentParser, ArgumentTypeError
from typing import Any

from django.core.management.base import CommandError

from haven.core.command import HavenCommand
from haven.jobs.dbqueue import is_database_backend
from haven.jobs.serve import require_initialised
from haven.jobs.worker import run_worker


def _positive_int(value: str) -> int:
    number = int(value)
    if number <= 0:
        raise ArgumentTypeError("must be greater than zero")
    return number


def _seconds(value: str) -> float:
    number = float(value)
    if not 0 <= number < 3600:
        raise ArgumentTypeError("must be between 0 and 3600 seconds")
    return number


class Command(HavenCommand):
    help = (
        "Run a background worker for Haven's database task queue. It finishes the task in "
        "hand on SIGTERM or Ctrl-C (a second signal stops it at once; the task is queued "
        "again). It renews its lease on the task in hand while the task runs; on start, and "
        "every quarter lease (at most a minute), it puts back tasks whose worker died and "
        "stopped renewing theirs HAVEN_TASK_LEASE_SECONDS ago. 'haven serve' starts one itself."
    )

    def add_arguments(self, parser: ArgumentParser) -> None:
        parser.add_argument(
            "--queue",
            default="default",
            help="Queues to take tasks from, comma-separated; '*' for all (default: %(default)s).",
        )
        parser.add_argument(
            "--interval",
            type=_seconds,
            default=1.0,
            help="Seconds between looks at the queue when no task is ready (default: %(default)s).",
        )
        parser.add_argument(
            "--batch",
            action="store_true",
            help="Run every task that is ready now, then exit.",
        )
        parser.add_argument(
            "--max-tasks",
            type=_positive_int,
            default=None,
            help="Exit after running this many tasks (default: no limit).",
        )

    def handle(self, *args: Any, **options: Any) -> None:
        if not is_database_backend():
            raise CommandError(
                "The configured task backend runs its own workers; 'haven worker' serves "
                "only the database queue (django_tasks_db.DatabaseBackend)."
            )
        require_initialised()
        queues = [name.strip() for name in options["queue"].split(",") if name.strip()]
        if not queues:
            raise CommandError("--queue needs at least one queue name.")
        # Report intake scans texts: load the detector before the first job, not in it.
        from haven.cases import screening

        screening.warm_up()
        run_worker(
            queue_names=queues,
            interval=options["interval"],
            batch=options["batch"],
            max_tasks=options["max_tasks"],
        )
