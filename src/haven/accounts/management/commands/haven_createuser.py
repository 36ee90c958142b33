"""haven createuser USERNAME: a safety-team member with password, TOTP and recovery codes."""

from __future__ import annotations

import getpass
import sys
from typing import Any, TextIO

from django.core.management.base import CommandError, CommandParser

from haven.accounts import actions
from haven.accounts.management.enrolment import write_enrolment
from haven.accounts.models import Role
from haven.core.command import HavenCommand


def read_password(options: dict[str, Any], stdin: TextIO) -> tuple[str, bool]:
    """The password from the chosen source; True when it was generated (so print it)."""
    if options["generate_password"] and options["password_from_stdin"]:
        raise CommandError("Choose one of --generate-password and --password-from-stdin.")
    if options["generate_password"]:
        return actions.generate_password(), True
    if options["password_from_stdin"]:
        password = stdin.readline().rstrip("\r\n")
        if not password:
            raise CommandError("No password on standard input.")
        return password, False
    if not stdin.isatty():
        raise CommandError(
            "Standard input is not a terminal, so the password cannot be asked for. "
            "Use --password-from-stdin or --generate-password."
        )
    password = getpass.getpass("Password: ")
    if not password:
        raise CommandError("The password is empty.")
    if getpass.getpass("Password again: ") != password:
        raise CommandError("The two passwords differ.")
    return password, False


class Command(HavenCommand):
    help = (
        "Add a member of the safety team: a password, an authenticator (TOTP) key and ten "
        "one-time recovery codes. Prints the authenticator setup and the codes once."
    )
    stealth_options = ("stdin",)

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("username")
        parser.add_argument(
            "--role",
            choices=Role.values,
            default=Role.MODERATOR.value,
            help="lead or moderator (default: moderator)",
        )
        parser.add_argument(
            "--password-from-stdin",
            action="store_true",
            help="read the password from the first line of standard input",
        )
        parser.add_argument(
            "--generate-password",
            action="store_true",
            help="generate a strong password and print it",
        )
        parser.add_argument(
            "--no-qr", action="store_true", help="do not draw the QR code in the terminal"
        )

    def execute(self, *args: Any, **options: Any) -> str | None:
        # As in Django's createsuperuser: call_command(..., stdin=...) for tests.
        self.stdin: TextIO = options.get("stdin") or sys.stdin
        return super().execute(*args, **options)

    def handle(self, *args: Any, **options: Any) -> None:
        password, generated = read_password(options, self.stdin)
        enrolment = actions.create_team_member(options["username"], options["role"], password)
        if generated:
            self.stdout.write(f"Password (shown once): {password}")
        write_enrolment(self.stdout, enrolment, qr=not options["no_qr"])
        self.stdout.write(self.style.SUCCESS("The team member can sign in now."))
