"""Retention: a closed case's evidence is listed for a week, then deleted, unless it is reopened.

Evidence is kept while a case is open and ``HAVEN_EVIDENCE_RETENTION_DAYS``
after it closed, or the period a lead set for the case (``retention_periods``).
Then ``apply_retention`` (a periodic job) first lists it: a ``RetentionNotice``
on the case and ``evidence.retention_listed`` on its timeline, shown on the
evidence page, so the team has a week
(``NOTICE_DAYS``) to reopen the case if the victim still needs it. A week later
what was kept is discarded (hashes stay, as for a withdrawn consent). A case
reopened meanwhile has its notice withdrawn.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime, timedelta

from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from haven.cases.changes import changing
from haven.cases.models import Case, CaseStatus
from haven.core.events import declare
from haven.evidence import images, retention_periods
from haven.evidence.models import EvidenceItem, RetentionNotice

logger = logging.getLogger(__name__)
NOTICE_DAYS = 7


@dataclass(frozen=True)
class RetentionListed:
    items: int
    deletes_at: datetime


@dataclass(frozen=True)
class RetentionWithdrawn:
    pass


RETENTION_LISTED = declare(
    "evidence.retention_listed",
    RetentionListed,
    gettext_lazy("Evidence listed for deletion"),
    lambda p, names: [
        _("%(n)d items, deleted on %(when)s") % {"n": p.items, "when": f"{p.deletes_at:%Y-%m-%d}"}
    ],
)
RETENTION_WITHDRAWN = declare(
    "evidence.retention_withdrawn",
    RetentionWithdrawn,
    gettext_lazy("Evidence no longer listed for deletion: the case was reopened"),
)


@dataclass(frozen=True)
class RetentionRun:
    listed: int = 0
    deleted: int = 0
    withdrawn: int = 0


def _due_to_list(now: datetime) -> list[Case]:
    # Fetched by the shortest period in use, then each case held to its own.
    cutoff = now - timedelta(days=retention_periods.shortest_days())
    kept = EvidenceItem.objects.exclude(blob_name="").values("case_id")
    candidates = list(
        Case.objects.filter(
            status=CaseStatus.CLOSED,
            erased_at__isnull=True,
            closed_at__lte=cutoff,
            pk__in=kept,
            retention_notice__isnull=True,
        )
    )
    days = retention_periods.days_by_case(case.pk for case in candidates)
    return [
        case
        for case in candidates
        if case.closed_at is not None and case.closed_at <= now - timedelta(days=days[case.pk])
    ]


def _list(case: Case, now: datetime) -> None:
    deletes_at = now + timedelta(days=NOTICE_DAYS)
    count = EvidenceItem.objects.filter(case=case).exclude(blob_name="").count()
    with changing(case, acting_user=None) as change:
        RetentionNotice.objects.create(case=case, listed_at=now, deletes_at=deletes_at)
        change.record(RETENTION_LISTED, RetentionListed(count, deletes_at))


def _settle(notice: RetentionNotice, now: datetime) -> str:
    case = notice.case
    with changing(case, acting_user=None) as change:
        if case.status != CaseStatus.CLOSED:
            notice.delete()
            change.record(RETENTION_WITHDRAWN, RetentionWithdrawn())
            return "withdrawn"
        if notice.deletes_at > now:
            return ""
        images.discard_all(change, reason=images.DiscardReason.RETENTION)
        notice.delete()
        return "deleted"


def apply_retention(now: datetime | None = None) -> RetentionRun:
    """List what has outlived its retention; delete what was listed a week ago."""
    now = now or timezone.now()
    outcomes: list[str] = []
    for notice in RetentionNotice.objects.select_related("case").order_by("deletes_at"):
        outcomes.append(_settle(notice, now))
    due = _due_to_list(now)
    for case in due:
        _list(case, now)
    run = RetentionRun(len(due), outcomes.count("deleted"), outcomes.count("withdrawn"))
    logger.info("evidence retention listed=%d deleted=%d withdrawn=%d", *vars(run).values())
    return run
