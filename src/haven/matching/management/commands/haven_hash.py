from __future__ import annotations

import json
import sys
from argparse import ArgumentParser
from pathlib import Path
from typing import Any

from haven.core.command import HavenCommand
from haven.matching.errors import HashingError
from haven.matching.hashing import hash_file


class Command(HavenCommand):
    help = (
        "Print one JSON line per file: path, kind (image or video), pdq and quality (images), "
        "md5, sha256, and for a video its vPDQ frame hashes with their timestamps. A file that "
        "cannot be hashed gets a line with its error; the exit status is then 1."
    )
    requires_system_checks: list[str] = []

    def add_arguments(self, parser: ArgumentParser) -> None:
        parser.add_argument("paths", nargs="+", metavar="PATH", help="images or videos to hash")

    def handle(self, *args: Any, **options: Any) -> None:
        failed = False
        for name in options["paths"]:
            line: dict[str, Any] = {"path": name}
            try:
                line |= hash_file(Path(name)).as_json()
            except HashingError as exc:
                failed = True
                line |= {"error": exc.code, "message": exc.message}
            self.stdout.write(json.dumps(line, ensure_ascii=False))
        if failed:
            sys.exit(1)
