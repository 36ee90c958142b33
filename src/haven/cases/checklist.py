"""The case checklist: the guide's nine key steps (ten with the minors protocol's mandatory
report), each with a state, who, when and a note."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from haven.accounts.models import User
from haven.cases import notes, progress
from haven.cases.changes import changing
from haven.cases.guide import BY_KEY, MANDATORY_REPORT, STEPS, StepGuide
from haven.cases.models import Case, CaseStep, NoteKind, StepKey, StepState
from haven.cases.victim_wishes import confirm_respects_wishes
from haven.core.choices import choice
from haven.core.errors import NotFound
from haven.core.events import Names, declare


@dataclass(frozen=True)
class StepChanged:
    step: StepKey
    from_: StepState
    to: StepState


def _step_details(p: StepChanged, names: Names) -> list[str]:
    return [
        _("%(step)s: from %(old)s to %(new)s")
        % {"step": p.step.label, "old": p.from_.label, "new": p.to.label}
    ]


STEP_CHANGED = declare("step.changed", StepChanged, gettext_lazy("Step updated"), _step_details)


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
    with changing(case, acting_user=acting_user) as change:
        step = CaseStep.objects.select_for_update().filter(case=case, key=key).first()
        if step is None:
            raise NotFound()
        progress.mark_started(change)
        if guide.affects_victim and state == StepState.DONE:
            confirm_respects_wishes(change, key, confirmed=respects_wishes)
        old = StepState(step.state)
        step.state, step.set_by, step.set_at = state, acting_user, timezone.now()
        step.save(update_fields=["state", "set_by", "set_at"])
        event = change.record(STEP_CHANGED, StepChanged(key, old, state))
        if text:
            notes.attach_note(change.case, event, NoteKind.STEP, text, acting_user)
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
