"""The structured assessment: the guide's key questions, the priority they set, and urgency."""

from __future__ import annotations

from dataclasses import dataclass

from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from haven.accounts.models import User
from haven.cases import deadlines, minors, notes, questions, scan_urgency, sealing
from haven.cases.changes import Change, changing
from haven.cases.models import Answer, Assessment, Case, Priority
from haven.cases.priority import SCAN, Rule, RuleName, priority_for_case
from haven.cases.questions import Detail
from haven.core.errors import InvalidInput
from haven.core.events import Names, declare

QUESTIONS = questions.NAMES
DETAILS = tuple(detail.value for detail in Detail)


@dataclass(frozen=True)
class AssessmentChanged:
    """The answers that changed (``None``: unchanged) and which notes were rewritten."""

    immediate_risk: Answer | None = None
    threat_of_exposure: Answer | None = None
    demand_money: Answer | None = None
    demand_material: Answer | None = None
    demand_action: Answer | None = None
    demand_other: Answer | None = None
    evidence_available: Answer | None = None
    minor_involved: Answer | None = None
    details_changed: tuple[Detail, ...] = ()


def _assessment_details(p: AssessmentChanged, names: Names) -> list[str]:
    lines = [
        _("%(question)s: %(answer)s") % {"question": question.short, "answer": answer.label}
        for question in questions.TABLE
        if (answer := getattr(p, question.name)) is not None
    ]
    if p.details_changed:
        changed = ", ".join(str(questions.DETAIL_TEXT[d]).lower() for d in p.details_changed)
        lines.append(_("notes changed: %s") % changed)
    return lines


ASSESSMENT_CHANGED = declare(
    "assessment.changed",
    AssessmentChanged,
    gettext_lazy("Assessment changed"),
    _assessment_details,
)


@dataclass(frozen=True)
class AssessmentView:
    answers: dict[str, str]
    details: dict[str, str]
    rule: Rule


def read_assessment(case: Case, assessment: Assessment | None = None) -> AssessmentView:
    assessment = assessment or Assessment.objects.get(case=case)
    details = {}
    for name in DETAILS:
        sealed = getattr(assessment, f"{name}_sealed")
        details[name] = sealing.unseal(case.pk, f"assessment.{name}", sealed) if sealed else ""
    answers = {name: getattr(assessment, name) for name in QUESTIONS}
    return AssessmentView(answers, details, priority_for_case(case, assessment))


def _clean(
    answers: dict[str, str], details: dict[str, str] | None
) -> tuple[dict[str, Answer], dict[str, str]]:
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
    return cleaned, texts


def update_assessment(
    case: Case,
    *,
    acting_user: User | None,
    answers: dict[str, str],
    details: dict[str, str] | None = None,
) -> Rule:
    """Change some answers (and their notes); re-derive priority, deadline and protocol."""
    cleaned, texts = _clean(answers, details)
    with changing(case, acting_user=acting_user) as change:
        assessment = Assessment.objects.select_for_update().get(case=change.case)
        old = read_assessment(change.case, assessment)
        changed = {n: v for n, v in cleaned.items() if getattr(assessment, n) != v}
        text_changed = sorted(n for n, t in texts.items() if t != old.details[n])
        if not changed and not text_changed:
            return old.rule
        for name, value in cleaned.items():
            setattr(assessment, name, value)
        for name in text_changed:
            where = f"assessment.{name}"
            sealed = sealing.seal(change.case.pk, where, texts[name]) if texts[name] else None
            setattr(assessment, f"{name}_sealed", sealed)
        assessment.updated_by = acting_user
        assessment.save()
        change.record(
            ASSESSMENT_CHANGED,
            AssessmentChanged(**changed, details_changed=tuple(map(Detail, text_changed))),
        )
        return _apply(change, assessment)


def _apply(change: Change, assessment: Assessment) -> Rule:
    if assessment.minor_involved == Answer.YES:
        minors.start_protocol(change)
    rule = priority_for_case(change.case, assessment)
    if scan_urgency.still_raised(change, assessment):
        change.set_priority(Priority.CRITICAL, reason=RuleName.SCAN)
        deadlines.refresh_deadline(change, reason=deadlines.DeadlineReason.SCAN)
        return rule if rule.priority == Priority.CRITICAL else SCAN
    change.set_priority(rule.priority, reason=rule.name)
    deadlines.refresh_deadline(
        change, reason=deadlines.urgency_reason(change.case.kind, assessment)
    )
    return rule
