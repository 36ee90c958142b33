"""What the advice check flags: each kind once, with the reason shown to the moderator.

A reason never quotes the message: it says what kind of wording was found and
what to write instead.
"""

from __future__ import annotations

from enum import StrEnum

from django.utils.functional import Promise
from django.utils.translation import gettext_lazy


class AdviceKind(StrEnum):
    PAY = "pay"
    BLAME = "blame"
    PROMISE = "promise"
    PRESSURE = "pressure"
    NAME = "name"


REASONS: dict[AdviceKind, Promise] = {
    AdviceKind.PAY: gettext_lazy(
        "This reads as advice to pay or to do what the blackmailer asks. Paying rarely ends "
        "the demands; advise against it instead."
    ),
    AdviceKind.BLAME: gettext_lazy(
        "This may read as blaming the victim for what happened. Say that it is not their "
        "fault instead."
    ),
    AdviceKind.PROMISE: gettext_lazy(
        "This promises something no one can guarantee, such as removal everywhere or what "
        "the blackmailer will do. Say what the team will try to do instead."
    ),
    AdviceKind.PRESSURE: gettext_lazy(
        "This tells the victim they must take a step that is theirs to choose, such as going "
        "to the police or telling someone. Offer it as an option instead."
    ),
    AdviceKind.NAME: gettext_lazy(
        "This names someone on the case or its team. Check that the victim should see this "
        "name before sending."
    ),
}

# Kinds whose wording a negation just before it turns into good advice ("don't pay").
NEGATABLE = frozenset({AdviceKind.PAY, AdviceKind.PROMISE, AdviceKind.PRESSURE})
