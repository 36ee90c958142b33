"""The victim's wishes, in their words, and the confirmation that an action respects them.

Any action that affects the victim (a ban and its timing, using evidence,
contacting anyone outside the team) shows the recorded wishes and asks the
moderator to confirm; the confirmation is an event on the timeline.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from haven.accounts.models import User
from haven.cases import notes, sealing
from haven.cases.changes import Change, changing
from haven.cases.models import Case, CaseWishes, StepKey
from haven.core.errors import Conflict
from haven.core.events import Names, NoPayload, declare


@dataclass(frozen=True)
class WishesConfirmed:
    """The moderator confirmed that an action (today: a step of the guide) respects them."""

    step: StepKey
    wishes_recorded: bool


def _confirmed_details(p: WishesConfirmed, names: Names) -> list[str]:
    lines = [str(p.step.label)]
    return lines + ([] if p.wishes_recorded else [_("no wishes were recorded yet")])


WISHES_RECORDED = declare(
    "wishes.recorded",
    NoPayload,
    gettext_lazy("Victim's wishes recorded"),
    lambda p, names: [_("in the victim's words (encrypted)")],
)
WISHES_CONFIRMED = declare(
    "wishes.confirmed",
    WishesConfirmed,
    gettext_lazy("Action confirmed against the victim's wishes"),
    _confirmed_details,
)


@dataclass(frozen=True)
class Wishes:
    outcome: str
    safety: str
    updated_at: datetime
    updated_by: str


def record_wishes(case: Case, *, acting_user: User | None, outcome: str, safety: str) -> None:
    """The wishes in the victim's words; ``acting_user`` None: from the report page."""
    outcome = notes.clean_text(outcome, "victim's wishes", required=False)
    safety = notes.clean_text(safety, "what would make them feel safer", required=False)
    if not outcome and not safety:
        raise Conflict("Write down at least one of the victim's wishes.", code="empty_wishes")
    with changing(case, acting_user=acting_user) as change:
        wishes, _created = CaseWishes.objects.select_for_update().get_or_create(case=case)
        wishes.outcome_sealed = sealing.seal(case.pk, "wishes.outcome", outcome)
        wishes.safety_sealed = sealing.seal(case.pk, "wishes.safety", safety)
        wishes.updated_by = acting_user
        wishes.save()
        change.record(WISHES_RECORDED)


def read_wishes(case: Case) -> Wishes | None:
    wishes = CaseWishes.objects.filter(case=case).select_related("updated_by").first()
    if wishes is None:
        return None
    return Wishes(
        outcome=sealing.unseal(case.pk, "wishes.outcome", wishes.outcome_sealed or b"")
        if wishes.outcome_sealed
        else "",
        safety=sealing.unseal(case.pk, "wishes.safety", wishes.safety_sealed or b"")
        if wishes.safety_sealed
        else "",
        updated_at=wishes.updated_at,
        updated_by=wishes.updated_by.get_username() if wishes.updated_by else "",
    )


def confirm_respects_wishes(change: Change, step: StepKey, *, confirmed: bool) -> None:
    """Inside a change: refuse unless the moderator confirmed, then record it."""
    if not confirmed:
        raise Conflict(
            "Read the victim's wishes, shown with this step, and confirm that this respects "
            "them before going ahead.",
            code="confirm_wishes",
        )
    recorded = CaseWishes.objects.filter(case=change.case).exists()
    change.record(WISHES_CONFIRMED, WishesConfirmed(step, recorded))
