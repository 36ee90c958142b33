"""The confidential channel between a case's team and the victim: sending, receiving, reading.

A message to the victim passes the advice check first (``haven.cases.advice``):
one it flags is refused with ``AdviceFlagged`` unless the moderator gives a
reason to send it anyway, and then the override, the message, its event and
the case's response (which counts as the first response for the dismissal
guard) are kept in one transaction, or none of them. Every message is signed
by the team (``HAVEN_TEAM_SIGNATURE``), never with the moderator's name.
The text is sealed under the case key; events carry the message's id, never
its text.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from django.conf import settings
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from haven.accounts.models import User
from haven.cases import access, scan_urgency, screening, sealing
from haven.cases.actions import read_party_account, read_party_label
from haven.cases.advice import override
from haven.cases.advice.check import AdviceCheck, check
from haven.cases.advice.phrases import all_languages
from haven.cases.changes import Change, changing
from haven.cases.models import Case, CaseParty
from haven.cases.responding import ResponseChannel, record_response
from haven.core.errors import InvalidInput
from haven.core.events import Id, declare
from haven.notify import announce
from haven.portal.models import Direction, Message

__all__ = [
    "MAX_BODY",
    "AdviceFlagged",
    "Direction",
    "MessageView",
    "mark_read",
    "receive_from_victim",
    "send_to_victim",
    "thread",
    "unread_count",
]

MAX_BODY = 10_000
MAX_TEMPLATE = 64
DEFAULT_SIGNATURE = gettext_lazy("— the moderation team")


@dataclass(frozen=True)
class MessageSent:
    message: Id
    from_template: bool
    overridden: bool


@dataclass(frozen=True)
class MessageReceived:
    message: Id


@dataclass(frozen=True)
class MessagesRead:
    count: int


MESSAGE_SENT = declare(
    "message.sent",
    MessageSent,
    gettext_lazy("Message sent to the victim"),
    lambda p, names: (
        ([_("from a template")] if p.from_template else [])
        + ([_("sent despite the advice check")] if p.overridden else [])
    ),
)
MESSAGE_RECEIVED = declare(
    "message.received", MessageReceived, gettext_lazy("Message received from the victim")
)
MESSAGES_READ = declare(
    "message.read",
    MessagesRead,
    gettext_lazy("The victim read the team's messages"),
    lambda p, names: [_("%(n)d message(s)") % {"n": p.count}],
)


class AdviceFlagged(InvalidInput):
    """The advice check flagged the message; ``check`` holds what it found, and where."""

    code = "advice_flagged"

    def __init__(self, result: AdviceCheck) -> None:
        super().__init__(
            _("The advice check flagged this message. Change it, or say why it is sent anyway.")
        )
        self.check = result


@dataclass(frozen=True)
class MessageView:
    direction: Direction
    body: str
    language: str
    created_at: datetime
    from_team: bool
    unread: bool = False  # a team message the victim has not opened before


def languages() -> frozenset[str]:
    """The languages a message may be in: those the advice check reads."""
    return frozenset(lang.code for lang in all_languages())


def signature() -> str:
    configured = getattr(settings, "HAVEN_TEAM_SIGNATURE", "")
    return str(configured or DEFAULT_SIGNATURE)


def clean_body(body: str | None) -> str:
    text = (body or "").strip()
    if not text:
        raise InvalidInput(_("The message is empty."), code="empty_message")
    if len(text) > MAX_BODY:
        raise InvalidInput(
            _("A message can be at most %(max)d characters long.") % {"max": MAX_BODY},
            code="message_too_long",
        )
    return text


def _clean_language(language: str | None) -> str:
    code = (language or "").strip().lower()
    if code not in languages():
        raise InvalidInput(_("That language is not one Haven writes in."), code="language")
    return code


def _where(message: Message) -> str:
    return f"portal_message.{message.pk}.body"


def _store(
    change: Change, direction: Direction, text: str, language: str, **extra: object
) -> Message:
    message = Message(
        case=change.case, direction=direction, language=language, body_sealed=b"", **extra
    )
    message.body_sealed = sealing.seal(change.case.pk, _where(message), text)
    message.save(force_insert=True)
    return message


def names_for_check(case: Case) -> tuple[str, ...]:
    """The case's people and its team, whom the advice check flags when a message names them."""
    names = {user.username for user in User.objects.filter(case_memberships__case=case)}
    for party in CaseParty.objects.filter(case=case).select_related("subject"):
        for name in (read_party_label(party), read_party_account(party)):
            if name:
                names.add(name)
                names.add(name.lstrip("@").split("@")[0])
    return tuple(sorted(name for name in names if len(name) >= 3))


