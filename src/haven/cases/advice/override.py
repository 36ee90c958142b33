"""Sending a message to the victim although the advice check flagged it.

The moderator may know better than the check (the victim asked about paying,
the message quotes a threat to explain it), so the check never blocks; but
sending anyway takes a reason, and the reason and what was flagged go on the
case's timeline in the same transaction. The message itself is not stored
here: the payload holds the kinds flagged and the reason, never the text.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.db import models
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from haven.accounts.models import User
from haven.cases import notes
from haven.cases.advice.check import AdviceCheck
from haven.cases.advice.kinds import AdviceKind
from haven.cases.changes import changing
from haven.cases.models import Case, CaseEvent, NoteKind
from haven.core.choices import choice
from haven.core.errors import Conflict, InvalidInput
from haven.core.events import Names, declare


class OverrideReason(models.TextChoices):
    VICTIM_ASKED = "victim_asked", gettext_lazy("The victim asked about this directly")
    EXPLAINS_WORDING = (
        "explains_wording",
        gettext_lazy("The message quotes or explains this wording, it does not advise it"),
    )
    CHECK_MISREAD = "check_misread", gettext_lazy("The check misread the message")
    NAME_KNOWN = "name_known", gettext_lazy("The victim already knows the person named")
    OTHER = "other", gettext_lazy("Another reason (say why)")


_KIND_LABELS = {
    AdviceKind.PAY: gettext_lazy("advice to pay or comply"),
    AdviceKind.BLAME: gettext_lazy("blame"),
    AdviceKind.PROMISE: gettext_lazy("a promise no one can keep"),
    AdviceKind.PRESSURE: gettext_lazy("pressure"),
    AdviceKind.NAME: gettext_lazy("a name"),
}


@dataclass(frozen=True)
class AdviceOverridden:
    kinds: tuple[AdviceKind, ...]
    reason: OverrideReason


def _details(p: AdviceOverridden, names: Names) -> list[str]:
    flagged = ", ".join(str(_KIND_LABELS[kind]) for kind in p.kinds)
    return [_("flagged: %s") % flagged, _("reason: %s") % p.reason.label]


ADVICE_OVERRIDDEN = declare(
    "case.advice_overridden",
    AdviceOverridden,
    gettext_lazy("Message sent despite the advice check"),
    _details,
)


def send_anyway(
    case: Case, *, acting_user: User, result: AdviceCheck, reason: str, note: str | None = None
) -> CaseEvent:
    """Record that a message the check flagged (``result``) is sent anyway, and why.

    Refused without a reason, for a message the check did not flag, and for
    "another reason" without a note saying it (the note is sealed, as notes are).
    """
    if not result.findings:
        raise Conflict(
            "The advice check flagged nothing: there is nothing to override.",
            code="nothing_flagged",
        )
    reason = choice(OverrideReason, reason, "reason for sending anyway")
    text = notes.clean_text(note, "note", required=False)
    if reason == OverrideReason.OTHER and not text:
        raise InvalidInput("Say why the message is sent anyway.", code="reason_needed")
    kinds = tuple(kind for kind in AdviceKind if kind in result.kinds)
    with changing(case, acting_user=acting_user) as change:
        event = change.record(ADVICE_OVERRIDDEN, AdviceOverridden(kinds, OverrideReason(reason)))
        if text:
            notes.attach_note(change.case, event, NoteKind.NOTE, text, acting_user)
    return event
