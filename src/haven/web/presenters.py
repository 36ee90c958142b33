"""Turns case records into what a moderator reads: sentences, not payloads."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from django.db.models import Choices
from django.utils import timezone
from django.utils.dateparse import parse_datetime
from django.utils.formats import date_format
from django.utils.safestring import SafeString
from django.utils.timesince import timesince, timeuntil
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext

from haven.accounts.models import User
from haven.cases import access, actions, notes
from haven.cases.intake import ReportSource
from haven.cases.models import (
    Answer,
    Case,
    CaseEvent,
    CaseKind,
    CaseMedia,
    CaseNote,
    CaseParty,
    CaseStatus,
    CloseReason,
    ConsentMethod,
    ConsentRecord,
    ConsentScope,
    NoteKind,
    PartyRole,
    Priority,
    StepKey,
    StepState,
    TextScan,
)
from haven.cases.priority import DEFAULT, RULES
from haven.cases.responding import ResponseChannel
from haven.core.errors import ContentErased
from haven.core.events import EventType, describe
from haven.web import scans

# The guide's key questions for assessment, as the form asks them and as the
# timeline names them afterwards.
QUESTION_TEXT = {
    "immediate_risk": gettext_lazy(
        "Is there an immediate risk to the victim's safety or well-being?"
    ),
    "threat_of_exposure": gettext_lazy(
        "Is the victim threatened with the exposure of private or intimate material "
        "if they do not meet demands?"
    ),
    "demand_money": gettext_lazy("Money?"),
    "demand_material": gettext_lazy("More images, videos or audio?"),
    "demand_action": gettext_lazy("That the victim does something?"),
    "demand_other": gettext_lazy("Something else?"),
    "evidence_available": gettext_lazy(
        "Does the victim have evidence of the threats (for example screenshots of messages)?"
    ),
    "minor_involved": gettext_lazy("May anyone involved be a minor (under 18)?"),
}
QUESTION_SHORT = {
    "immediate_risk": gettext_lazy("immediate risk"),
    "threat_of_exposure": gettext_lazy("threat of exposure"),
    "demand_money": gettext_lazy("money demanded"),
    "demand_material": gettext_lazy("more material demanded"),
    "demand_action": gettext_lazy("an action demanded"),
    "demand_other": gettext_lazy("something else demanded"),
    "evidence_available": gettext_lazy("evidence of the threats"),
    "minor_involved": gettext_lazy("anyone may be a minor"),
}
DETAIL_TEXT = {
    "risk_details": gettext_lazy("About the risk"),
    "demand_details": gettext_lazy("The demands, in detail"),
    "evidence_details": gettext_lazy("The evidence: what it is and where it is kept"),
}
DISCARD_REASONS = {
    "consent_withdrawn": gettext_lazy("the victim withdrew their consent"),
    "minors_protocol": gettext_lazy("the minors protocol: no image is kept"),
}


@dataclass
class NoteLine:
    kind: str
    author: str
    at: datetime
    body: str
    note_id: int = 0
    # For a scanned note: the body with the detector's signals marked, and its verdict.
    marked: SafeString | None = None
    verdict: str = ""
    signal_names: tuple[str, ...] = ()
    # On the last post of a report: the verdict on all its posts read together.
    together: str = ""


@dataclass
class EventLine:
    seq: int
    at: datetime
    actor: str
    title: str
    details: list[str] = field(default_factory=list)
    notes: list[NoteLine] = field(default_factory=list)


@dataclass
class PartyLine:
    role: str
    account: str
    description: str
    other_cases: int


@dataclass(frozen=True)
class Deadline:
    """The first-response deadline as a moderator reads it; ``overdue`` is also a text label."""

    text: str
    overdue: bool = False
    answered: bool = False


@dataclass(frozen=True)
class ConsentLine:
    scope: str
    label: str
    state: str  # "given", "withdrawn" or "not_asked": a CSS hook and a test handle
    state_label: str
    by: str
    method: str
    at: datetime | None


@dataclass(frozen=True)
class MediaLine:
    id: str
    kept: bool
    kept_under: str
    sha256: str
    size: int
    width: int
    height: int
    added_at: datetime
    discarded_at: datetime | None


def _label(choices: type[Choices], value: object) -> str:
    return str(dict(choices.choices).get(value, value))


def _when(value: object) -> str:
    moment = parse_datetime(value) if isinstance(value, str) else None
    if moment is None:
        return str(value)
    return date_format(timezone.localtime(moment), "DATETIME_FORMAT")


def _rule_reason(name: object) -> str:
    for rule in (*RULES, DEFAULT):
        if rule.name == name:
            return str(rule.reason)
    return str(name)


def _step_name(key: object) -> str:
    try:
        return str(StepKey(str(key)).label)
    except ValueError:
        return str(key)


def _assessment_details(p: Mapping[str, object]) -> list[str]:
    lines = [
        _("%(question)s: %(answer)s")
        % {"question": QUESTION_SHORT[name], "answer": _label(Answer, p[name])}
        for name in QUESTION_SHORT
        if name in p
    ]
    changed = p.get("details_changed")
    if isinstance(changed, list) and changed:
        names = ", ".join(str(DETAIL_TEXT.get(str(n), n)).lower() for n in changed)
        lines.append(_("notes changed: %s") % names)
    return lines


def _status_details(p: Mapping[str, object]) -> list[str]:
    lines = [
        _("from %(old)s to %(new)s")
        % {"old": _label(CaseStatus, p.get("from")), "new": _label(CaseStatus, p.get("to"))}
    ]
    reason = p.get("reason")
    if reason:
        said = _AUTOMATIC_REASONS.get(str(reason)) or _label(CloseReason, reason)
        lines.append(_("reason: %s") % said)
    return lines


# Status changes Haven makes by itself, and why.
_AUTOMATIC_REASONS = {
    "work_began": gettext_lazy("work began on the case"),
    "report_received": gettext_lazy("a report arrived"),
}


def _from_to(choices: type[Choices], p: Mapping[str, object]) -> list[str]:
    lines = [
        _("from %(old)s to %(new)s")
        % {"old": _label(choices, p.get("from")), "new": _label(choices, p.get("to"))}
    ]
    if p.get("reason"):
        lines.append(_("because %s") % _rule_reason(p["reason"]))
    return lines


def _media_details(kind: str, p: Mapping[str, object]) -> list[str]:
    lines = [_("image %s") % str(p.get("media", ""))[:8]]
    if kind == EventType.MEDIA_ADDED:
        if p.get("kept"):
            lines.append(
                _("kept, encrypted, with consent to: %s") % _label(ConsentScope, p["scope"])
            )
        else:
            lines.append(_("only its hashes were kept"))
    elif kind == EventType.MEDIA_DISCARDED:
        reason = p.get("reason")
        lines.append(str(DISCARD_REASONS.get(str(reason), reason)))
    return lines


def _care_details(kind: str, p: Mapping[str, object]) -> list[str] | None:
    """The steps, wishes, consent and response events; None for any other kind."""
    if kind == EventType.ASSESSMENT_CHANGED:
        return _assessment_details(p)
    if kind == EventType.STEP_CHANGED:
        return [
            _("%(step)s: from %(old)s to %(new)s")
            % {
                "step": _step_name(p.get("step")),
                "old": _label(StepState, p.get("from")),
                "new": _label(StepState, p.get("to")),
            }
        ]
    if kind == EventType.WISHES_RECORDED:
        return [_("in the victim's words (encrypted)")]
    if kind == EventType.WISHES_CONFIRMED:
        action = str(p.get("action", ""))
        lines = [_step_name(action.removeprefix("step.")) if action.startswith("step.") else action]
        if not p.get("wishes_recorded"):
            lines.append(_("no wishes were recorded yet"))
        return lines
    if kind == EventType.CONSENT_RECORDED:
        return [
            _label(ConsentScope, p.get("scope")),
            _("given") if p.get("given") else _("withdrawn"),
            _label(ConsentMethod, p.get("method")),
        ]
    if kind == EventType.RESPONSE_RECORDED:
        lines = [_label(ResponseChannel, p.get("channel"))]
        if p.get("first"):
            lines.append(_("the first response"))
        return lines
    if kind == EventType.DEADLINE_CHANGED:
        lines = [_("now due %s") % _when(p.get("due"))]
        if p.get("urgent"):
            lines.append(_("shorter: immediate risk"))
        return lines
    return None


def _report_details(p: Mapping[str, object]) -> list[str]:
    posts = p.get("posts")
    posts = posts if isinstance(posts, int) else 0
    lines = [_label(ReportSource, p.get("source"))]
    if p.get("comment"):
        lines.append(_("what the report said"))
    if posts:
        lines.append(
            ngettext("%d reported post or message", "%d reported posts or messages", posts) % posts
        )
    return lines


def _case_details(kind: str, p: Mapping[str, object], names: dict[int, str]) -> list[str] | None:
    if kind == EventType.CASE_OPENED:
        return [
            _label(CaseKind, p.get("kind")),
            _("priority %s") % _label(Priority, p.get("priority")),
        ]
    if kind == EventType.STATUS_CHANGED:
        return _status_details(p)
    if kind == EventType.PRIORITY_CHANGED:
        return _from_to(Priority, p)
    if kind == EventType.KIND_CHANGED:
        return _from_to(CaseKind, p)
    if kind in {EventType.MEMBER_ADDED, EventType.MEMBER_REMOVED}:
        user = p.get("user", 0)
        return [names.get(user if isinstance(user, int) else 0, _("a former team member"))]
    if kind == EventType.PARTY_ADDED:
        lines = [_label(PartyRole, p.get("role"))]
        seen = p.get("seen_in_other_cases")
        if isinstance(seen, int) and seen:
            lines.append(
                ngettext(
                    "this account is in %d other case", "this account is in %d other cases", seen
                )
                % seen
            )
        return lines
    if kind == EventType.NOTE_ADDED:
        return [_label(NoteKind, p.get("kind"))]
    if kind == EventType.RESTRICTION_CHANGED:
        if p.get("restricted"):
            return [_("restricted to the case team")]
        return [_("restriction lifted")]
    if kind == EventType.MINORS_PROTOCOL:
        count = p.get("images_discarded")
        count = count if isinstance(count, int) else 0
        return [ngettext("%d kept image discarded", "%d kept images discarded", count) % count]
    if kind == EventType.CASE_ERASED:
        return [_("notes and people removed; the case's key was destroyed")]
    if kind in (EventType.TEXT_SCANNED, EventType.REPORT_SCANNED):
        return scans.scanned_event_details(p)
    if kind == EventType.REPORT_RECEIVED:
        return _report_details(p)
    if kind in {EventType.CASE_VIEWED, EventType.DEMO_LOADED}:
        return []
    return None


def _details(event: CaseEvent, names: dict[int, str]) -> list[str]:
    p: Mapping[str, object] = event.payload
    kind = event.type
    if kind in {EventType.MEDIA_ADDED, EventType.MEDIA_REVEALED, EventType.MEDIA_DISCARDED}:
        return _media_details(kind, p)
    found = _case_details(kind, p, names)
    if found is None:
        found = _care_details(kind, p)
    if found is None:
        found = [f"{key}: {value}" for key, value in sorted(p.items())]
    return found


def note_line(note: CaseNote, scan: TextScan | None = None) -> NoteLine:
    try:
        body = notes.read_note(note)
    except ContentErased:
        body, scan = _("[erased]"), None
    line = NoteLine(
        kind=_label(NoteKind, note.kind),
        author=note.author.get_username() if note.author else _("Haven"),
        at=note.created_at,
        body=body,
        note_id=note.pk,
    )
    if scan is not None:
        line.marked = scans.mark_signals(body, [tuple(span) for span in scan.signals])
        line.verdict = scans.verdict(scan)
        line.signal_names = scans.signal_names(k for k, _s, _e in scan.signals)
    return line


def timeline_lines(
    events: Iterable[CaseEvent], event_notes: Iterable[CaseNote] = ()
) -> list[EventLine]:
    """The timeline as sentences; ``event_notes`` are shown under the event they explain."""
    events = list(events)
    by_event: dict[int, list[NoteLine]] = {}
    for note in event_notes:
        if note.event_id is not None:
            by_event.setdefault(note.event_id, []).append(note_line(note))
    user_ids = {e.payload.get("user") for e in events if isinstance(e.payload.get("user"), int)}
    names = dict(User.objects.filter(pk__in=user_ids).values_list("pk", "username"))
    return [
        EventLine(
            seq=event.seq,
            at=event.created_at,
            actor=event.actor.get_username() if event.actor else _("Haven"),
            title=describe(event.type),
            details=_details(event, names),
            notes=by_event.get(event.pk, []),
        )
        for event in events
    ]


def party_lines(viewer: User, parties: Iterable[CaseParty]) -> list[PartyLine]:
    """People on a case; a perpetrator's other cases are counted among those ``viewer`` sees."""
    lines = []
    for party in parties:
        try:
            account = actions.read_party_account(party)
            description = actions.read_party_label(party)
        except ContentErased:
            account, description = "", _("[erased]")
        lines.append(
            PartyLine(
                _label(PartyRole, party.role),
                f"@{account}" if account else "",
                description,
                access.other_cases_of_perpetrator(viewer, party),
            )
        )
    return lines


