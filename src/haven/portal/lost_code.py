"""A lost code: a new report is linked to the victim's earlier case, with a new code.

The victim says on a new report that they lost their code. A lead, or a
moderator on both cases' teams, checks it is the same person, then links
them: the earlier case gets a new code (shown once, for the team to pass on
through the new report's own follow-up page, never by e-mail or direct
message) and its old code stops working; both timelines say so.
"""

from __future__ import annotations

from contextlib import ExitStack
from dataclasses import dataclass

from django.db import transaction
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from haven.accounts.models import User
from haven.cases import access
from haven.cases.changes import changing
from haven.core.errors import Conflict, InvalidInput
from haven.core.events import Id, Names, NoPayload, declare
from haven.portal.codes import CodeReason, IssuedCode, fresh_code, issue_code


@dataclass(frozen=True)
class LostCodeLinked:
    earlier: Id
    later: Id


def _details(p: LostCodeLinked, names: Names) -> list[str]:
    return [
        _("earlier case %(earlier)s, new report %(later)s")
        % {"earlier": p.earlier, "later": p.later}
    ]


# The new report's own mark: its sender says they lost an earlier report's code.
LOST_CODE_ASKED = declare(
    "portal.lost_code_asked",
    NoPayload,
    gettext_lazy("The sender lost the code of an earlier report and asks to be linked to it"),
)

LOST_CODE_LINKED = declare(
    "portal.lost_code_linked",
    LostCodeLinked,
    gettext_lazy("Lost follow-up code: new report linked to the earlier case"),
    _details,
)


def link_lost_code(
    earlier_id: str, later_id: str, *, acting_user: User, identity_checked: bool
) -> IssuedCode:
    """Link the new report ``later_id`` to ``earlier_id``; a new code for the earlier case."""
    if not identity_checked:
        raise Conflict(
            "Check that the new report comes from the same person before linking it.",
            code="identity_not_checked",
        )
    earlier = access.get_case_for(acting_user, earlier_id)
    later = access.get_case_for(acting_user, later_id)
    if earlier.pk == later.pk:
        raise InvalidInput("A report cannot be linked to its own case.", code="same_case")
    fresh = fresh_code()
    payload = LostCodeLinked(Id(earlier.pk), Id(later.pk))
    with transaction.atomic(), ExitStack() as stack:
        # Always lock the two cases in the same order, so two links cannot deadlock.
        changes = {
            case.pk: stack.enter_context(changing(case, acting_user=acting_user))
            for case in sorted((earlier, later), key=lambda c: c.pk)
        }
        for change in changes.values():
            change.record(LOST_CODE_LINKED, payload)
        return issue_code(changes[earlier.pk], fresh, reason=CodeReason.LOST_CODE)
