"""Who "the team" is for a case: its members, or the safety leads while none of them
may open it (it has none yet, or the minors protocol took it from them).

Everyone named must be able to open the case (``haven.cases.access``), so a
restricted case or one that may involve a minor reaches only those who may see it.
"""

from __future__ import annotations

from haven.accounts.models import Role, User
from haven.cases import access
from haven.cases.models import Case, CaseMember


def team_of(case: Case) -> list[User]:
    member_ids = CaseMember.objects.filter(case=case).values_list("user_id", flat=True)
    people = User.objects.filter(pk__in=member_ids, is_active=True).order_by("pk")
    team = [user for user in people if still_on(user, case.pk)]
    if team:
        return team
    # No member may open it any more (the minors protocol hands it to the leads):
    # the leads are its team now, or nobody would be told.
    leads = User.objects.filter(role=Role.LEAD, is_active=True).order_by("pk")
    return [user for user in leads if still_on(user, case.pk)]


def still_on(user: User, case_id: str) -> bool:
    """At sending time: still active and able to open the case (not removed while held)."""
    return (
        user.is_active
        and access.cases_visible_to(user).filter(pk=case_id, erased_at__isnull=True).exists()
    )
