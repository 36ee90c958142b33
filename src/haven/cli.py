"""The ``haven`` command: a small front over Haven's management commands.

haven init         create the data dir, keys and database tables
haven createuser   add a safety-team member and print their authenticator setup
haven resetfactor  replace a member's second factor (a lost phone), ending their sessions
haven deactivate   take a member off the team: no sign-in, sessions end, no cases
haven serve        run the web server and a background worker together
haven worker       run a background worker alone
haven demo         load synthetic demo cases, a demo safety lead and a demo moderator
haven check        Django's deploy checks plus Haven's own; non-zero on a problem
haven verify       check every case timeline for tampering
haven erase        erase a case for good, leaving only a tombstone
haven export       export a case's evidence for law enforcement, signed
haven verify-export  check an export's signature and every hash in it
haven connect      connect a server (its admin token is asked for, never an argument)
haven connections  list the connected servers; verify, dry-run or disconnect one
haven sync         read new and changed reports from the connected servers now
haven policy       print the server-rule texts about sextortion (--lang xx, --rule ID)
haven hash         PDQ (images), vPDQ (videos), MD5 and SHA-256 of files, as JSON lines
haven detect       run the sextortion detector on a text (no database needed);
                   --eval-cases: its figures against the moderators' marks
haven manage ...   any Django management command (migrate, shell, ...)
"""

from __future__ import annotations

import os
import sys

COMMANDS = {
    "init": "haven_init",
    "createuser": "haven_createuser",
    "resetfactor": "haven_resetfactor",
    "deactivate": "haven_deactivate",
    "serve": "haven_serve",
    "worker": "haven_worker",
    "demo": "haven_demo",
    "check": "haven_check",
    "verify": "haven_verify",
    "erase": "haven_erase",
    "export": "haven_export",
    "verify-export": "haven_verify_export",
    "connect": "haven_connect",
    "connections": "haven_connections",
    "sync": "haven_sync",
    "policy": "haven_policy",
    "hash": "haven_hash",
    "detector-figures": "haven_detector_figures",
}


def _usage() -> str:
    return (__doc__ or "").strip() + "\n\nRun 'haven COMMAND --help' for a command's options.\n"


def _run(name: str, command: str, rest: list[str]) -> None:
    import django
    from django.core.management import get_commands, load_command_class

    django.setup()
    # Run the command directly so its usage line reads "haven COMMAND".
    load_command_class(get_commands()[name], name).run_from_argv(["haven", command, *rest])


def main(argv: list[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "haven.settings")
    # Everything Haven writes (database, keys, evidence) is for its own user only.
    os.umask(0o077)
    if not args:
        # A command is required: say which there are, and fail like any usage error.
        sys.stderr.write(_usage())
        return 2
    if args[0] in {"-h", "--help", "help"}:
        sys.stdout.write(_usage())
        return 0
    if args[0] in {"--version", "version"}:
        from haven import __version__

        sys.stdout.write(f"haven {__version__}\n")
        return 0
    command, rest = args[0], args[1:]
    if command == "detect" and rest == ["--eval-cases"]:
        # The moderators' marks live in the cases: this one needs the database.
        command, rest = "detector-figures", []
    elif command == "detect":
        # Plain Python, no Django: usable on any text without a Haven install.
        from haven.detection.cli import main as detect_main

        return detect_main(rest)
    if command != "manage" and command not in COMMANDS:
        sys.stderr.write(f"haven: unknown command {command!r}\n\n{_usage()}")
        return 2

    from django.db import DatabaseError

    from haven.core.errors import HavenError

    try:
        if command == "manage":
            from django.core.management import execute_from_command_line

            execute_from_command_line(["haven manage", *rest])
        else:
            _run(COMMANDS[command], command, rest)
    except HavenError as exc:
        sys.stderr.write(f"haven: {exc.message}\n")
        return exc.exit_code
    except DatabaseError as exc:
        sys.stderr.write(
            f"haven: the database cannot be used ({exc.__class__.__name__}: {exc}).\n"
            "Run 'haven init' first, or check DATABASE_URL.\n"
        )
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
