"""Documentation that cannot rot: every setting Haven reads is in docs/configuration.md."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
READ = re.compile(r"env\.(?:raw|string|boolean|integer|string_list)\(\s*\"([A-Z0-9_]+)\"")


def _settings_read() -> set[str]:
    names: set[str] = set()
    for path in (ROOT / "src" / "haven").rglob("*.py"):
        names |= set(READ.findall(path.read_text(encoding="utf-8")))
    return names


def test_every_setting_is_documented():
    names = _settings_read()
    assert {"HAVEN_DATA_DIR", "DATABASE_URL", "HAVEN_MASTER_KEY"} <= names
    doc = (ROOT / "docs" / "configuration.md").read_text(encoding="utf-8")
    missing = sorted(name for name in names if f"`{name}`" not in doc)
    assert missing == [], f"add these to docs/configuration.md: {missing}"


def test_readme_test_command_is_what_ci_runs():
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8").strip().splitlines()
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert ci[-1].strip() in readme
