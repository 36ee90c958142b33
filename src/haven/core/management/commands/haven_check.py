from __future__ import annotations

from typing import Any

from django.core.management import call_command

from haven.core.command import HavenCommand


class Command(HavenCommand):
    help = (
        "Check that this Haven is safe to run: Django's deploy checks, plus Haven's own "
        "(data directory and key file permissions, the master key, the second factor "
        "enforced for every team member). Exits non-zero on any warning or error."
    )
    requires_system_checks: list[str] = []

    def handle(self, *args: Any, **options: Any) -> None:
        call_command("check", deploy=True, fail_level="WARNING", databases=["default"])
        self.stdout.write(self.style.SUCCESS("Haven's checks passed."))
