"""The victim's wishes, in their words, and the confirmation that an action respects them.

Any action that affects the victim (a ban and its timing, using evidence,
contacting anyone outside the team) shows the recorded wishes and asks the
moderator to confirm; the confirmation is an event on the timeline.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from django.db import transaction

from haven.accounts.models import User
from haven.cases import notes, sealing
from haven.cases.models import Case, CaseWishes
from haven.cases.timeline import append_event
from haven.core.errors import Conflict
from haven.core.events import EventType


@dataclass(frozen=True)
class Wishes:
    outcome: str
    safety: str
    updated_at: datetime
    updated_by: str


def record_wishes(case: Case, *, acting_user: User, outcome: str, safety: str) -> None:
    outcome = notes.clean_text(outcome, "victim's wishes", required=False)
    safety = notes.clean_text(safety, "what would make them feel safer", required=False)
    if not outcome and not safety:
        raise Conflict("Write down at least one of the victim's wishes.", code="empty_wishes")
    with transaction.atomic():
        wishes, _ = CaseWishes.objects.select_for_update().get_or_create(case=case)
        wishes.outcome_sealed = sealing.seal(case.pk, "wishes.outcome", outcome)
        wishes.safety_sealed = sealing.seal(case.pk, "wishes.safety", safety)
        wishes.updated_by = acting_user
        wishes.save()
        append_event(case, EventType.WISHES_RECORDED, actor_id=acting_user.pk)


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


def confirm_respects_wishes(case: Case, action: str, *, acting_user: User, confirmed: bool) -> None:
    """Inside the caller's transaction: refuse unless the moderator confirmed, then record it."""
    if not confirmed:
        raise Conflict(
            "Confirm that this respects the victim's wishes (shown above) before going ahead.",
            code="confirm_wishes",
        )
    recorded = CaseWishes.objects.filter(case=case).exists()
    append_event(
        case,
        EventType.WISHES_CONFIRMED,
        actor_id=acting_user.pk,
        payload={"action": action, "wishes_recorded": recorded},
    )
