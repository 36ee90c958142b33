"""The jobs modules import one another without a cycle, function-level imports included."""

from __future__ import annotations

import ast
from graphlib import CycleError, TopologicalSorter
from pathlib import Path

JOBS = Path(__file__).resolve().parents[2] / "src" / "haven" / "jobs"


def _imports(path: Path) -> set[str]:
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module:
            if node.module == "haven.jobs":
                found |= {alias.name for alias in node.names}
            elif node.module.startswith("haven.jobs."):
                found.add(node.module.split(".")[2])
        elif isinstance(node, ast.Import):
            found |= {a.name.split(".")[2] for a in node.names if a.name.startswith("haven.jobs.")}
    return found


def test_no_import_cycle_among_the_jobs_modules():
    modules = {path.stem: path for path in JOBS.glob("*.py")}
    graph = {name: _imports(path) & modules.keys() - {name} for name, path in modules.items()}
    assert "runs" in graph["outcomes"]
    assert "durable" not in graph["outcomes"]
    try:
        tuple(TopologicalSorter(graph).static_order())
    except CycleError as error:
        raise AssertionError(f"import cycle: {error.args[1]}") from None