def deadline_of(case: Case, now: datetime | None = None) -> Deadline:
    """Reads only fields of the case row: safe to call once per inbox row."""
    now = now or timezone.now()
    minute = timedelta(minutes=1)
    if case.first_responded_at is not None:
        if now - case.first_responded_at < minute:
            return Deadline(_("answered just now"), answered=True)
        return Deadline(
            _("answered %s ago") % timesince(case.first_responded_at, now, depth=1),
            answered=True,
        )
    if case.status == CaseStatus.CLOSED or case.first_response_due is None:
        return Deadline("")
    if case.first_response_due < now:
        if now - case.first_response_due < minute:
            return Deadline(_("OVERDUE now"), overdue=True)
        return Deadline(_("OVERDUE by %s") % timesince(case.first_response_due, now), overdue=True)
    return Deadline(_("due in %s") % timeuntil(case.first_response_due, now))


def consent_lines(current: Mapping[ConsentScope, ConsentRecord | None]) -> list[ConsentLine]:
    lines = []
    for scope in ConsentScope:
        record = current.get(scope)
        if record is None:
            lines.append(
                ConsentLine(
                    scope.value, str(scope.label), "not_asked", _("Not asked"), "", "", None
                )
            )
            continue
        lines.append(
            ConsentLine(
                scope=scope.value,
                label=str(scope.label),
                state="given" if record.given else "withdrawn",
                state_label=_("Given") if record.given else _("Withdrawn"),
                by=record.recorded_by.get_username() if record.recorded_by else "",
                method=_label(ConsentMethod, record.method),
                at=record.recorded_at,
            )
        )
    return lines


def media_lines(items: Iterable[CaseMedia]) -> list[MediaLine]:
    return [
        MediaLine(
            id=item.pk,
            kept=item.kept,
            kept_under=_label(ConsentScope, item.kept_under) if item.kept_under else "",
            sha256=item.sha256,
            size=item.size,
            width=item.width,
            height=item.height,
            added_at=item.added_at,
            discarded_at=item.discarded_at,
        )
        for item in items
    ]


def step_notes(case_notes: Iterable[CaseNote]) -> dict[str, NoteLine]:
    """The newest note on each step, from notes fetched with their event."""
    newest: dict[str, NoteLine] = {}
    for note in case_notes:
        if note.kind == NoteKind.STEP and note.event is not None:
            newest[str(note.event.payload.get("step", ""))] = note_line(note)
    return newest
