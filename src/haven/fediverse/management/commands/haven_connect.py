"""haven connect URL: connect a server, its admin token read from a prompt or standard input."""

from __future__ import annotations

import getpass
import sys
from typing import Any

from django.core.management.base import CommandError, CommandParser

from haven.core.command import HavenCommand
from haven.core.errors import HavenError
from haven.fediverse import connecting
from haven.fediverse.cli_lines import describe, lead_named, one_connection


class Command(HavenCommand):
    help = (
        "Connect Haven to your server: it tells which software runs there, checks the admin "
        "token (the server's version, the token's scopes and role) and keeps it sealed, then "
        "says what is missing and how to set up the webhook. The token is asked for, or read "
        "from standard input (`haven connect URL < token-file`), never given on the command "
        "line, where the shell's history and the process list would keep it. Connecting an "
        "address again replaces its token. Nothing is kept when the check fails."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("url", help="the server's address, https://…")
        parser.add_argument("--lead", help="the safety lead in whose name this is done")
        parser.add_argument(
            "--webhook-secret",
            action="store_true",
            help="keep the secret your server shows for Haven's webhook (read like the token); "
            "the server must be connected already",
        )

    def handle(self, *args: Any, **options: Any) -> None:
        lead = lead_named(options["lead"])
        try:
            if options["webhook_secret"]:
                connection = one_connection(options["url"])
                secret = _read("Webhook secret (as your server shows it): ")
                connecting.set_webhook_secret(connection, secret, acting_user=lead)
                self.stdout.write(self.style.SUCCESS("Webhook secret kept, sealed."))
                return
            token = _read("Admin access token: ")
            done = connecting.connect(options["url"], token, acting_user=lead)
        except HavenError as error:
            raise CommandError(error.message) from None
        verb = "Token replaced for" if done.replaced else "Connected"
        self.stdout.write(self.style.SUCCESS(f"{verb} {done.connection.base_url}."))
        self.stdout.write(describe(done.connection, webhook_secret=done.webhook_secret))


def _read(prompt: str) -> str:
    """One line from the terminal without echo, or from standard input when piped."""
    if sys.stdin.isatty():
        return getpass.getpass(prompt)
    return sys.stdin.readline()
