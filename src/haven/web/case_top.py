"""The top of the case page: what the case is about, what cannot wait, the next step.

A volunteer opening a case at 2 a.m. reads these first, in one screen; every
other section of the page is folded below and opened when it is needed (see
``open_sections``), without any script.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime

from django.http import HttpRequest
from django.urls import reverse
from django.utils.translation import gettext as _

from haven.cases import screening
from haven.cases.checklist import StepLine
from haven.cases.intake import REPORT_RECEIVED, ReportSource
from haven.cases.models import Case, CaseEvent, CaseKind, CaseStatus, StepKey, StepState, TextScan
from haven.web import scans
from haven.web.presenters import Deadline

# The page's folded sections, by the anchor of what they hold; a step's anchor
# is "step-<key>" and opens "steps"; the status and closing forms open "response".
FOLDS = (
    "reports",
    "assessment",
    "steps",
    "wishes",
    "where",
    "compose",
    "response",
    "consent",
    "images",
    "people",
    "team",
    "notes",
)
_FOLD_OF = {"status": "response", "close": "response"}
OPEN_PARAM = "open"
# Where on the page (or which page) each step of the guide is done; a step's own
# form only records that it was.
STEP_PLACES = {
    StepKey.BELIEVE: "response",
    StepKey.WISHES: "wishes",
    StepKey.NON_COMPLIANCE: "compose",
    StepKey.REMOVE_MATERIAL: "server",
    StepKey.PRESERVE_EVIDENCE: "consent",
    StepKey.BAN: "server",
    StepKey.SUPPORT: "where",
    StepKey.CONFIDENTIAL: "team",
    StepKey.BLOCKING: "compose",
}


@dataclass(frozen=True)
class About:
    """What the case is about, in a line: kind, when it came in, from where, the verdict."""

    kind: str
    came_in: datetime
    sources: list[str]
    verdict: str  # "" when nothing of the case was scanned
    signals: tuple[str, ...]


@dataclass(frozen=True)
class Urgent:
    """Something that cannot wait, and the one action it needs."""

    key: str  # "scan", "risk", "minor" or "overdue": a CSS hook and a test handle
    action: str
    href: str


@dataclass(frozen=True)
class NextStep:
    line: StepLine | None  # None: nothing of the guide is pending
    number: int
    total: int
    href: str
    settled: int  # the steps done, declined or not applicable


def link_to(case: Case, anchor: str) -> str:
    """A link that opens the fold holding ``anchor`` on the server's page, and goes there.

    The case's own address: a refused form shows the page at the form's address.
    """
    return f"{reverse('web:case', args=[case.pk])}?{OPEN_PARAM}={anchor}#{anchor}"


def step_place(case: Case, key: str, titles: Mapping[str, object]) -> tuple[str, str] | None:
    """The link to where a step is done, and its words: a section's title, or the server page."""
    place = STEP_PLACES.get(StepKey(key))
    if place is None:
        return None
    if place == "server":
        return reverse("web:case_server", args=[case.pk]), _("On the server")
    return link_to(case, place), str(titles[place])


def _fold_of(anchor: str) -> str:
    if anchor.startswith("step-"):
        return "steps"
    return _FOLD_OF.get(anchor, anchor)


def known_anchor(anchor: str, steps: Iterable[StepLine]) -> bool:
    return anchor in FOLDS or anchor in _FOLD_OF or anchor in {f"step-{s.step.key}" for s in steps}


def open_sections(
    request: HttpRequest,
    steps: list[StepLine],
    failed_section: str | None,
    notices: Mapping[str, str],
    country: str,
) -> tuple[set[str], set[str]]:
    """The folds to show open, and the anchors whose own form is shown (a done step's).

    Open: the form that failed (with its error), the one a link asked for, the
    section a save came back to, the directory after a country was chosen, and
    the composer after "fill in". A save opens its fold, not a done step's form
    again: its one line says what was saved.
    """
    forms = {a for a in (failed_section, request.GET.get(OPEN_PARAM, "")) if a}
    forms = {a for a in forms if known_anchor(a, steps)}
    anchors = forms | {a for a in notices if known_anchor(a, steps)}
    if country:
        anchors.add("where")
    if getattr(request, "composer_form", None) is not None:
        anchors.add("compose")
    return {_fold_of(a) for a in anchors} | anchors, forms


def _best_scan(scanned: Iterable[TextScan]) -> TextScan | None:
    # As the inbox ranks them: a text that looks like sextortion outweighs any that does not.
    ranked = sorted(scanned, key=lambda s: s.score + (1.0 if s.label == "sextortion" else 0.0))
    return ranked[-1] if ranked else None


def about(case: Case, events: Iterable[CaseEvent], scanned: Iterable[TextScan]) -> About:
    labels = dict(ReportSource.choices)
    sources: list[str] = []
    for event in events:
        if event.type == REPORT_RECEIVED.name:
            source = str(event.payload.get("source"))
            label = str(labels.get(source, source))
            if label not in sources:
                sources.append(label)
    best = _best_scan(scanned)
    return About(
        kind=case.get_kind_display(),
        came_in=case.created_at,
        sources=sources,
        verdict=scans.verdict(best) if best else "",
        signals=screening.signal_names(k for k, _s, _e in best.signals) if best else (),
    )


def cannot_wait(
    case: Case,
    answers: Mapping[str, str],
    scan_alerts: list[str],
    deadline: Deadline,
    steps: list[StepLine],
) -> list[Urgent]:
    """What cannot wait, most urgent first; empty on a closed case."""
    if case.status == CaseStatus.CLOSED:
        return []
    found = []
    if scan_alerts:
        found.append(Urgent("scan", _("Answer the assessment"), link_to(case, "assessment")))
    if answers.get("immediate_risk") == "yes":
        found.append(Urgent("risk", _("Crisis lines to give them"), link_to(case, "where")))
    if case.kind == CaseKind.CSEA:
        report = next((s for s in steps if s.step.key == StepKey.MANDATORY_REPORT), None)
        if report is not None and report.step.state == StepState.PENDING:
            anchor = f"step-{report.step.key}"
            found.append(Urgent("minor", _("Record the mandatory report"), link_to(case, anchor)))
        else:
            found.append(Urgent("minor", "", ""))
    if deadline.overdue:
        found.append(Urgent("overdue", _("Answer the victim"), link_to(case, "response")))
    return found


def next_step(case: Case, steps: list[StepLine]) -> NextStep:
    settled = sum(1 for line in steps if line.step.state != StepState.PENDING)
    for number, line in enumerate(steps, start=1):
        if line.step.state == StepState.PENDING:
            href = link_to(case, f"step-{line.step.key}")
            return NextStep(line, number, len(steps), href, settled)
    return NextStep(None, 0, len(steps), "", settled)
