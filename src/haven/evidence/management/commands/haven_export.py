"""haven export CASE --lead NAME --output FILE, and haven export --public-key."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Any

from django.core.management.base import CommandError, CommandParser

from haven.accounts.models import User
from haven.cases import access
from haven.core.command import HavenCommand
from haven.core.errors import HavenError
from haven.evidence import export


class Command(HavenCommand):
    help = (
        "Export a case's evidence for law enforcement, as the evidence page's button does: one "
        "zip of the originals, manifest.json signed with Ed25519, custody.json and a summary "
        "(HTML and PDF). Needs the victim's consent to a law-enforcement export and a safety "
        "lead who can see the case. The archive goes to --output (a new file, mode 0600) or, "
        "with --output -, to standard output; nothing is kept in the data dir. "
        "With --public-key, print the key that checks exports (haven verify-export)."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("case", nargs="?", help="the case id")
        parser.add_argument("--lead", help="the user name of the safety lead")
        parser.add_argument("--output", help="where to write the archive ('-': standard output)")
        parser.add_argument("--public-key", action="store_true", help="print the export key")

    def handle(self, *args: Any, **options: Any) -> None:
        if options["public_key"]:
            self.stdout.write(export.public_key())
            return
        if not options["case"] or not options["lead"] or not options["output"]:
            raise CommandError("Give a case id, --lead and --output (or --public-key).")
        lead = User.objects.filter(username=options["lead"], is_active=True).first()
        if lead is None or not lead.is_lead:
            raise CommandError("There is no active safety lead with that user name.")
        try:
            case = access.get_case_for(lead, options["case"])
            _name, pieces = export.export_archive(case, acting_user=lead)
            written = self._write(options["output"], pieces)
        except HavenError as error:
            raise CommandError(error.message) from None
        if options["output"] != "-":
            self.stdout.write(self.style.SUCCESS(f"Wrote {written} bytes to {options['output']}."))

    def _write(self, output: str, pieces: Any) -> int:
        if output == "-":
            out = sys.stdout.buffer
            return sum(out.write(piece) for piece in pieces)
        try:
            fd = os.open(output, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        except FileExistsError:
            raise CommandError(f"{output} exists already; name a new file.") from None
        try:
            with os.fdopen(fd, "wb") as handle:
                return sum(handle.write(piece) for piece in pieces)
        except BaseException:
            Path(output).unlink()  # a cut-short export is no export
            raise
