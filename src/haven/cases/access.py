"""The only ways to fetch cases for a person. Anything they may not see is NotFound (404)."""

from __future__ import annotations

from django.db.models import QuerySet

from haven.accounts.models import User
from haven.cases.models import Case, CaseEvent, CaseNote, CaseParty
from haven.core.errors import NotFound


def cases_visible_to(user: User) -> QuerySet[Case]:
    """Cases ``user`` may see: all of them for a safety lead, their own for a moderator."""
    if not user.is_authenticated or not user.is_active:
        return Case.objects.none()
    if user.is_lead:
        return Case.objects.all()
    return Case.objects.filter(memberships__user=user)


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
