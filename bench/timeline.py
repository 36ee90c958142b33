"""How fast a case timeline is written and verified, next to bare SHA-256 in the same run.

    python bench/timeline.py [EVENTS]

Uses a throwaway data dir and SQLite database; prints figures, asserts nothing.
"""

from __future__ import annotations

import hashlib
import os
import sys
import tempfile
import time

os.environ["HAVEN_DATA_DIR"] = tempfile.mkdtemp(prefix="haven-bench-")
os.environ.pop("DATABASE_URL", None)
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "haven.testing.settings")

import django

django.setup()

from django.core.management import call_command  # noqa: E402
from django.db import transaction  # noqa: E402

from haven.cases import actions  # noqa: E402
from haven.cases.timeline import append_event, verify_timeline  # noqa: E402
from haven.crypto.datadir import initialise  # noqa: E402
from haven.testing.demo import DEMO_LOADED  # noqa: E402
from haven.testing.personas import make_user  # noqa: E402


def main(events: int) -> None:
    initialise()
    call_command("migrate", verbosity=0)
    user = make_user("bench-lead", "lead")
    case = actions.open_case(acting_user=user)

    start = time.perf_counter()
    for _ in range(events):
        with transaction.atomic():
            append_event(case, DEMO_LOADED, actor_id=user.pk)
    append_s = time.perf_counter() - start

    start = time.perf_counter()
    report = verify_timeline(case)
    verify_s = time.perf_counter() - start
    assert report.ok

    payload = b'{"actor":1,"at":"2026-11-26T00:00:00.000000+00:00","case":"x","payload":{}}'
    start = time.perf_counter()
    for _ in range(events):
        hashlib.sha256(payload).hexdigest()
    sha_s = time.perf_counter() - start

    print(f"events: {events}")
    print(f"append (one transaction each): {events / append_s:,.0f} events/s")
    print(f"verify: {report.events_checked / verify_s:,.0f} events/s")
    print(f"bare sha256 baseline: {events / sha_s:,.0f} hashes/s")
    print(f"verify cost vs bare sha256: {verify_s / sha_s:,.1f}x")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 2000)
