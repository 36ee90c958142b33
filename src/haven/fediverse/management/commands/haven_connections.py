"""haven connections [CONNECTION --verify|--disconnect|--dry-run|--forwarding …]: the servers."""

from __future__ import annotations

from typing import Any

from django.core.management.base import CommandError, CommandParser

from haven.core.command import HavenCommand
from haven.core.errors import HavenError
from haven.fediverse import connecting
from haven.fediverse.cli_lines import describe, lead_named, one_connection
from haven.fediverse.models import Connection


class Command(HavenCommand):
    help = (
        "List the servers Haven is connected to, with their software, version, the token's "
        "role and scopes, what is missing and the webhook address. Given a connection (its "
        "id or address): --verify checks its token again, --dry-run on|off sets whether its "
        "actions only show their requests, --forwarding on|off whether moderators may forward "
        "its reports to the reported accounts' servers (off, as for sextortion), "
        "--media-hosts names the other hosts its media is "
        "fetched from when a report is captured, --disconnect turns it off and destroys its token."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("connection", nargs="?", help="a connection's id or address")
        what = parser.add_mutually_exclusive_group()
        what.add_argument("--verify", action="store_true", help="check the token again")
        what.add_argument("--disconnect", action="store_true", help="turn off, destroy token")
        what.add_argument("--dry-run", choices=["on", "off"], help="only show requests, or not")
        what.add_argument(
            "--forwarding",
            choices=["on", "off"],
            help="whether its reports may be forwarded to the reported account's server",
        )
        what.add_argument(
            "--media-hosts",
            metavar="HOST,HOST",
            help="the other hosts its media is on (a CDN, files.<domain>); '' for none",
        )
        parser.add_argument("--lead", help="the safety lead in whose name this is done")

    def handle(self, *args: Any, **options: Any) -> None:
        acting = (
            options["verify"]
            or options["disconnect"]
            or options["dry_run"]
            or options["forwarding"]
            or options["media_hosts"] is not None
        )
        if not options["connection"]:
            if acting:
                raise CommandError("Name the connection (its id or address).")
            self._list()
            return
        connection = one_connection(options["connection"], active=False)
        lead = lead_named(options["lead"]) if acting else None
        try:
            if options["verify"]:
                connecting.verify(connection, acting_user=lead)
                connection.refresh_from_db()
                self.stdout.write(self.style.SUCCESS("The server accepted the token."))
            elif options["disconnect"]:
                connecting.disconnect(connection, acting_user=lead)
                self.stdout.write(self.style.SUCCESS("Disconnected; its token is destroyed."))
                return
            elif options["media_hosts"] is not None:
                hosts = options["media_hosts"].split(",")
                connecting.set_media_hosts(connection, hosts, acting_user=lead)
            elif options["dry_run"]:
                connecting.set_dry_run(connection, options["dry_run"] == "on", acting_user=lead)
            elif options["forwarding"]:
                on = options["forwarding"] == "on"
                connecting.set_forwarding(connection, on, acting_user=lead)
        except HavenError as error:
            raise CommandError(error.message) from None
        self.stdout.write(describe(connection))

    def _list(self) -> None:
        connections = list(Connection.objects.all())
        if not connections:
            self.stdout.write("No server is connected. Connect one with: haven connect URL")
            return
        for connection in connections:
            self.stdout.write(describe(connection) + "\n")
