"""'haven serve': the web server (gunicorn) and a background worker, supervised together.

Both run as child processes in their own session, so a Ctrl-C in the terminal
reaches them only through the supervisor, which stops them gracefully. If either
child exits on its own, the supervisor stops the other and exits non-zero, so the
service manager (systemd, a container runtime) restarts the pair.

If the supervisor itself is killed with SIGKILL its children keep running; a
service manager that kills the whole control group (systemd's default) stops them.
"""

from __future__ import annotations

import logging
import signal
import subprocess
import sys
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from types import FrameType

from django.conf import settings
from django.core.management.base import CommandError
from django.db import DEFAULT_DB_ALIAS, DatabaseError, connections
from django.db.migrations.executor import MigrationExecutor

logger = logging.getLogger(__name__)

# Time, request line without the query string, status, size, microseconds: no client
# address, user agent or referrer. Haven's paths hold only random ids.
ACCESS_LOG_FORMAT = '%(t)s "%(m)s %(U)s" %(s)s %(B)s %(D)s'
POLL_SECONDS = 0.2


@dataclass(frozen=True)
class WebOptions:
    host: str
    port: int
    workers: int
    threads: int
    forwarded_allow_ips: str
    access_log: bool


def require_initialised() -> None:
    """Refuse to start before 'haven init': no secret key, or a database not set up."""
    if settings.SECRET_KEY.startswith(settings.UNINITIALISED_SECRET_PREFIX):
        raise CommandError("No secret key; run 'haven init' first (or set HAVEN_SECRET_KEY).")
    try:
        executor = MigrationExecutor(connections[DEFAULT_DB_ALIAS])
        pending = executor.migration_plan(executor.loader.graph.leaf_nodes())
    except DatabaseError as exc:
        raise CommandError("Cannot open the database; run 'haven init' first.") from exc
    finally:
        connections.close_all()  # the children open their own
    if pending:
        raise CommandError("The database is not up to date; run 'haven init' first.")


def web_command(options: WebOptions) -> list[str]:
    host = f"[{options.host}]" if ":" in options.host else options.host
    command = [
        sys.executable, "-m", "gunicorn",
        "--config", "python:haven.jobs.gunicorn_conf",
        "--bind", f"{host}:{options.port}",
        "--workers", str(options.workers),
        "--threads", str(options.threads),
        "--forwarded-allow-ips", options.forwarded_allow_ips,
    ]  # fmt: skip
    if options.access_log:
        command += ["--access-logfile", "-", "--access-logformat", ACCESS_LOG_FORMAT]
    return [*command, "haven.wsgi:application"]


def worker_command() -> list[str]:
    return [sys.executable, "-m", "haven", "worker"]


class Supervisor:
    def __init__(self, commands: Mapping[str, Sequence[str]], *, stop_timeout: float) -> None:
        self.commands = commands
        self.stop_timeout = stop_timeout
        self.children: dict[str, subprocess.Popen[bytes]] = {}
        self.signals: list[int] = []

    def _on_signal(self, signum: int, frame: FrameType | None) -> None:
        self.signals.append(signum)

    def run(self) -> int:
        """Start the children and watch them; the exit status for the supervisor."""
        handled = (signal.SIGTERM, signal.SIGINT)
        previous = {signum: signal.signal(signum, self._on_signal) for signum in handled}
        try:
            for name, command in self.commands.items():
                # Own session: a terminal's Ctrl-C reaches the children only through us.
                self.children[name] = subprocess.Popen(command, start_new_session=True)
                logger.info("Started %s pid=%d", name, self.children[name].pid)
            return self._watch()
        finally:
            for signum, handler in previous.items():
                signal.signal(signum, handler)
            self._kill_remaining()

    def _watch(self) -> int:
        while True:
            if self.signals:
                logger.info("Stopping on %s", signal.Signals(self.signals[0]).name)
                return self._stop()
            for name, child in self.children.items():
                code = child.poll()
                if code is not None:
                    logger.error(
                        "The %s process pid=%d exited unexpectedly (%d)", name, child.pid, code
                    )
                    self._stop()
                    return code if code > 0 else 1
            time.sleep(POLL_SECONDS)

    def _stop(self) -> int:
        """Stop the children gracefully; kill what is left after the timeout.

        SIGTERM first, whatever we were sent: both finish what they are doing (for
        gunicorn, SIGINT would drop requests in flight). Asked again, we send SIGINT,
        which hurries them: gunicorn stops at once, and the worker abandons its task,
        which is queued again.
        """
        handled = len(self.signals)
        self._send(signal.SIGTERM)
        deadline = time.monotonic() + self.stop_timeout
        while self._alive() and time.monotonic() < deadline:
            if len(self.signals) > handled:
                handled = len(self.signals)
                self._send(signal.SIGINT)
            time.sleep(POLL_SECONDS / 2)
        killed = self._kill_remaining()
        # A child still starting up has no handler yet and dies of the signal itself.
        clean = {0, -signal.SIGTERM, -signal.SIGINT}
        return 1 if killed or any(c.returncode not in clean for c in self.children.values()) else 0

    def _alive(self) -> list[subprocess.Popen[bytes]]:
        return [child for child in self.children.values() if child.poll() is None]

    def _send(self, signum: int) -> None:
        for child in self._alive():
            child.send_signal(signum)

    def _kill_remaining(self) -> bool:
        alive = self._alive()
        for child in alive:
            logger.error("Killing pid=%d, which did not stop in time", child.pid)
            child.kill()
            child.wait()
        return bool(alive)
