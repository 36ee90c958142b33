from __future__ import annotations

from typing import Any

from django.conf import settings
from django.core import checks
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
        # Django's own summary counts notes and silenced checks as "issues"; say
        # plainly that none of them is a problem, so "passed" does not read as a lie.
        found = checks.run_checks(include_deployment_checks=True, databases=["default"])
        notes = sum(1 for m in found if not m.is_silenced() and m.level < checks.WARNING)
        silenced = len(settings.SILENCED_SYSTEM_CHECKS)
        said = ["no warning or error"]
        if notes:
            said.append(f"{notes} note{'s' if notes != 1 else ''} above for information only")
        if silenced:
            listed = ", ".join(settings.SILENCED_SYSTEM_CHECKS)
            said.append(
                f"{silenced} check{'s' if silenced != 1 else ''} silenced on purpose ({listed})"
            )
        self.stdout.write(self.style.SUCCESS(f"Haven's checks passed: {'; '.join(said)}."))
