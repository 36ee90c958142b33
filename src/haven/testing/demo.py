"""Synthetic demo cases for a first look at Haven. Every name, handle and text is invented."""

from __future__ import annotations

from dataclasses import dataclass, field

from django.utils.translation import gettext_lazy

from haven.accounts.models import User
from haven.cases import (
    actions,
    assessing,
    checklist,
    consent,
    notes,
    responding,
    victim_wishes,
)
from haven.cases.changes import changing
from haven.cases.models import Case, CaseEvent, CaseKind, CaseStatus
from haven.core.events import NoPayload, declare

DEMO_LOADED = declare("case.demo_loaded", NoPayload, gettext_lazy("Synthetic demo case"))

# A repeat sender across two cases shows how a Subject links them.
REPEAT_SENDER = "quickcash_4471@spam.example"


@dataclass(frozen=True)
class DemoCase:
    kind: str
    disclosure: str
    perpetrator: str | None
    answers: dict[str, str] = field(default_factory=dict)
    steps: dict[str, str] = field(default_factory=dict)
    wishes: tuple[str, str] | None = None
    consents: tuple[str, ...] = ()
    responded: bool = False
    notes: tuple[str, ...] = ()
    status_actions: tuple[str, ...] = ()
    with_moderator: bool = False
    close_reason: str = ""


DEMO_CASES = (
    DemoCase(
        CaseKind.SEXTORTION,
        "(Synthetic demo) A member wrote through the report page: someone they met here says "
        "they will send private photos to the member's followers tonight unless they pay. The "
        "member says they feel they cannot cope.",
        REPEAT_SENDER,
        answers={
            "immediate_risk": "yes",
            "threat_of_exposure": "yes",
            "demand_money": "yes",
            "evidence_available": "yes",
            "minor_involved": "no",
        },
        steps={"believe": "done", "wishes": "done", "non_compliance": "done"},
        wishes=(
            "(demo) Get the account banned, but only after they have saved the messages.",
            "(demo) Knowing the account cannot see their posts any more.",
        ),
        consents=("evidence_for_ban",),
        responded=True,
        notes=("Demo note: replied within the hour, shared crisis line details.",),
        status_actions=("start",),
        with_moderator=True,
    ),
    DemoCase(
        CaseKind.SEXTORTION,
        "(Synthetic demo) Report comment: 'this account messaged me asking for gift cards or "
        "it will post a video of me'. Screenshots attached by the reporter.",
        REPEAT_SENDER,
        answers={"threat_of_exposure": "yes", "demand_money": "yes"},
        with_moderator=True,
    ),
    DemoCase(
        CaseKind.NCII,
        "(Synthetic demo) A member says an ex-partner posted an intimate picture of them on a "
        "remote server and tagged their friends.",
        "former_partner_12@remote.example",
        answers={"threat_of_exposure": "no", "immediate_risk": "no", "evidence_available": "yes"},
        steps={"believe": "done", "remove_material": "not_applicable"},
        responded=True,
        notes=("Demo note: asked the member which removals they want first.",),
        status_actions=("start", "wait"),
    ),
    DemoCase(
        CaseKind.SEXTORTION,
        "(Synthetic demo) A member forwarded a bulk e-mail claiming to have webcam recordings "
        "and demanding bitcoin. No material shown; the member is worried but safe.",
        None,
    ),
    DemoCase(
        CaseKind.SEXTORTION,
        "(Synthetic demo) A member says they are in year 10 at school and an account is "
        "demanding more pictures.",
        "newaccount_9@spam.example",
        answers={"minor_involved": "yes", "demand_material": "yes", "threat_of_exposure": "yes"},
    ),
    DemoCase(
        CaseKind.SEXTORTION,
        "(Synthetic demo) A member warns others that a new account is sending threats to "
        "several people after a video chat.",
        "newaccount_9@spam.example",
        notes=("Demo note: the member wants to stay anonymous.",),
        status_actions=("start",),
        close_reason="withdrawn",
    ),
)


def real_cases_exist() -> bool:
    demo = CaseEvent.objects.filter(type=DEMO_LOADED.name).values("case_id")
    return Case.objects.exclude(pk__in=demo).exists()


def demo_loaded() -> bool:
    return CaseEvent.objects.filter(type=DEMO_LOADED.name).exists()


def load_demo_cases(lead: User, moderator: User) -> list[Case]:
    return [_load(spec, lead, moderator) for spec in DEMO_CASES]


def _load(spec: DemoCase, lead: User, moderator: User) -> Case:
    members = [moderator] if spec.with_moderator else []
    case = actions.open_case(
        acting_user=lead, kind=spec.kind, disclosure=spec.disclosure, members=members
    )
    with changing(case, acting_user=lead) as change:
        change.record(DEMO_LOADED)
    actions.add_party(case, "victim", acting_user=lead, label="(demo) the member")
    if spec.perpetrator:
        actions.add_party(case, "perpetrator", acting_user=lead, acct=spec.perpetrator)
    if spec.answers:
        assessing.update_assessment(case, acting_user=lead, answers=spec.answers)
    if spec.wishes:
        victim_wishes.record_wishes(
            case, acting_user=lead, outcome=spec.wishes[0], safety=spec.wishes[1]
        )
    for scope in spec.consents:
        consent.record_consent(case, scope, given=True, acting_user=lead, method="told_moderator")
    for key, state in spec.steps.items():
        checklist.set_step(case, key, state, acting_user=lead, respects_wishes=True)
    if spec.responded:
        responding.record_response(
            case,
            acting_user=lead,
            channel="fediverse",
            note="(demo) Thanked them, said it is not their fault, explained what we will do.",
        )
    for note in spec.notes:
        notes.add_note(case, note, acting_user=lead)
    for action in spec.status_actions:
        if not (action == "start" and case.status != CaseStatus.NEW):  # work already began
            actions.change_status(case, action, acting_user=lead)
    if spec.close_reason:
        responding.close_case(
            case,
            acting_user=lead,
            reason=spec.close_reason,
            note="(demo) The member asked us not to act further.",
        )
    return case
