"""haven sync [CONNECTION]: ask the connected servers for new and changed reports now."""

from __future__ import annotations

from typing import Any

from django.core.management.base import CommandError, CommandParser
from django.db.models import Q

from haven.core.command import HavenCommand
from haven.fediverse import polling
from haven.fediverse.models import Connection
from haven.fediverse.servers import Capability, ServerError, module_for


class Command(HavenCommand):
    help = (
        "Read new and changed reports from each active connected server that Haven can poll, "
        "as the periodic job does, and take them in: reports the detector flags become cases, "
        "the rest are listed. Resumes where the last round stopped; a report already filed "
        "is never filed twice."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "connection", nargs="?", help="a connection's id or its server's address (all if none)"
        )

    def handle(self, *args: Any, **options: Any) -> None:
        connections = Connection.objects.filter(active=True)
        if options["connection"]:
            wanted = options["connection"].rstrip("/")
            connections = connections.filter(Q(pk=wanted) | Q(base_url=wanted))
            if not connections.exists():
                raise CommandError("No active connection has that id or address.")
        failed = 0
        for connection in connections:
            if not module_for(connection.software).can(Capability.POLL_REPORTS):
                self.stdout.write(f"{connection.base_url}: this server cannot be polled.")
                continue
            try:
                run = polling.sync(connection)
            except ServerError as exc:
                failed += 1
                self.stderr.write(f"{connection.base_url}: {exc or type(exc).__name__}")
                continue
            waiting = " (rate limited: the rest on the next round)" if run.rate_limited else ""
            self.stdout.write(f"{connection.base_url}: {run.reports} reports read{waiting}.")
        if failed:
            raise CommandError(f"{failed} server(s) could not be read; nothing was lost.")
