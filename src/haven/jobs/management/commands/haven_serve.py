from __future__ import annotations

import ipaddress
import sys
from argparse import ArgumentParser, ArgumentTypeError
from typing import Any

from haven.core.command import HavenCommand
from haven.jobs.dbqueue import is_database_backend
from haven.jobs.serve import (
    Supervisor,
    WebOptions,
    require_initialised,
    web_command,
    worker_command,
)


def _bounded(low: int, high: int):
    def parse(value: str) -> int:
        number = int(value)
        if not low <= number <= high:
            raise ArgumentTypeError(f"must be between {low} and {high}")
        return number

    return parse


def _addresses(value: str) -> str:
    for item in value.split(","):
        if item.strip() != "*":
            try:
                ipaddress.ip_network(item.strip(), strict=False)
            except ValueError as exc:
                raise ArgumentTypeError(f"not an address or network: {item.strip()!r}") from exc
    return value


class Command(HavenCommand):
    help = (
        "Run Haven: a production web server (gunicorn, serving haven.wsgi) and a background "
        "worker, together. SIGTERM or Ctrl-C stops both gracefully. If either stops on its "
        "own, the other is stopped too and the command exits non-zero, so a service manager "
        "can restart Haven. Put a TLS-terminating reverse proxy in front of it."
    )

    def add_arguments(self, parser: ArgumentParser) -> None:
        parser.add_argument(
            "--host", default="127.0.0.1", help="Address to listen on (default: %(default)s)."
        )
        parser.add_argument(
            "--port", type=_bounded(1, 65535), default=8000, help="Port (default: %(default)s)."
        )
        parser.add_argument(
            "--workers",
            type=_bounded(1, 64),
            default=2,
            help="Web server processes (default: %(default)s).",
        )
        parser.add_argument(
            "--threads",
            type=_bounded(1, 64),
            default=4,
            help="Threads in each web server process (default: %(default)s).",
        )
        parser.add_argument(
            "--no-worker",
            action="store_true",
            help="Do not start a background worker (run 'haven worker' elsewhere).",
        )
        parser.add_argument(
            "--forwarded-allow-ips",
            type=_addresses,
            default="127.0.0.1,::1",
            help=(
                "Comma-separated addresses of the reverse proxy, trusted for its "
                "X-Forwarded-* headers (default: %(default)s)."
            ),
        )
        parser.add_argument(
            "--access-log",
            action="store_true",
            help=(
                "Log each request to standard output: time, method, path, status, size and "
                "duration; never the client address, query string, referrer or user agent."
            ),
        )
        parser.add_argument(
            "--stop-timeout",
            type=_bounded(1, 3600),
            default=30,
            help="Seconds to let both finish their work on stopping before killing them "
            "(default: %(default)s).",
        )

    def handle(self, *args: Any, **options: Any) -> None:
        require_initialised()
        web = WebOptions(
            host=options["host"],
            port=options["port"],
            workers=options["workers"],
            threads=options["threads"],
            forwarded_allow_ips=options["forwarded_allow_ips"],
            access_log=options["access_log"],
        )
        commands = {"web server": web_command(web)}
        if options["no_worker"]:
            pass
        elif is_database_backend():
            commands["worker"] = worker_command()
        else:
            self.stderr.write("The task backend runs its own workers; starting none here.")
        host = f"[{web.host}]" if ":" in web.host else web.host
        self.stdout.write(f"Haven is starting on http://{host}:{web.port}/")
        self.stdout.flush()
        status = Supervisor(commands, stop_timeout=options["stop_timeout"]).run()
        if status:
            sys.exit(status)
