"""haven manage haven_resetfactor USERNAME: a new TOTP key and recovery codes, sessions ended."""

from __future__ import annotations

from typing import Any

from django.core.management.base import CommandError, CommandParser

from haven.accounts import actions
from haven.accounts.management.enrolment import write_enrolment
from haven.accounts.models import User
from haven.core.command import HavenCommand


class Command(HavenCommand):
    help = (
        "Replace a team member's authenticator key and recovery codes (a lost or stolen "
        "phone) and end all their sessions. Prints the new setup once."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("username")
        parser.add_argument(
            "--no-qr", action="store_true", help="do not draw the QR code in the terminal"
        )

    def handle(self, *args: Any, **options: Any) -> None:
        try:
            user = User.objects.get(username=options["username"])
        except User.DoesNotExist as error:
            raise CommandError("There is no team member with that user name.") from error
        enrolment = actions.reset_second_factor(user)
        write_enrolment(self.stdout, enrolment, qr=not options["no_qr"])
        self.stdout.write(
            self.style.SUCCESS("The old key and codes no longer work; their sessions have ended.")
        )
