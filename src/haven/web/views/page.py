"""The case page: the guide's sections on one page, each with its own small form."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any, TypeVar

from django import forms
from django.contrib import messages
from django.http import HttpResponse
from django.shortcuts import render
from django.utils.translation import gettext_lazy as _

from haven.accounts.models import Role, User
from haven.cases import (
    access,
    assessing,
    audit,
    checklist,
    consent,
    intake,
    notes,
    screening,
    victim_wishes,
)
from haven.cases.checklist import StepLine
from haven.cases.models import (
    Case,
    CaseEvent,
    CaseKind,
    CaseNote,
    CaseStatus,
    ConsentRecord,
    ConsentScope,
    NoteKind,
)
from haven.cases.transitions import TRANSITIONS, StatusAction
from haven.core.errors import ContentErased
from haven.portal import lost_code as portal_lost_code
from haven.resources import reporting
from haven.resources.templatetags.directory import chosen_country
from haven.web import case_top, presenters, refusals, said, scans
from haven.web import forms as web_forms
from haven.web.http import StaffRequest
from haven.web.views import read_audit
from haven.web.views.base import case_view

T = TypeVar("T")

# The events the page reads: where the case came from, each report's verdict read
# together, and what was said to the victim.
PAGE_EVENTS = (intake.REPORT_RECEIVED.name, screening.REPORT_SCANNED.name, *said.EVENT_TYPES)

# The table of contents, in the guide's order of concern.
SECTIONS = (
    ("reports", _("What was reported")),
    ("assessment", _("Assessment")),
    ("steps", _("The steps")),
    ("wishes", _("The victim's wishes")),
    ("where", _("Where to send them")),
    ("compose", _("Write to the victim")),
    ("response", _("Response and closing")),
    ("consent", _("Consent")),
    ("images", _("Images")),
    ("people", _("People on the case")),
    ("team", _("Case team")),
    ("notes", _("Notes")),
)


@dataclass
class Failed:
    """A form that did not go through: shown again with what was typed, and why."""

    section: str
    form: forms.Form
    message: str


# The page a refused form on it is kept for (haven.web.refusals), and how each form
# is built again from what was kept: by the key its view kept it under.
PAGE = "case"
REBUILD: dict[str, Callable[[refusals.Refusal], forms.Form]] = {}


def kept_refusal(request: StaffRequest, case: Case) -> Failed | None:
    """The form a POST here refused just before this GET, with what was typed and why."""
    refusal = refusals.take(request, case, PAGE)
    if refusal is None or refusal.form not in REBUILD:
        return None
    return Failed(refusal.where, REBUILD[refusal.form](refusal), refusal.message)


@dataclass
class StepRow:
    line: StepLine
    form: forms.Form
    anchor: str
    notice: str
    note: presenters.NoteLine | None
    # Its form is shown: the next pending step, or one a link or a refusal opened.
    shown: bool = False
    # Where on the page (or which page) the step is done: its address and words.
    place: tuple[str, str] | None = None


def _form(form_class, anchor: str, failed: Failed | None, initial=None):
    if failed is not None and failed.section == anchor:
        return failed.form
    return form_class(initial=initial, auto_id=f"{anchor}-%s")


def _media_form(
    case: Case, failed: Failed | None, current: Mapping[ConsentScope, ConsentRecord | None]
) -> forms.Form:
    """The image form: on a minors case only hashes; else the consent already given chosen."""
    if failed is not None and failed.section == "images":
        return failed.form
    minors = case.kind == CaseKind.CSEA
    given = [s for s, r in current.items() if r and r.given]
    initial: dict[str, ConsentScope] | None = None
    if minors:
        initial = {"scope": ConsentScope.HASH_IMAGES}
    elif given:
        initial = {"scope": given[0]}
    return web_forms.MediaForm(initial=initial, auto_id="images-%s", minors=minors)


def _readable(read: Callable[[], T], default: T) -> T:
    try:
        return read()
    except ContentErased:
        return default


def _status_actions(case: Case) -> list[tuple[str, str]]:
    status = CaseStatus(case.status)
    return [
        (action, str(label))
        for action, label in web_forms.STATUS_ACTIONS.items()
        if (status, StatusAction(action)) in TRANSITIONS
    ]


def _team(request: StaffRequest, case: Case) -> dict[str, Any]:
    members = list(case.members.order_by("username"))  # the case was fetched through access
    context: dict[str, Any] = {"members": members}
    if request.user.is_lead:
        candidates = User.objects.filter(is_active=True).exclude(pk__in=[m.pk for m in members])
        if case.kind == CaseKind.CSEA:  # moderators never see these cases: offer leads only
            candidates = candidates.filter(role=Role.LEAD)
        context["candidates"] = list(candidates.order_by("username"))
    return context


def _steps(
    case: Case,
    lines: list[StepLine],
    failed,
    notices,
    case_notes,
    next_key: str,
    open_forms: set[str],
) -> list[StepRow]:
    rows = []
    noted = presenters.step_notes(case_notes)
    titles = dict(SECTIONS)
    for line in lines:
        anchor = f"step-{line.step.key}"
        rows.append(
            StepRow(
                line=line,
                form=_form(web_forms.StepForm, anchor, failed, {"state": line.step.state}),
                anchor=anchor,
                notice=notices.get(anchor, ""),
                note=noted.get(line.step.key),
                shown=anchor in open_forms or line.step.key == next_key,
                place=case_top.step_place(case, line.step.key, titles),
            )
        )
    return rows


def _assessment(
    case: Case,
    failed: Failed | None,
    case_notes: list[CaseNote],
    note_lines: dict[int, presenters.NoteLine],
) -> dict[str, Any]:
    """The assessment form, with the answers the scans of what arrived suggest pre-filled."""
    assessment = _readable(lambda: assessing.read_assessment(case), None)
    if assessment is None:
        return {"assessment": None, "assessment_form": None, "suggested": {}, "scan_alerts": []}
    initial = {**assessment.answers, **assessment.details}
    scanned = {pk: line.body for pk, line in note_lines.items() if line.marked is not None}
    scans_found = [n.scan for n in case_notes if getattr(n, "scan", None) is not None]
    suggested = screening.suggestions(scans_found, assessment.answers, scanned)
    # Pre-filled, never decided: the moderator still has to save the form.
    initial.update({q: str(s.answer) for q, s in suggested.items()})
    kinds = {n.pk: n.kind for n in case_notes}
    return {
        "assessment": assessment,
        "assessment_form": _form(web_forms.AssessmentForm, "assessment", failed, initial),
        "suggested": scans.suggestion_texts(suggested, kinds),
        "scan_alerts": scans.urgent_alerts(suggested),
    }


def _read_together(events: list[CaseEvent], note_lines: dict[int, presenters.NoteLine]) -> None:
    """Each report's verdict on its posts read together goes under the last of them."""
    for event in (e for e in events if e.type == screening.REPORT_SCANNED.name):
        ids = event.payload.get("notes") or []
        if ids and ids[-1] in note_lines:
            note_lines[ids[-1]].together = scans.together_verdict(event.payload)


