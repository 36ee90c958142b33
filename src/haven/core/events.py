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
    RESTRICTION_CHANGED = "case.restriction_changed"
    ASSESSMENT_CHANGED = "assessment.changed"
    MINORS_PROTOCOL = "case.minors_protocol"
    STEP_CHANGED = "step.changed"
    WISHES_RECORDED = "wishes.recorded"
    WISHES_CONFIRMED = "wishes.confirmed"
    CONSENT_RECORDED = "consent.recorded"
    RESPONSE_RECORDED = "case.response_recorded"
    DEADLINE_CHANGED = "case.deadline_changed"
    MEDIA_ADDED = "media.added"
    MEDIA_REVEALED = "media.revealed"
    MEDIA_DISCARDED = "media.discarded"
    TEXT_SCANNED = "detection.scanned"
    REPORT_RECEIVED = "case.report_received"
    REPORT_SCANNED = "detection.report_scanned"


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
    EventType.RESTRICTION_CHANGED: _("Restriction changed"),
    EventType.ASSESSMENT_CHANGED: _("Assessment changed"),
    EventType.MINORS_PROTOCOL: _("Minors protocol started"),
    EventType.STEP_CHANGED: _("Step updated"),
    EventType.WISHES_RECORDED: _("Victim's wishes recorded"),
    EventType.WISHES_CONFIRMED: _("Action confirmed against the victim's wishes"),
    EventType.CONSENT_RECORDED: _("Consent recorded"),
    EventType.RESPONSE_RECORDED: _("Response to the victim recorded"),
    EventType.DEADLINE_CHANGED: _("First-response deadline changed"),
    EventType.MEDIA_ADDED: _("Image added"),
    EventType.MEDIA_REVEALED: _("Image revealed"),
    EventType.MEDIA_DISCARDED: _("Image discarded"),
    EventType.TEXT_SCANNED: _("Text scanned for signs of sextortion"),
    EventType.REPORT_RECEIVED: _("Report received"),
    EventType.REPORT_SCANNED: _("Reported posts read together for signs of sextortion"),
}


def describe(event_type: str) -> str:
    try:
        return str(DESCRIPTIONS[EventType(event_type)])
    except ValueError:
        return event_type
