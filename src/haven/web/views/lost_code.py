"""Linking a report whose sender lost their code to the earlier case, from the case page."""

from __future__ import annotations

from typing import Any

from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from haven.accounts.models import User
from haven.cases.access import cases_visible_to
from haven.cases.models import Case
from haven.core.errors import NotFound
from haven.portal import lost_code
from haven.web.forms import LostCodeForm
from haven.web.views.posting import case_form

# A case id is 22 characters; the desk shows its first 8.
SHORT_ID = 8


def earlier_case_for(user: User, given: str) -> Case:
    """The one case ``user`` can see whose id is, or begins with, ``given``."""
    given = given.strip()
    if len(given) < SHORT_ID:
        raise NotFound(_("No case you can open has that id."))
    found = list(cases_visible_to(user).filter(pk__startswith=given)[:2])
    if len(found) != 1:
        raise NotFound(_("No case you can open has that id."))
    return found[0]


LINKED = gettext_lazy(
    "Linked. The victim will see the earlier case's new code, once, the next time they "
    "open this report's follow-up page."
)


@case_form(LostCodeForm, "lost-code", LINKED)
def link(request: Any, case: Case, data: dict[str, Any]) -> None:
    earlier = earlier_case_for(request.user, data["earlier"])
    lost_code.link_lost_code(
        earlier.pk,
        case.pk,
        acting_user=request.user,
        identity_checked=data["identity_checked"],
    )
