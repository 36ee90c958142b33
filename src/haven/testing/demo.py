"""Synthetic demo cases for a first look at Haven. Every name, handle and text is invented."""

from __future__ import annotations

from dataclasses import dataclass

from django.db import transaction

from haven.accounts.models import User
from haven.cases import actions, notes, responding
from haven.cases.models import Case, CaseEvent, CaseKind, Priority
from haven.cases.timeline import append_event
from haven.core.events import EventType

# A repeat sender across two cases shows how a Subject links them.
REPEAT_SENDER = "quickcash_4471@spam.example"


@dataclass(frozen=True)
class DemoCase:
    kind: str
    priority: int
    disclosure: str
    perpetrator: str | None
    notes: tuple[str, ...] = ()
    status_actions: tuple[str, ...] = ()
    with_moderator: bool = False
    close_reason: str = ""


DEMO_CASES = (
    DemoCase(
        CaseKind.SEXTORTION,
        Priority.CRITICAL,
        "(Synthetic demo) A member wrote through the report page: someone they met here says "
        "they will send private photos to the member's followers tonight unless they pay. The "
        "member says they feel they cannot cope.",
        REPEAT_SENDER,
        ("Demo note: replied within the hour, shared crisis line details.",),
        ("start",),
        with_moderator=True,
    ),
    DemoCase(
        CaseKind.SEXTORTION,
        Priority.HIGH,
        "(Synthetic demo) Report comment: 'this account messaged me asking for gift cards or "
        "it will post a video of me'. Screenshots attached by the reporter.",
        REPEAT_SENDER,
        (),
        (),
        with_moderator=True,
    ),
    DemoCase(
        CaseKind.NCII,
        Priority.HIGH,
        "(Synthetic demo) A member says an ex-partner posted an intimate picture of them on a "
        "remote server and tagged their friends.",
        "former_partner_12@remote.example",
        ("Demo note: asked the member which removals they want first.",),
        ("start", "wait"),
    ),
    DemoCase(
        CaseKind.SEXTORTION,
        Priority.NORMAL,
        "(Synthetic demo) A member forwarded a bulk e-mail claiming to have webcam recordings "
        "and demanding bitcoin. No material shown; the member is worried but safe.",
        None,
        (),
        (),
    ),
    DemoCase(
        CaseKind.SEXTORTION,
        Priority.NORMAL,
        "(Synthetic demo) A member warns others that a new account is sending threats to "
        "several people after a video chat.",
        "newaccount_9@spam.example",
        ("Demo note: the member wants to stay anonymous.",),
        ("start",),
        close_reason="withdrawn",
    ),
)


def real_cases_exist() -> bool:
    demo = CaseEvent.objects.filter(type=EventType.DEMO_LOADED).values("case_id")
    return Case.objects.exclude(pk__in=demo).exists()


def demo_loaded() -> bool:
    return CaseEvent.objects.filter(type=EventType.DEMO_LOADED).exists()


def load_demo_cases(lead: User, moderator: User) -> list[Case]:
    cases = []
    for spec in DEMO_CASES:
        members = [moderator] if spec.with_moderator else []
        case = actions.open_case(
            acting_user=lead,
            kind=spec.kind,
            priority=spec.priority,
            disclosure=spec.disclosure,
            members=members,
        )
        with transaction.atomic():
            append_event(case, EventType.DEMO_LOADED, actor_id=lead.pk)
        actions.add_party(case, "victim", acting_user=lead, label="(demo) the member")
        if spec.perpetrator:
            actions.add_party(case, "perpetrator", acting_user=lead, acct=spec.perpetrator)
        for note in spec.notes:
            notes.add_note(case, note, acting_user=lead)
        for action in spec.status_actions:
            actions.change_status(case, action, acting_user=lead)
        if spec.close_reason:
            responding.close_case(
                case,
                acting_user=lead,
                reason=spec.close_reason,
                note="(demo) The member asked us not to act further.",
            )
        cases.append(case)
    return cases
