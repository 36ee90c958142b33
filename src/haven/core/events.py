"""The timeline's event types and how each reads to a person.

Payloads hold ids, enum values and counts: never case content, which lives in
sealed fields the payload may point at.
"""

from __future__ import annotations

from enum import StrEnum

from django.utils.translation import gettext_lazy as _


class EventType(StrEnum):
    CASE_OPENED = "case.opened"
    STATUS_CHANGED = "case.status_changed"
    PRIORITY_CHANGED = "case.priority_changed"
    KIND_CHANGED = "case.kind_changed"
    MEMBER_ADDED = "case.member_added"
    MEMBER_REMOVED = "case.member_removed"
    PARTY_ADDED = "case.party_added"
    NOTE_ADDED = "case.note_added"
    CASE_VIEWED = "case.viewed"
    CONTENT_READ = "case.content_read"
    CASE_ERASED = "case.erased"
    DEMO_LOADED = "case.demo_loaded"


DESCRIPTIONS = {
    EventType.CASE_OPENED: _("Case opened"),
    EventType.STATUS_CHANGED: _("Status changed"),
    EventType.PRIORITY_CHANGED: _("Priority changed"),
    EventType.KIND_CHANGED: _("Kind changed"),
    EventType.MEMBER_ADDED: _("Team member added"),
    EventType.MEMBER_REMOVED: _("Team member removed"),
    EventType.PARTY_ADDED: _("Person added to the case"),
    EventType.NOTE_ADDED: _("Note added"),
    EventType.CASE_VIEWED: _("Case opened for reading"),
    EventType.CONTENT_READ: _("Sealed content read"),
    EventType.CASE_ERASED: _("Case content erased"),
    EventType.DEMO_LOADED: _("Synthetic demo case"),
}


def describe(event_type: str) -> str:
    try:
        return str(DESCRIPTIONS[EventType(event_type)])
    except ValueError:
        return event_type
