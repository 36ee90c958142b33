"""core holds registries and errors for everyone, so it imports no other Haven module."""

from __future__ import annotations

import ast
from pathlib import Path

CORE = Path(__file__).resolve().parents[2] / "src" / "haven" / "core"


def _haven_imports(path: Path) -> set[str]:
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module)
        elif isinstance(node, ast.Import):
            found |= {alias.name for alias in node.names}
    return {name for name in found if name.startswith("haven.")}


def test_core_imports_only_core():
    outside = {
        str(path.relative_to(CORE)): sorted(
            n for n in _haven_imports(path) if not n.startswith("haven.core")
        )
        for path in CORE.rglob("*.py")
    }
    assert not {k: v for k, v in outside.items() if v}
