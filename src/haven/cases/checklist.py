"""The case checklist: the guide's nine key steps, each with a state, who, when and a note."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from django.db import transaction
from django.utils import timezone

from haven.accounts.models import User
from haven.cases import notes, progress
from haven.cases.guide import BY_KEY, MANDATORY_REPORT, STEPS, StepGuide
from haven.cases.models import Case, CaseStep, NoteKind, StepKey, StepState
from haven.cases.timeline import append_event
from haven.cases.victim_wishes import confirm_respects_wishes
from haven.core.choices import choice
from haven.core.errors import NotFound
from haven.core.events import EventType


@dataclass(frozen=True)
class StepLine:
    step: CaseStep
    guide: StepGuide
    set_by: str
    set_at: datetime | None


def create_steps(case: Case) -> None:
    """Inside the caller's transaction: the nine steps, all pending."""
    CaseStep.objects.bulk_create(
        CaseStep(case=case, key=guide.key, position=index)
        for index, guide in enumerate(STEPS, start=1)
    )


def add_mandatory_report_step(case: Case) -> None:
    """Inside the caller's transaction: the minors protocol's extra step, first in the list."""
    CaseStep.objects.get_or_create(case=case, key=MANDATORY_REPORT.key, defaults={"position": 0})


def set_step(
    case: Case,
    key: str,
    state: str,
    *,
    acting_user: User,
    note: str | None = None,
    respects_wishes: bool = False,
) -> CaseStep:
    key = choice(StepKey, key, "step")
    state = choice(StepState, state, "step state")
    guide = BY_KEY[key]
    text = notes.clean_text(note, "note", required=False)
    with transaction.atomic():
        step = CaseStep.objects.select_for_update().filter(case=case, key=key).first()
        if step is None:
            raise NotFound()
        progress.mark_started(case, acting_user=acting_user)
        if guide.affects_victim and state == StepState.DONE:
            confirm_respects_wishes(
                case, f"step.{key.value}", acting_user=acting_user, confirmed=respects_wishes
            )
        old = step.state
        step.state, step.set_by, step.set_at = state, acting_user, timezone.now()
        step.save(update_fields=["state", "set_by", "set_at"])
        event = append_event(
            case,
            EventType.STEP_CHANGED,
            actor_id=acting_user.pk,
            payload={"step": key.value, "from": old, "to": state.value},
        )
        if text:
            notes.attach_note(case, event, NoteKind.STEP, text, acting_user)
    return step


def steps_of(case: Case) -> list[StepLine]:
    return [
        StepLine(
            step=step,
            guide=BY_KEY[StepKey(step.key)],
            set_by=step.set_by.get_username() if step.set_by else "",
            set_at=step.set_at,
        )
        for step in CaseStep.objects.filter(case=case).select_related("set_by")
    ]
