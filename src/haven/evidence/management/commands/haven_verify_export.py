"""haven verify-export FILE: the signature and every hash of an export, naming what changed."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from django.core.management.base import CommandError, CommandParser

from haven.core.command import HavenCommand
from haven.core.errors import CryptoError
from haven.crypto import signing
from haven.crypto.keystore import get_keystore
from haven.evidence.export import PURPOSE
from haven.evidence.export_check import check_archive


class Command(HavenCommand):
    help = (
        "Check an export made by haven export: its manifest's Ed25519 signature (against this "
        "installation's export key, or --public-key as printed by haven export --public-key) "
        "and the SHA-256 of every entry. Names each entry that changed, is missing or was "
        "added; exits non-zero on any problem."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("file", help="the export (a .zip)")
        parser.add_argument("--public-key", help="the export key to check against (base64)")

    def handle(self, *args: Any, **options: Any) -> None:
        try:
            key = (
                signing.decode_public_key(options["public_key"])
                if options["public_key"]
                else signing.load_public_key(get_keystore().directory, PURPOSE)
            )
        except CryptoError as error:
            raise CommandError(error.message) from None
        report = check_archive(Path(options["file"]), key)
        for problem in report.problems:
            self.stdout.write(problem)
        if not report.ok:
            raise CommandError(
                f"The export failed verification ({len(report.problems)} problem(s))."
            )
        self.stdout.write(
            self.style.SUCCESS(
                f"The export is intact: {report.checked} entries match the manifest, "
                f"signed by key {report.fingerprint}."
            )
        )
