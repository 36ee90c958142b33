"""The inbox: by priority, unanswered first, longest waiting first; counts in one query."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.utils import timezone

from haven.cases import deadlines, inbox
from haven.cases.models import Case, CaseMember
from haven.testing.personas import Personas

NOW = timezone.now().replace(microsecond=0)
HOUR = timedelta(hours=1)


def make_case(
    members: list,
    *,
    priority: int = 2,
    status: str = "new",
    kind: str = "sextortion",
    age: float = 1,
    due: float = 24,
    answered: bool = False,
    restricted: bool = False,
) -> Case:
    """A bare case row, ``age`` hours old, due ``due`` hours from NOW (negative: past)."""
    case = Case.objects.create(
        kind=kind,
        status=status,
        priority=priority,
        restricted=restricted,
        first_response_due=NOW + due * HOUR,
        first_responded_at=NOW - HOUR if answered else None,
        closed_at=NOW if status == "closed" else None,
    )
    Case.objects.filter(pk=case.pk).update(created_at=NOW - age * HOUR)
    CaseMember.objects.bulk_create(CaseMember(case=case, user=user) for user in members)
    return case


def ids(desk: dict[str, Case], *wanted: str) -> list[str]:
    return [desk[name].pk for name in wanted]


def listed(user, **filters) -> list[str]:
    found = inbox.inbox(user, inbox.InboxFilter(**filters), now=NOW)
    return [c.pk for c in found]


def test_order_is_priority_then_unanswered_then_oldest(personas: Personas):
    lead = personas.lead
    cases = {
        "a": make_case([], priority=4, age=2),
        "b": make_case([], priority=4, age=10, answered=True),
        "c": make_case([], priority=4, age=5),
        "d": make_case([], priority=3, age=1),
        "e": make_case([], priority=2, age=30, answered=True),
        "f": make_case([], priority=2, age=3, status="open"),
        "g": make_case([], priority=2, age=20, status="waiting"),
        "h": make_case([], priority=1, age=50),
        "closed": make_case([], priority=4, age=90, status="closed"),
    }
    expected = ["c", "a", "b", "d", "g", "f", "e", "h"]
    assert listed(lead) == [cases[n].pk for n in expected]


@pytest.fixture
def desk(personas: Personas) -> dict[str, Case]:
    lead, mod, out = personas.lead, personas.moderator, personas.outsider
    return {
        "n1": make_case([mod], due=1),
        "n2": make_case([lead], kind="ncii", priority=3, due=-1),
        "o1": make_case([mod, lead], status="open", priority=4, due=-2, answered=True),
        "w1": make_case([out], status="waiting", kind="ncii", due=-5),
        "c1": make_case([mod], status="closed", priority=4, due=-10),
        "x1": make_case([mod], kind="csea", priority=4, due=1),
        "r1": make_case([mod], status="open", restricted=True),
    }


FILTERS = [
    # who, filters, expected (as a set: ordering is tested above)
    ("lead", {}, {"n1", "n2", "o1", "w1", "x1"}),
    ("lead", {"status": "new"}, {"n1", "n2", "x1"}),
    ("lead", {"status": "open"}, {"o1"}),
    ("lead", {"status": "waiting"}, {"w1"}),
    ("lead", {"status": "closed"}, {"c1"}),
    ("lead", {"kind": "ncii"}, {"n2", "w1"}),
    ("lead", {"kind": "csea"}, {"x1"}),
    ("lead", {"mine": True}, {"n2", "o1"}),
    ("lead", {"overdue": True}, {"n2", "w1"}),
    ("lead", {"overdue": True, "kind": "ncii", "status": "waiting"}, {"w1"}),
    ("lead", {"mine": True, "overdue": True}, {"n2"}),
    ("moderator", {}, {"n1", "o1", "r1"}),
    ("moderator", {"status": "closed"}, {"c1"}),
    ("moderator", {"kind": "csea"}, set()),
    ("moderator", {"mine": True}, {"n1", "o1", "r1"}),
    ("moderator", {"overdue": True}, set()),
    ("outsider", {}, {"w1"}),
    ("outsider", {"overdue": True}, {"w1"}),
    ("outsider", {"kind": "sextortion"}, set()),
]


@pytest.mark.parametrize(("who", "filters", "expected"), FILTERS)
def test_filters(desk, personas, who, filters, expected):
    found = listed(getattr(personas, who), **filters)
    assert sorted(found) == sorted(ids(desk, *expected))
    assert len(found) == len(set(found))  # no duplicates from the membership joins


COUNTS = {
    "lead": {"open": 5, "new": 3, "waiting": 1, "overdue": 2, "mine": 2, "critical": 2},
    "moderator": {"open": 3, "new": 1, "waiting": 0, "overdue": 0, "mine": 3, "critical": 1},
    "outsider": {"open": 1, "new": 0, "waiting": 1, "overdue": 1, "mine": 1, "critical": 0},
}


@pytest.mark.parametrize("who", sorted(COUNTS))
def test_counts_match_the_filters(desk, personas, who):
    user = getattr(personas, who)
    counts = inbox.counts(user, now=NOW)
    assert counts["in_progress"] == len(listed(user, status="open"))
    assert counts.pop("closed") == len(listed(user, status="closed"))
    counts.pop("in_progress")
    assert counts == COUNTS[who]
    assert counts["open"] == len(listed(user))
    assert counts["new"] == len(listed(user, status="new"))
    assert counts["waiting"] == len(listed(user, status="waiting"))
    assert counts["overdue"] == len(listed(user, overdue=True))
    assert counts["mine"] == len(listed(user, mine=True))
    critical = inbox.inbox(user, inbox.InboxFilter(), now=NOW).filter(priority=4)
    assert counts["critical"] == critical.count()


def test_the_overdue_mark_agrees_with_is_overdue(desk, personas):
    rows = inbox.inbox(personas.lead, inbox.InboxFilter(status="closed"), now=NOW)
    rows = [*rows, *inbox.inbox(personas.lead, inbox.InboxFilter(), now=NOW)]
    assert len(rows) == 6
    for row in rows:
        assert row.is_overdue == deadlines.is_overdue(row, now=NOW), row.pk
        assert row.answered == (row.first_responded_at is not None)


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ({}, inbox.InboxFilter()),
        ({"status": "waiting", "kind": "ncii"}, inbox.InboxFilter(status="waiting", kind="ncii")),
        ({"status": "limbo", "kind": "<script>"}, inbox.InboxFilter()),
        ({"mine": "1", "overdue": "1"}, inbox.InboxFilter(mine=True, overdue=True)),
        ({"mine": "true", "overdue": "yes"}, inbox.InboxFilter()),
        ({"status": "CLOSED"}, inbox.InboxFilter()),
    ],
)
def test_filter_from_query(query, expected):
    assert inbox.InboxFilter.from_query(query) == expected


def bulk_cases(personas: Personas, count: int) -> None:
    statuses, kinds = ["new", "open", "waiting", "closed"], ["sextortion", "ncii", "csea"]
    cases = Case.objects.bulk_create(
        Case(
            status=statuses[i % 4],
            kind=kinds[i % 3],
            priority=1 + i % 4,
            first_response_due=NOW + (i % 7 - 3) * HOUR,
            first_responded_at=NOW if i % 5 == 0 else None,
            restricted=i % 11 == 0,
        )
        for i in range(count)
    )
    CaseMember.objects.bulk_create(
        CaseMember(case=case, user=user)
        for i, case in enumerate(cases)
        for user in [personas.moderator, personas.lead][: 1 + i % 2]
    )


@pytest.mark.parametrize("count", [5, 200])
@pytest.mark.parametrize("who", ["lead", "moderator"])
@pytest.mark.parametrize("filters", [{}, {"mine": True, "overdue": True}, {"status": "closed"}])
def test_query_count_is_pinned(personas, django_assert_num_queries, count, who, filters):
    bulk_cases(personas, count)
    user = getattr(personas, who)
    with django_assert_num_queries(2):
        page = list(inbox.inbox(user, inbox.InboxFilter(**filters), now=NOW)[:50])
        numbers = inbox.counts(user, now=NOW)
        for case in page:
            assert case.is_overdue in (True, False) and case.answered in (True, False)
    assert 0 < len(page) <= 50
    assert numbers["open"] >= (len(page) if "status" not in filters else 0)
