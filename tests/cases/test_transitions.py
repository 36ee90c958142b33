"""The status of a case changes only through one table."""

from __future__ import annotations

import itertools

import pytest

from haven.cases.models import CaseStatus
from haven.cases.transitions import TRANSITIONS, StatusAction, next_status
from haven.core.errors import Conflict

ALLOWED = {
    ("new", "start"): "open",
    ("new", "wait"): "waiting",
    ("new", "close"): "closed",
    ("open", "wait"): "waiting",
    ("open", "close"): "closed",
    ("waiting", "resume"): "open",
    ("waiting", "close"): "closed",
    ("closed", "reopen"): "open",
    ("new", "erase"): "closed",
    ("open", "erase"): "closed",
    ("waiting", "erase"): "closed",
    ("closed", "erase"): "closed",
}


@pytest.mark.parametrize(
    ("status", "action"), list(itertools.product(CaseStatus.values, StatusAction))
)
def test_every_pair(status, action):
    expected = ALLOWED.get((status, action.value))
    if expected is None:
        with pytest.raises(Conflict) as info:
            next_status(status, action)
        assert info.value.code == "invalid_transition"
    else:
        assert next_status(status, action) == expected


def test_table_is_the_documented_one():
    assert {(s.value, a.value): t.value for (s, a), t in TRANSITIONS.items()} == ALLOWED


def test_unknown_values_are_conflicts_not_crashes():
    with pytest.raises(Conflict):
        next_status("new", "explode")
    with pytest.raises(Conflict):
        next_status("limbo", "start")
