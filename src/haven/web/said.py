"""What the team said to the victim, and by which channel, as a short list for the case page.

Two records say it: a message on the confidential page (``haven.portal.messages``),
and a response recorded by hand (``haven.cases.responding``: a direct message, an
e-mail, another way), with what was said in its note. Sending a message also
records a response on the confidential page; that one is the message itself and
is not listed twice.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime

from django.utils.translation import gettext as _

from haven.cases.models import Case, CaseEvent
from haven.cases.responding import RESPONSE_RECORDED, ResponseChannel
from haven.core.errors import ContentErased
from haven.portal import messages
from haven.portal.models import Direction, Message

EVENT_TYPES = (RESPONSE_RECORDED.name, messages.MESSAGE_SENT.name)


@dataclass(frozen=True)
class SaidLine:
    at: datetime
    by: str
    channel: str
    words: str  # "" when the response was recorded without what was said


@dataclass(frozen=True)
class Said:
    lines: list[SaidLine]  # newest first
    from_victim: int
    victim_last_at: datetime | None


def _words(message: Message) -> str:
    try:
        text = messages.read_body(message)
    except ContentErased:
        return _("[erased]")
    # The team's signature closes every message: the list shows what was written.
    return text.removesuffix(f"\n\n{messages.signature()}").strip()


def said(case: Case, events: Iterable[CaseEvent], notes_by_event: Mapping[int, str]) -> Said:
    """``events`` in timeline order (any types); ``notes_by_event`` the text of the note
    each event carries."""
    rows = list(Message.objects.filter(case=case).select_related("sent_by"))
    lines = [
        SaidLine(
            m.created_at,
            m.sent_by.get_username() if m.sent_by else "",
            _("Message on the confidential page"),
            _words(m),
        )
        for m in rows
        if m.direction == Direction.TO_VICTIM
    ]
    labels = dict(ResponseChannel.choices)
    previous = ""
    for event in (e for e in events if e.type in EVENT_TYPES):
        channel = str(event.payload.get("channel", ""))
        automatic = previous == messages.MESSAGE_SENT.name and channel == ResponseChannel.PORTAL
        if event.type == RESPONSE_RECORDED.name and not automatic:
            lines.append(
                SaidLine(
                    event.created_at,
                    event.actor.get_username() if event.actor else "",
                    str(labels.get(channel, channel)),
                    notes_by_event.get(event.pk, ""),
                )
            )
        previous = event.type
    victim = [m for m in rows if m.direction == Direction.FROM_VICTIM]
    return Said(
        lines=sorted(lines, key=lambda line: line.at, reverse=True),
        from_victim=len(victim),
        victim_last_at=victim[-1].created_at if victim else None,
    )
