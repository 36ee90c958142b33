"""The only ways to fetch cases for a person. Anything they may not see is NotFound (404).

- A safety lead sees every case, except restricted cases they are not on.
- A safety moderator sees the cases they are on, except cases that may involve a
  minor (kind csea), which only leads can open.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from django.db.models import Count, Exists, OuterRef, Q, QuerySet

from haven.accounts.models import User
from haven.cases.models import (
    Case,
    CaseEvent,
    CaseKind,
    CaseMember,
    CaseNote,
    CaseParty,
    PartyRole,
)
from haven.core.errors import NotFound

if TYPE_CHECKING:
    from haven.evidence.models import EvidenceItem


def cases_visible_to(user: User) -> QuerySet[Case]:
    """Cases ``user`` may see; the one gate every view, API endpoint and command uses."""
    if not user.is_authenticated or not user.is_active:
        return Case.objects.none()
    on_team = Exists(CaseMember.objects.filter(case=OuterRef("pk"), user=user))
    if user.is_lead:
        return Case.objects.filter(Q(restricted=False) | on_team)
    return Case.objects.filter(on_team).exclude(kind=CaseKind.CSEA)


def get_case_for(user: User, case_id: str) -> Case:
    case = cases_visible_to(user).filter(pk=case_id).first()
    if case is None:
        raise NotFound()
    return case


def events_of(user: User, case_id: str) -> QuerySet[CaseEvent]:
    case = get_case_for(user, case_id)
    return CaseEvent.objects.filter(case=case).select_related("actor").order_by("seq")


def notes_of(user: User, case_id: str) -> QuerySet[CaseNote]:
    case = get_case_for(user, case_id)
    return CaseNote.objects.filter(case=case).select_related("author").order_by("created_at")


def parties_of(user: User, case_id: str) -> QuerySet[CaseParty]:
    case = get_case_for(user, case_id)
    return CaseParty.objects.filter(case=case).select_related("subject").order_by("created_at")


def media_of(user: User, case_id: str) -> QuerySet[EvidenceItem]:
    case = get_case_for(user, case_id)
    return media_in(case)


# The same children for a case already fetched through ``get_case_for``: a page that
# shows many of them checks access once.


def events_in(case: Case) -> QuerySet[CaseEvent]:
    return CaseEvent.objects.filter(case=case).order_by("seq")


def notes_in(case: Case) -> QuerySet[CaseNote]:
    return CaseNote.objects.filter(case=case).select_related("author").order_by("created_at")


def parties_in(case: Case) -> QuerySet[CaseParty]:
    return CaseParty.objects.filter(case=case).select_related("subject").order_by("created_at")


def media_in(case: Case) -> QuerySet[EvidenceItem]:
    """The case's images (the case page's list); all its evidence is in ``haven.evidence``."""
    from haven.evidence.models import EvidenceItem, EvidenceKind

    return EvidenceItem.objects.filter(case=case, kind=EvidenceKind.IMAGE).order_by("added_at")


def get_media_for(user: User, case_id: str, media_id: str) -> EvidenceItem:
    media = media_of(user, case_id).filter(pk=media_id).select_related("case").first()
    if media is None:
        raise NotFound()
    return media


def other_cases_of_perpetrators(user: User, case: Case, parties: list[CaseParty]) -> dict[int, int]:
    """By subject: how many *other* cases ``user`` can see where that account is a
    perpetrator, in one query.

    Counted for the viewer, at the time of viewing: a count over every case would
    tell a moderator that hidden cases exist, and about whom.
    """
    subjects = {p.subject_id for p in parties if p.subject_id and p.role == PartyRole.PERPETRATOR}
    if not subjects:
        return {}
    rows = (
        CaseParty.objects.filter(
            subject_id__in=subjects,
            role=PartyRole.PERPETRATOR,
            case__in=cases_visible_to(user).exclude(pk=case.pk),
        )
        .values("subject_id")
        .annotate(cases=Count("case_id", distinct=True))
    )
    return {row["subject_id"]: row["cases"] for row in rows}


def other_cases_of_perpetrator(user: User, party: CaseParty) -> int:
    """How many *other* cases ``user`` can see where this party's account is a perpetrator."""
    case = Case(pk=party.case_id)
    return other_cases_of_perpetrators(user, case, [party]).get(party.subject_id or 0, 0)