def send_to_victim(
    case: Case,
    *,
    by: User,
    body: str,
    language: str,
    template: str = "",
    override_reason: str | None = None,
    override_note: str | None = None,
) -> Message:
    """Send ``body`` to the victim of ``case``, signed by the team; NotFound off the team."""
    case = access.get_case_for(by, case.pk)
    text = clean_body(body)
    code = _clean_language(language)
    template = (template or "").strip()
    if len(template) > MAX_TEMPLATE:
        raise InvalidInput(_("That is not a known template."), code="template")
    result = check(text, language=code, names=names_for_check(case))
    if result.findings and not override_reason:
        raise AdviceFlagged(result)
    signed = f"{text}\n\n{signature()}"
    with transaction.atomic():
        if result.findings:
            override.send_anyway(
                case,
                acting_user=by,
                result=result,
                reason=override_reason or "",
                note=override_note,
            )
        with changing(case, acting_user=by) as change:
            message = _store(
                change, Direction.TO_VICTIM, signed, code, template=template, sent_by=by
            )
            change.record(
                MESSAGE_SENT,
                MessageSent(Id(str(message.pk.hex)), bool(template), bool(result.findings)),
            )
        record_response(case, acting_user=by, channel=ResponseChannel.PORTAL)
    return message


def receive_from_victim(case: Case, *, body: str, language: str) -> Message:
    """Keep the victim's answer on ``case`` (through the follow-up page, so no user)."""
    text = clean_body(body)
    code = _clean_language(language)
    # Read before the transaction, as every text that arrives on a case is: an
    # answer that speaks of self-harm or a minor makes the case urgent at once.
    found = screening.read(text)
    with changing(case, acting_user=None) as change:
        message = _store(change, Direction.FROM_VICTIM, text, code)
        change.record(MESSAGE_RECEIVED, MessageReceived(Id(str(message.pk.hex))))
        scan_urgency.after_scan(change, set(found.signal_types))
        case_id, message_id = change.case.pk, str(message.pk.hex)
        change.after_commit(lambda: announce.victim_answered(case_id, message_id))
    return message


def read_body(message: Message) -> str:
    return sealing.unseal(message.case_id, _where(message), message.body_sealed)


def thread(case: Case) -> list[MessageView]:
    """Every message of ``case``, unsealed, oldest first."""
    rows = Message.objects.filter(case=case).order_by("created_at", "id")
    with sealing.cached_keys():
        return [
            MessageView(
                direction=Direction(row.direction),
                body=read_body(row),
                language=row.language,
                created_at=row.created_at,
                from_team=row.direction == Direction.TO_VICTIM,
                unread=row.direction == Direction.TO_VICTIM and row.read_at is None,
            )
            for row in rows
        ]


def unread_count(case: Case) -> int:
    """The team's messages the victim has not opened yet."""
    return Message.objects.filter(
        case=case, direction=Direction.TO_VICTIM, read_at__isnull=True
    ).count()


def mark_read(case: Case) -> int:
    """The victim opened the thread: the team's unread messages are read, on the timeline."""
    if not unread_count(case):
        return 0
    with changing(case, acting_user=None) as change:
        count = Message.objects.filter(
            case=change.case, direction=Direction.TO_VICTIM, read_at__isnull=True
        ).update(read_at=timezone.now())
        if count:
            change.record(MESSAGES_READ, MessagesRead(count))
    return count
