"""A member's notification choices: reading them, and the one verb that changes them."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import time

from django.utils.translation import gettext as _

from haven.accounts.models import User
from haven.core.errors import InvalidInput, NotFound
from haven.locale.languages import LANGUAGES
from haven.notify import targets
from haven.notify.channels import email
from haven.notify.models import Channel, Event, Preference
from haven.notify.quiet_hours import zone
from haven.notify.targets import Target

_WANTS = {
    Event.CASE_OPENED: "on_case_opened",
    Event.CASE_URGENT: "on_case_urgent",
    Event.ACTION_FAILED: "on_action_failed",
    Event.VICTIM_ANSWERED: "on_victim_answered",
}


def preference_of(user: User) -> Preference:
    """The member's saved choices, or the defaults (every event, by e-mail) unsaved."""
    found = Preference.objects.filter(user=user).first()
    return found if found is not None else Preference(user=user)


def wants(pref: Preference, event: Event) -> bool:
    return event == Event.TEST or bool(getattr(pref, _WANTS[event]))


def target_of(pref: Preference, channel: Channel) -> Target | None:
    if channel == Channel.NTFY:
        return targets.ntfy_of(pref)
    if channel == Channel.WEBHOOK:
        return targets.webhook_of(pref)
    if channel == Channel.MATRIX:
        return targets.matrix_of(pref)
    return None


def channels_set_up(pref: Preference) -> list[Channel]:
    found = []
    if email.configured() and pref.user.email:
        found.append(Channel.EMAIL)
    if pref.ntfy_sealed:
        found.append(Channel.NTFY)
    if pref.webhook_sealed:
        found.append(Channel.WEBHOOK)
    if pref.matrix_sealed:
        found.append(Channel.MATRIX)
    return found


def channels_of(pref: Preference) -> list[Channel]:
    """The channels the member chose and set up (e-mail only where the desk has a mail server)."""
    chosen = {
        Channel.EMAIL: pref.by_email and email.configured(),
        Channel.NTFY: pref.by_ntfy and bool(pref.ntfy_sealed),
        Channel.WEBHOOK: pref.by_webhook and bool(pref.webhook_sealed),
        Channel.MATRIX: pref.by_matrix and bool(pref.matrix_sealed),
    }
    return [channel for channel, on in chosen.items() if on]


@dataclass(frozen=True)
class Choices:
    on_case_opened: bool
    on_case_urgent: bool
    on_action_failed: bool
    by_email: bool
    by_ntfy: bool
    by_webhook: bool
    by_matrix: bool
    quiet_start: time | None
    quiet_end: time | None
    timezone: str
    # None keeps what is set; "" removes it.
    ntfy_url: str | None = None
    ntfy_token: str = ""
    webhook_url: str | None = None
    # The homeserver's address, the room id and the token go together.
    matrix_url: str | None = None
    matrix_room: str = ""
    matrix_token: str = ""
    on_victim_answered: bool = True


def update_preferences(user: User, choices: Choices, *, acting_user: User) -> Preference:
    """Each member sets their own, and nobody else's."""
    if acting_user.pk != user.pk:
        raise NotFound()
    if (choices.quiet_start is None) != (choices.quiet_end is None):
        raise InvalidInput("Give both ends of the quiet hours, or neither.", code="quiet_hours")
    if zone(choices.timezone).key != choices.timezone:
        raise InvalidInput("Choose a time zone from the list.", code="timezone")
    pref = preference_of(user)
    for name in (*_WANTS.values(), "by_email", "by_ntfy", "by_webhook", "by_matrix"):
        setattr(pref, name, getattr(choices, name))
    pref.quiet_start, pref.quiet_end = choices.quiet_start, choices.quiet_end
    pref.timezone = choices.timezone
    if choices.ntfy_url is not None:
        url = choices.ntfy_url.strip()
        targets.set_ntfy(pref, Target(targets.check_url(url), choices.ntfy_token) if url else None)
    if choices.webhook_url is not None:
        url = choices.webhook_url.strip()
        targets.set_webhook(pref, Target(targets.check_url(url)) if url else None)
    if choices.matrix_url is not None:
        targets.set_matrix(pref, _matrix_target(choices))
    pref.save()
    return pref


def set_language(user: User, code: str, *, acting_user: User) -> Preference:
    """The desk's language for this member; "" goes back to the browser's."""
    if acting_user.pk != user.pk:
        raise NotFound()
    if code and code not in dict(LANGUAGES):
        raise InvalidInput(_("Choose a language from the list."), code="language")
    pref = preference_of(user)
    pref.language = code
    pref.save()
    return pref


def _matrix_target(choices: Choices) -> Target | None:
    url = (choices.matrix_url or "").strip()
    if not url:
        return None
    if not choices.matrix_token.strip():
        raise InvalidInput("Give the Matrix access token with the room.", code="matrix_token")
    room = targets.check_room(choices.matrix_room)
    return Target(targets.check_url(url), choices.matrix_token.strip(), room)
