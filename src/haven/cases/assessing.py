"""The structured assessment: the guide's key questions, the priority they set, and urgency."""

from __future__ import annotations

from dataclasses import dataclass

from django.db import transaction

from haven.accounts.models import User
from haven.cases import deadlines, minors, notes, sealing
from haven.cases.models import Answer, Assessment, Case
from haven.cases.priority import Rule, priority_for_case
from haven.cases.timeline import append_event
from haven.core.errors import InvalidInput
from haven.core.events import EventType

QUESTIONS = (
    "immediate_risk",
    "threat_of_exposure",
    "demand_money",
    "demand_material",
    "demand_action",
    "demand_other",
    "evidence_available",
    "minor_involved",
)
DETAILS = ("risk_details", "demand_details", "evidence_details")


@dataclass(frozen=True)
class AssessmentView:
    answers: dict[str, str]
    details: dict[str, str]
    rule: Rule


def read_assessment(case: Case) -> AssessmentView:
    assessment = Assessment.objects.get(case=case)
    details = {}
    for name in DETAILS:
        sealed = getattr(assessment, f"{name}_sealed")
        details[name] = sealing.unseal(case.pk, f"assessment.{name}", sealed) if sealed else ""
    answers = {name: getattr(assessment, name) for name in QUESTIONS}
    return AssessmentView(answers, details, priority_for_case(case, assessment))


def update_assessment(
    case: Case,
    *,
    acting_user: User,
    answers: dict[str, str],
    details: dict[str, str] | None = None,
) -> Rule:
    """Change some answers (and their notes); re-derive priority, deadline and protocol."""
    unknown = set(answers) - set(QUESTIONS) | set(details or {}) - set(DETAILS)
    if unknown:
        raise InvalidInput("Unknown assessment question.", code="unknown_question")
    try:
        cleaned = {name: Answer(value) for name, value in answers.items()}
    except ValueError:
        raise InvalidInput("Each answer is yes, no or unknown.", code="bad_answer") from None
    texts = {
        name: notes.clean_text(v, "detail", required=False) for name, v in (details or {}).items()
    }
    with transaction.atomic():
        current = Case.objects.select_for_update().get(pk=case.pk)
        assessment = Assessment.objects.select_for_update().get(case=current)
        old = read_assessment(current)
        changed = {n: v.value for n, v in cleaned.items() if getattr(assessment, n) != v}
        text_changed = sorted(n for n, t in texts.items() if t != old.details[n])
        if not changed and not text_changed:
            return old.rule
        for name, value in cleaned.items():
            setattr(assessment, name, value)
        for name in text_changed:
            sealed = (
                sealing.seal(current.pk, f"assessment.{name}", texts[name]) if texts[name] else None
            )
            setattr(assessment, f"{name}_sealed", sealed)
        assessment.updated_by = acting_user
        assessment.save()
        append_event(
            current,
            EventType.ASSESSMENT_CHANGED,
            actor_id=acting_user.pk,
            payload={**changed, "details_changed": text_changed},
        )
        rule = _apply(current, assessment, acting_user)
    case.refresh_from_db()
    return rule


def _apply(case: Case, assessment: Assessment, acting_user: User) -> Rule:
    if assessment.minor_involved == Answer.YES:
        minors.start_protocol(case, acting_user=acting_user)
    rule = priority_for_case(case, assessment)
    if case.priority != rule.priority:
        old = case.priority
        Case.objects.filter(pk=case.pk).update(priority=rule.priority)
        case.priority = rule.priority
        append_event(
            case,
            EventType.PRIORITY_CHANGED,
            actor_id=acting_user.pk,
            payload={"from": int(old), "to": int(rule.priority), "reason": rule.name},
        )
    urgent = deadlines.is_urgent(case.kind, assessment)
    deadlines.refresh_deadline(case, urgent=urgent, actor_id=acting_user.pk)
    return rule
