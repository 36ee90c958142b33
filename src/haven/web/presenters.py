"""Turns case records into what a moderator reads: sentences, not payloads."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime

from django.db.models import Choices
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from haven.accounts.models import User
from haven.cases import actions, subjects
from haven.cases.models import (
    CaseEvent,
    CaseKind,
    CaseParty,
    CaseStatus,
    NoteKind,
    PartyRole,
    Priority,
)
from haven.core.errors import ContentErased
from haven.core.events import EventType, describe


@dataclass
class EventLine:
    seq: int
    at: datetime
    actor: str
    title: str
    details: list[str] = field(default_factory=list)


@dataclass
class PartyLine:
    role: str
    account: str
    description: str
    other_cases: int


def _label(choices: type[Choices], value: object) -> str:
    return str(dict(choices.choices).get(value, value))


def _details(event: CaseEvent, names: dict[int, str]) -> list[str]:
    p = event.payload
    kind = event.type
    if kind == EventType.CASE_OPENED:
        return [
            _label(CaseKind, p.get("kind")),
            _("priority %s") % _label(Priority, p.get("priority")),
        ]
    if kind == EventType.STATUS_CHANGED:
        return [
            _("from %(old)s to %(new)s")
            % {"old": _label(CaseStatus, p.get("from")), "new": _label(CaseStatus, p.get("to"))}
        ]
    if kind == EventType.PRIORITY_CHANGED:
        return [
            _("from %(old)s to %(new)s")
            % {"old": _label(Priority, p.get("from")), "new": _label(Priority, p.get("to"))}
        ]
    if kind in {EventType.MEMBER_ADDED, EventType.MEMBER_REMOVED}:
        return [names.get(p.get("user", 0), _("a former team member"))]
    if kind == EventType.PARTY_ADDED:
        lines = [_label(PartyRole, p.get("role"))]
        if p.get("seen_in_other_cases"):
            count = int(p["seen_in_other_cases"])
            lines.append(
                ngettext(
                    "this account is in %d other case", "this account is in %d other cases", count
                )
                % count
            )
        return lines
    if kind == EventType.NOTE_ADDED:
        return [_label(NoteKind, p.get("kind"))]
    if kind == EventType.CASE_ERASED:
        return [_("notes and people removed; the case's key was destroyed")]
    if kind in {EventType.CASE_VIEWED, EventType.DEMO_LOADED}:
        return []
    return [f"{key}: {value}" for key, value in sorted(p.items())]


def timeline_lines(events: Iterable[CaseEvent]) -> list[EventLine]:
    events = list(events)
    user_ids = {e.payload.get("user") for e in events if isinstance(e.payload.get("user"), int)}
    names = dict(User.objects.filter(pk__in=user_ids).values_list("pk", "username"))
    return [
        EventLine(
            seq=event.seq,
            at=event.created_at,
            actor=event.actor.get_username() if event.actor else _("Haven"),
            title=describe(event.type),
            details=_details(event, names),
        )
        for event in events
    ]


def party_lines(parties: Iterable[CaseParty]) -> list[PartyLine]:
    lines = []
    for party in parties:
        account, other = "", 0
        if party.subject is not None:
            account = "@" + subjects.reveal(party.subject).acct
            other = (
                party.subject.parties.exclude(case_id=party.case_id)
                .values("case")
                .distinct()
                .count()
            )
        try:
            description = actions.read_party_label(party)
        except ContentErased:
            description = _("[erased]")
        lines.append(PartyLine(_label(PartyRole, party.role), account, description, other))
    return lines
