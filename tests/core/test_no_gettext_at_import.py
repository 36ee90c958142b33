"""Nothing is translated when a module is imported, only when a page is drawn.

A message translated at import time is fixed in whichever language was active
then (English, at start-up), and every member would read it so. The check runs
in a fresh interpreter, where every Haven module is imported for the first
time while Django's translation functions record who calls them.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

SRC = Path(__file__).resolve().parents[2] / "src"

# Runs in the child. ``_trans`` is what gettext, ngettext, pgettext and every
# lazy string call in the end, so a lazy string forced at import is caught too.
_CHILD = textwrap.dedent(
    """
    import importlib, json, pkgutil, sys, traceback

    import django
    from django.utils import translation

    job = json.loads(sys.argv[1])
    sys.path[:0] = job["path"]
    calls = []
    recording = False
    MACHINERY = ("django/utils/translation/__init__.py", "django/utils/functional.py")

    def recorder(name):
        real = getattr(translation._trans, name)

        def record(*args):
            if recording:
                # The caller: the innermost frame outside the translation machinery
                # (Django's own import-time strings are Django's business).
                caller = next(
                    f
                    for f in reversed(traceback.extract_stack()[:-1])
                    if not f.filename.endswith(MACHINERY)
                )
                if caller.filename.startswith(tuple(job["roots"])):
                    at = f"{caller.filename}:{caller.lineno}"
                    calls.append({"call": name, "message": str(args[-1])[:60], "at": at})
            return real(*args)

        return record

    for name in ("gettext", "ngettext", "pgettext", "npgettext"):
        setattr(translation._trans, name, recorder(name))

    recording = True
    django.setup()
    imported = 0
    for package in job["packages"]:
        top = importlib.import_module(package)
        names = [m.name for m in pkgutil.walk_packages(top.__path__, package + ".")]
        for name in names:
            if not name.endswith(".__main__"):
                importlib.import_module(name)
                imported += 1
    recording = False
    print(json.dumps({"calls": calls, "imported": imported}))
    """
)


def _import_all(packages: list[str], roots: list[Path], path: list[Path]) -> dict[str, object]:
    job = {"packages": packages, "roots": [str(r) for r in roots], "path": [str(p) for p in path]}
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "haven.testing.settings"}
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(SRC), os.environ.get("PYTHONPATH")]))
    done = subprocess.run(
        [sys.executable, "-c", _CHILD, json.dumps(job)],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_no_haven_module_translates_when_imported():
    found = _import_all(["haven"], [SRC / "haven"], [])
    assert found["imported"] > 200, "the walk did not reach Haven's modules"
    assert found["calls"] == [], "translated at import time (use gettext_lazy): " + json.dumps(
        found["calls"], indent=1
    )


def test_the_check_finds_gettext_and_a_forced_lazy_string(tmp_path):
    probe = tmp_path / "probe"
    probe.mkdir()
    (probe / "__init__.py").write_text("")
    (probe / "eager.py").write_text(
        "from django.utils.translation import gettext as _\nTITLE = _('Cases')\n"
    )
    (probe / "forced.py").write_text(
        "from django.utils.translation import gettext_lazy\nLABEL = str(gettext_lazy('Team'))\n"
    )
    (probe / "lazy.py").write_text(
        "from django.utils.translation import gettext_lazy\nLABEL = gettext_lazy('Notes')\n"
    )
    found = _import_all(["probe"], [probe], [tmp_path])
    assert found["imported"] == 3
    assert sorted(call["message"] for call in found["calls"]) == ["Cases", "Team"]
