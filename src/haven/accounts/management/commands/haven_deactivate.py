"""haven deactivate USERNAME: someone leaves the safety team."""

from __future__ import annotations

from typing import Any

from django.core.management.base import CommandError, CommandParser

from haven.accounts import actions
from haven.accounts.models import User
from haven.core.command import HavenCommand


class Command(HavenCommand):
    help = (
        "Take a team member off the safety team: they can no longer sign in, their sessions "
        "end at once and they lose every case. What they wrote stays on the timelines."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("username", help="the team member's user name")

    def handle(self, *args: Any, **options: Any) -> None:
        user = User.objects.filter(username=options["username"], is_active=True).first()
        if user is None:
            raise CommandError("There is no active team member with that user name.")
        ended = actions.deactivate_team_member(user)
        self.stdout.write(
            self.style.SUCCESS(
                f"Deactivated; {ended} session(s) ended. They can no longer sign in."
            )
        )
