"""A process killed in the middle of sealing leaves only ciphertext under a hidden name."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from django.conf import settings

from haven.evidence import store
from tests.evidence.helpers import files_holding, marker

pytestmark = pytest.mark.slow

CHILD = """
import os, sys, time
import django
django.setup()
from haven.evidence import vault
mark = sys.argv[2].encode()

def pieces():
    for _ in range(4):
        yield mark + os.urandom(1024 * 1024) + mark
    print("sealing", flush=True)
    time.sleep(60)  # killed here, halfway through
    yield b""

vault.seal_all(sys.argv[1], "killeditem0", pieces(), limit=10**9)
"""


def test_a_process_killed_mid_seal_leaves_no_plaintext_and_no_blob(case):
    local = store.LocalStore(Path(settings.HAVEN_DATA_DIR) / "media")
    before = set(local.names())
    mark = marker()
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "haven.settings",
        "HAVEN_DATA_DIR": str(settings.HAVEN_DATA_DIR),
        "HAVEN_EVIDENCE_STORE": "local",
    }
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, case.pk, mark.decode()],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    try:
        assert child.stdout is not None
        line = child.stdout.readline()
        assert line == b"sealing\n", child.stderr.read() if child.stderr else line
        os.kill(child.pid, signal.SIGKILL)
        child.wait(timeout=10)
    finally:
        if child.poll() is None:
            child.kill()
    assert set(local.names()) == before
    [partial] = list(local.directory.glob(".partial-*"))
    assert partial.stat().st_size > 0
    assert files_holding(mark) == []
    old = time.time() - store.STALE_SECONDS - 1
    os.utime(partial, (old, old))
    assert local.sweep() == 1
