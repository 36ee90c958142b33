"""A lost code: a new report is linked to the victim's earlier case, with a new code.

The victim says on a new report that they lost their code. A lead, or a
moderator on both cases' teams, checks it is the same person, then links
them. The new code for the earlier case is not made then: it is made, and
shown once, the next time the victim opens the new report's own follow-up
page (``hand_over``), so no moderator ever sees it and it never passes
through e-mail or a direct message. Making it revokes the earlier case's old
code; both timelines say so.
"""

from __future__ import annotations

from contextlib import ExitStack
from dataclasses import dataclass

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from haven.accounts.models import User
from haven.cases import access
from haven.cases.changes import changing
from haven.cases.models import Case, CaseEvent
from haven.core.errors import Conflict, InvalidInput
from haven.core.events import Id, Names, NoPayload, declare
from haven.portal.codes import CodeReason, IssuedCode, fresh_code, issue_code
from haven.portal.models import CodeHandover


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


CODE_HANDED_OVER = declare(
    "portal.code_handed_over",
    LostCodeLinked,
    gettext_lazy("The earlier case's new follow-up code was shown to the victim, once"),
    _details,
)


def link_lost_code(
    earlier_id: str, later_id: str, *, acting_user: User, identity_checked: bool
) -> CodeHandover:
    """Link the new report ``later_id`` to ``earlier_id``; its code is owed to the victim."""
    if not identity_checked:
        raise Conflict(
            _("Check that the new report comes from the same person before linking it."),
            code="identity_not_checked",
        )
    earlier = access.get_case_for(acting_user, earlier_id)
    later = access.get_case_for(acting_user, later_id)
    if earlier.pk == later.pk:
        raise InvalidInput(_("A report cannot be linked to its own case."), code="same_case")
    payload = LostCodeLinked(Id(earlier.pk), Id(later.pk))
    with transaction.atomic(), ExitStack() as stack:
        # Always lock the two cases in the same order, so two links cannot deadlock.
        changes = [
            stack.enter_context(changing(case, acting_user=acting_user))
            for case in sorted((earlier, later), key=lambda c: c.pk)
        ]
        for change in changes:
            change.record(LOST_CODE_LINKED, payload)
        CodeHandover.objects.filter(later=later, handed_over_at__isnull=True).delete()
        return CodeHandover.objects.create(earlier=earlier, later=later)


def pending_handover(later: Case) -> CodeHandover | None:
    return CodeHandover.objects.filter(later=later, handed_over_at__isnull=True).first()


def hand_over(later: Case) -> IssuedCode | None:
    """The earlier case's new code, made now to be shown once, if one is owed on ``later``."""
    if pending_handover(later) is None:
        return None
    fresh = fresh_code()  # hashing takes a while: before any lock
    with transaction.atomic():
        owed = (
            CodeHandover.objects.select_for_update()
            .select_related("earlier")
            .filter(later=later, handed_over_at__isnull=True)
            .first()
        )
        if owed is None:
            return None  # another page load handed it over a moment ago
        owed.handed_over_at = timezone.now()
        owed.save(update_fields=["handed_over_at"])
        if owed.earlier.erased_at is not None:
            return None
        payload = LostCodeLinked(Id(owed.earlier_id), Id(later.pk))
        with changing(later, acting_user=None) as change:
            change.record(CODE_HANDED_OVER, payload)
        with changing(owed.earlier, acting_user=None) as change:
            return issue_code(change, fresh, reason=CodeReason.LOST_CODE)


@dataclass(frozen=True)
class LinkState:
    asked: bool  # the sender asked to be linked, and no link was made yet
    pending: bool  # linked; the code is still owed to the victim


def link_state(case: Case) -> LinkState:
    """For the case page: one query, a second only once a link was made."""
    kinds = set(
        CaseEvent.objects.filter(
            case=case, type__in=(LOST_CODE_ASKED.name, LOST_CODE_LINKED.name)
        ).values_list("type", flat=True)
    )
    linked = LOST_CODE_LINKED.name in kinds
    return LinkState(
        asked=LOST_CODE_ASKED.name in kinds and not linked,
        pending=linked and pending_handover(case) is not None,
    )
