"""The inbox: open cases by priority, then by how long the victim has waited."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from django.db.models import Count, Exists, OuterRef, Q, QuerySet
from django.utils import timezone

from haven.accounts.models import User
from haven.cases.access import cases_visible_to
from haven.cases.models import Case, CaseKind, CaseMember, CaseStatus


@dataclass(frozen=True)
class InboxFilter:
    status: str = ""  # "" means every open status; "closed" shows closed cases
    kind: str = ""
    mine: bool = False
    overdue: bool = False

    @classmethod
    def from_query(cls, query: dict[str, str]) -> InboxFilter:
        status = query.get("status", "")
        kind = query.get("kind", "")
        return cls(
            status=status if status in CaseStatus.values else "",
            kind=kind if kind in CaseKind.values else "",
            mine=query.get("mine") == "1",
            overdue=query.get("overdue") == "1",
        )


def _overdue(now: datetime) -> Q:
    return Q(first_responded_at__isnull=True, first_response_due__lt=now) & ~Q(
        status=CaseStatus.CLOSED
    )


def inbox(user: User, filters: InboxFilter, now: datetime | None = None) -> QuerySet[Case]:
    now = now or timezone.now()
    cases = cases_visible_to(user)
    if filters.status:
        cases = cases.filter(status=filters.status)
    else:
        cases = cases.exclude(status=CaseStatus.CLOSED)
    if filters.kind:
        cases = cases.filter(kind=filters.kind)
    if filters.mine:
        cases = cases.filter(Exists(CaseMember.objects.filter(case=OuterRef("pk"), user=user)))
    if filters.overdue:
        cases = cases.filter(_overdue(now))
    return cases.annotate(
        answered=Q(first_responded_at__isnull=False), is_overdue=_overdue(now)
    ).order_by("-priority", "answered", "created_at")


def counts(user: User, now: datetime | None = None) -> dict[str, int]:
    """One query for the numbers beside the inbox filters."""
    now = now or timezone.now()
    mine = Exists(CaseMember.objects.filter(case=OuterRef("pk"), user=user))
    open_ = ~Q(status=CaseStatus.CLOSED)
    return cases_visible_to(user).aggregate(
        open=Count("pk", filter=open_),
        new=Count("pk", filter=Q(status=CaseStatus.NEW)),
        in_progress=Count("pk", filter=Q(status=CaseStatus.OPEN)),
        closed=Count("pk", filter=Q(status=CaseStatus.CLOSED)),
        waiting=Count("pk", filter=Q(status=CaseStatus.WAITING)),
        overdue=Count("pk", filter=_overdue(now)),
        mine=Count("pk", filter=open_ & Q(mine)),
        critical=Count("pk", filter=open_ & Q(priority=4)),
    )