def _care(case: Case, failed: Failed | None) -> dict[str, Any]:
    """The victim's wishes and consent, the response and closing, and images."""
    wishes = _readable(lambda: victim_wishes.read_wishes(case), None)
    current = consent.current_consents(case)
    return {
        "wishes": wishes,
        "wishes_form": _form(
            web_forms.WishesForm,
            "wishes",
            failed,
            {"outcome": wishes.outcome, "safety": wishes.safety} if wishes else None,
        ),
        "consents": presenters.consent_lines(current),
        "consents_given": [str(s.label) for s, r in current.items() if r and r.given],
        "consent_form": _form(web_forms.ConsentForm, "consent", failed),
        "response_form": _form(web_forms.ResponseForm, "response", failed),
        "close_form": _form(web_forms.CloseForm, "close", failed),
        "status_actions": _status_actions(case),
        "images": presenters.media_lines(access.media_in(case)),
        "media_form": _media_form(case, failed, current),
    }


def _texts(
    user: User, case: Case, failed: Failed | None, case_notes: list[CaseNote], note_lines
) -> dict[str, Any]:
    """What was reported, the people on the case, and the team's own notes."""
    parties = list(access.parties_in(case))
    return {
        "parties": presenters.party_lines(
            parties, access.other_cases_of_perpetrators(user, case, parties)
        ),
        "party_form": _form(web_forms.PartyForm, "people", failed),
        # What arrived from outside (scanned) first; the team's own notes below.
        "reports": [note_lines[n.pk] for n in case_notes if n.kind in notes.SCANNED_KINDS],
        "report_form": _form(web_forms.ReportForm, "reports", failed),
        "notes": [
            note_lines[n.pk]
            for n in case_notes
            if n.kind not in notes.SCANNED_KINDS and (n.event_id is None or n.kind != NoteKind.STEP)
        ],
        "note_form": _form(web_forms.NoteForm, "notes", failed),
        "erase_form": _form(web_forms.EraseForm, "erase", failed),
    }


