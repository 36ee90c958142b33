"""One way to change a case: every status write goes through the transitions table."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from haven.cases import actions
from haven.cases.changes import changing
from haven.cases.transitions import StatusAction
from haven.core.errors import Conflict

SRC = Path(__file__).resolve().parents[2] / "src" / "haven"
# The one module allowed to write a case's status (Change.move).
ALLOWED = {SRC / "cases" / "changes.py"}


def _status_writes(path: Path) -> list[int]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    lines = []
    for node in ast.walk(tree):
        targets = node.targets if isinstance(node, ast.Assign) else []
        if isinstance(node, ast.AugAssign | ast.AnnAssign):
            targets = [node.target]
        lines += [t.lineno for t in targets if isinstance(t, ast.Attribute) and t.attr == "status"]
        writes = {"update", "create", "get_or_create", "update_or_create"}
        if isinstance(node, ast.Call) and getattr(node.func, "attr", "") in writes:
            lines += [k.value.lineno for k in node.keywords if k.arg == "status"]
    return lines


def test_no_status_write_bypasses_the_transitions_table():
    found = {}
    for path in SRC.rglob("*.py"):
        # Background jobs have a status of their own (a task row's), not a case's.
        if "migrations" in path.parts or "jobs" in path.parts or path in ALLOWED:
            continue
        if lines := _status_writes(path):
            found[str(path.relative_to(SRC))] = lines
    assert not found, f"status written outside haven.cases.changes: {found}"


def test_the_guard_itself_can_fail(tmp_path):
    sneaky = tmp_path / "sneaky.py"
    sneaky.write_text("case.status = 'closed'\nCase.objects.filter().update(status='new')\n")
    assert _status_writes(sneaky) == [1, 2]


def test_a_change_cannot_set_the_status_except_by_moving(personas):
    case = actions.open_case(acting_user=personas.lead)
    with pytest.raises(TypeError), changing(case, acting_user=personas.lead) as change:
        change.set(status="closed")
    with changing(case, acting_user=personas.lead) as change:
        change.move(StatusAction.WAIT)
    assert case.status == "waiting", "the change is copied back onto the caller's object"
    with pytest.raises(Conflict), changing(case, acting_user=personas.lead) as change:
        change.move(StatusAction.START)


def test_after_commit_work_runs_only_if_the_change_was_kept(
    personas, django_capture_on_commit_callbacks
):
    case = actions.open_case(acting_user=personas.lead)
    ran: list[str] = []
    with django_capture_on_commit_callbacks(execute=True):
        with changing(case, acting_user=personas.lead) as change:
            change.after_commit(lambda: ran.append("kept"))
        with pytest.raises(RuntimeError), changing(case, acting_user=personas.lead) as change:
            change.after_commit(lambda: ran.append("rolled back"))
            raise RuntimeError("simulated")
    assert ran == ["kept"]
