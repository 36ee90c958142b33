"""haven erase CASE --lead NAME: erase a case for good, as the desk's "Erase this case" does."""

from __future__ import annotations

from typing import Any

from django.core.management.base import CommandError, CommandParser

from haven.accounts.models import User
from haven.cases import access, erasure
from haven.core.command import HavenCommand
from haven.core.errors import HavenError


class Command(HavenCommand):
    help = (
        "Erase a case: its key is destroyed, so its notes, people, images, answers and "
        "timeline can never be read again, backups included; only a record that it existed, "
        "when and by whom it was erased is kept. Done in the name of a safety lead, who must "
        "be able to see the case. Asks for the case id again unless --yes is given."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("case", help="the case id (as in the case's address)")
        parser.add_argument("--lead", required=True, help="the user name of the safety lead")
        parser.add_argument("--yes", action="store_true", help="do not ask to confirm")

    def handle(self, *args: Any, **options: Any) -> None:
        lead = User.objects.filter(username=options["lead"], is_active=True).first()
        if lead is None or not lead.is_lead:
            raise CommandError("There is no active safety lead with that user name.")
        try:
            case = access.get_case_for(lead, options["case"])
        except HavenError:
            raise CommandError("That lead cannot see a case with that id.") from None
        if not options["yes"]:
            typed = input(f"Type the case id again to erase it for good ({case.pk[:8]}…): ")
            if typed.strip() != case.pk:
                raise CommandError("The id did not match: nothing was erased.")
        try:
            erasure.erase_case(case, acting_user=lead)
        except HavenError as error:
            raise CommandError(error.message) from None
        self.stdout.write(self.style.SUCCESS(f"Case {case.pk} was erased."))
