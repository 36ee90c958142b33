"""A case's own retention period, set by a safety lead; otherwise the setting holds.

Evidence is kept while a case is open and then ``days`` after it closed:
``HAVEN_EVIDENCE_RETENTION_DAYS`` unless a lead set a period for the case
(longer when the victim may still need it, shorter when they asked). Setting
one is on the timeline. A listing already made for deletion is withdrawn with
it: the periodic job lists the case again when the new period ends.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from django.conf import settings
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from haven.accounts.models import User
from haven.cases.changes import changing
from haven.cases.models import Case
from haven.core.errors import Conflict, InvalidInput
from haven.core.events import Names, declare
from haven.evidence.models import RetentionNotice, RetentionPeriod

MAX_DAYS = 3650


@dataclass(frozen=True)
class RetentionSet:
    days: int | None = None  # None: back to the installation's setting


def _set_details(p: RetentionSet, names: Names) -> list[str]:
    if p.days is None:
        return [_("back to the default: %d days after closing") % default_days()]
    return [_("%d days after the case closes") % p.days]


RETENTION_SET = declare(
    "evidence.retention_set",
    RetentionSet,
    gettext_lazy("Evidence retention period set"),
    _set_details,
)


def default_days() -> int:
    return int(settings.HAVEN_EVIDENCE_RETENTION_DAYS)


def days_for(case: Case) -> int:
    period = RetentionPeriod.objects.filter(case=case).first()
    return period.days if period else default_days()


def days_by_case(case_ids: Iterable[str]) -> dict[str, int]:
    """The period of each case named (the default where no lead set one), in one query."""
    ids = list(case_ids)
    chosen = dict(RetentionPeriod.objects.filter(case_id__in=ids).values_list("case_id", "days"))
    return {case_id: chosen.get(case_id, default_days()) for case_id in ids}


def shortest_days() -> int:
    chosen = RetentionPeriod.objects.order_by("days").values_list("days", flat=True).first()
    return min(default_days(), chosen if chosen is not None else default_days())


def set_retention(case: Case, days: int | None, *, acting_user: User) -> None:
    """Keep ``case``'s evidence ``days`` after it closes (None: the setting's default)."""
    if not acting_user.is_lead:
        raise Conflict("Only a safety lead can change how long evidence is kept.", code="lead_only")
    if days is not None and not 0 <= days <= MAX_DAYS:
        raise InvalidInput(_("Give a number of days from 0 to %d.") % MAX_DAYS, code="days")
    with changing(case, acting_user=acting_user) as change:
        if days is None:
            RetentionPeriod.objects.filter(case=case).delete()
        else:
            RetentionPeriod.objects.update_or_create(
                case=case,
                defaults={"days": days, "set_by": acting_user, "set_at": timezone.now()},
            )
        RetentionNotice.objects.filter(case=case).delete()
        change.record(RETENTION_SET, RetentionSet(days))