def _top(
    case: Case,
    events: list[CaseEvent],
    case_notes: list[CaseNote],
    note_lines: dict[int, presenters.NoteLine],
    assessed: dict[str, Any],
    lines: list[StepLine],
) -> dict[str, Any]:
    """The first screen: what the case is about, what cannot wait, the next step, and
    what was said to the victim."""
    deadline = presenters.deadline_of(case)
    answers = getattr(assessed["assessment"], "answers", {}) or {}
    responses = {
        n.event_id: note_lines[n.pk].body
        for n in case_notes
        if n.event_id is not None and n.kind == NoteKind.RESPONSE
    }
    return {
        "deadline": deadline,
        "about": case_top.about(
            case, events, [n.scan for n in case_notes if getattr(n, "scan", None) is not None]
        ),
        "urgent": case_top.cannot_wait(case, answers, assessed["scan_alerts"], deadline, lines),
        "next_step": case_top.next_step(case, lines),
        "said": said.said(case, events, responses),
    }


def case_page(
    request: StaffRequest, case: Case, failed: Failed | None = None, status: int = 200
) -> HttpResponse:
    """The whole case page; ``failed`` is the one form shown again with its error."""
    if case.erased_at is not None:
        return render(request, "web/erased.html", {"case": case}, status=status)
    notices = {m.extra_tags: str(m) for m in messages.get_messages(request) if m.extra_tags}
    case_notes = list(
        access.notes_in(case).select_related("event", "scan", "scan__mark__marked_by")
    )
    note_lines = {n.pk: presenters.note_line(n, getattr(n, "scan", None)) for n in case_notes}
    events = list(access.events_in(case).filter(type__in=PAGE_EVENTS).select_related("actor"))
    _read_together(events, note_lines)
    # ``case`` came through access.get_case_for (case_view): its steps are the viewer's to see.
    lines = checklist.steps_of(case)
    open_folds, open_forms = case_top.open_sections(
        request, lines, failed.section if failed else None, notices, chosen_country(request)
    )
    assessed = _assessment(case, failed, case_notes, note_lines)
    top = _top(case, events, case_notes, note_lines, assessed, lines)
    upcoming = top["next_step"].line
    context = {
        "case": case,
        "editable": True,
        "sections": SECTIONS,
        "failed": failed,
        "notices": notices,
        "open": open_folds,
        "routes": reporting.reporting_routes()[1] if case.kind == CaseKind.CSEA else (),
        **assessed,
        **top,
        "steps": _steps(
            case,
            lines,
            failed,
            notices,
            case_notes,
            upcoming.step.key if upcoming else "",
            open_forms,
        ),
        **_care(case, failed),
        **_texts(request.user, case, failed, case_notes, note_lines),
        **_team(request, case),
        "lost_code": portal_lost_code.link_state(case),
        "lost_code_form": _form(web_forms.LostCodeForm, "lost-code", failed),
    }
    return render(request, "web/case.html", context, status=status)


@case_view("GET", "HEAD")
def case_detail(request: StaffRequest, case: Case) -> HttpResponse:
    read_audit.record_read(request, case, reader=request.user, part=audit.Part.CASE)
    return case_page(request, case, kept_refusal(request, case))


@case_view("GET", "HEAD")
def case_timeline(request: StaffRequest, case: Case) -> HttpResponse:
    read_audit.record_read(request, case, reader=request.user, part=audit.Part.TIMELINE)
    events = access.events_in(case).select_related("actor")
    attached = access.notes_in(case).filter(event__isnull=False)
    lines = presenters.timeline_lines(events, attached)
    return render(request, "web/timeline.html", {"case": case, "events": lines})
