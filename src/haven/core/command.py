"""The base of every ``haven`` command: Django's command, without its developer options."""

from __future__ import annotations

from django.core.management.base import BaseCommand


class HavenCommand(BaseCommand):
    suppressed_base_arguments = {
        "--version",
        "--settings",
        "--pythonpath",
        "--traceback",
        "--no-color",
        "--force-color",
        "--skip-checks",
    }
