"""Settings for the test suite: Haven's own settings over a throwaway data dir.

Everything security-relevant stays as in production; only the password hash
is made cheap, because tests log in hundreds of times.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

# Never the operator's data dir: a fresh one per run, inherited by subprocesses.
os.environ["HAVEN_DATA_DIR"] = tempfile.mkdtemp(prefix="haven-test-")
os.environ.pop("HAVEN_MASTER_KEY", None)

from haven.settings import *  # noqa: F403
from haven.settings import HAVEN_DATA_DIR

PASSWORD_HASHERS = ["haven.testing.hashers.FastArgon2PasswordHasher"]
LOGGING = {**LOGGING, "root": {**LOGGING["root"], "level": "DEBUG"}}  # noqa: F405  (the logs test reads everything)

HAVEN_DATA_DIR.mkdir(mode=0o700, parents=True, exist_ok=True)

if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":  # noqa: F405
    # A file, as in production, not Django's shared-cache memory database: there
    # a second thread's write fails at once with "database table is locked"
    # instead of waiting its turn, and the worker tests run several threads.
    # Outside the data dir, which the erasure tests search byte by byte.
    _db_dir = tempfile.mkdtemp(prefix="haven-test-db-")
    DATABASES["default"]["TEST"] = {"NAME": str(Path(_db_dir) / "test.sqlite3")}  # noqa: F405
