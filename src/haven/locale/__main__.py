"""``python -m haven.locale extract|check|compile`` (docs/translating.md).

extract   add the code's new messages to every catalogue (``--prune``: drop unused ones)
check     list every message that is not translated, is fuzzy or has wrong placeholders
compile   write the ``.mo`` files the program reads (the build does this too)
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m haven.locale", description=__doc__)
    parser.add_argument("action", choices=["extract", "check", "compile"])
    parser.add_argument("--prune", action="store_true", help="extract: drop unused entries")
    args = parser.parse_args(argv)
    # Imported here: "compile" must run where Django is not installed yet.
    if args.action == "compile":
        from haven.locale.catalogue import compile_all

        for path in compile_all(Path(__file__).resolve().parent):
            sys.stdout.write(f"{path}\n")
        return 0
    from haven.locale import maintain

    if args.action == "extract":
        for path in maintain.extract(prune=args.prune):
            sys.stdout.write(f"{path}\n")
        return 0
    trouble = maintain.check()
    for problem in trouble:
        sys.stdout.write(f"{problem}\n")
    return 1 if trouble else 0


if __name__ == "__main__":
    sys.exit(main())
