"""Limits on guessing follow-up codes: per address and for the whole desk.

No address is stored: each is counted under an HMAC of it (an IPv6 address by
its /64, which one person usually holds whole) with a key from the key store,
and a count is deleted once its window is over, so within an hour or two
nothing is left of who tried. Every attempt counts, right or wrong, before any
hashing; the address is counted first, so one address that is over its limit
does not eat into everyone's.
"""

from __future__ import annotations

import hashlib
import hmac
import ipaddress
import math
from dataclasses import dataclass
from datetime import datetime, timedelta

from django.db import transaction
from django.db.models import F
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from haven.core.errors import HavenError
from haven.crypto.keystore import get_keystore
from haven.portal.models import GuessCount

_KEY_SCOPE = "portal-guesses"
EVERYONE = "*"


@dataclass(frozen=True)
class Limit:
    attempts: int
    window: timedelta


PER_ADDRESS = Limit(10, timedelta(hours=1))
# About one argon2 verification a second on average, whatever the load.
GLOBAL = Limit(600, timedelta(minutes=10))


class TooManyAttempts(HavenError):
    """Too many tries. Please wait, then try again."""

    code = "too_many_attempts"
    http_status = 429

    def __init__(self, message: str, *, retry_after: int, code: str) -> None:
        super().__init__(message, code=code)
        self.retry_after = retry_after


def address_key(address: str) -> str:
    """The keyed hash an address is counted under."""
    try:
        ip = ipaddress.ip_address(address.strip())
    except ValueError:
        text = address.strip()
    else:
        if ip.version == 6 and ip.ipv4_mapped is not None:
            ip = ip.ipv4_mapped
        text = str(ipaddress.ip_network(f"{ip}/64", strict=False)) if ip.version == 6 else str(ip)
    key = get_keystore().get_or_create(_KEY_SCOPE)
    return hmac.new(key, text.encode("utf-8"), hashlib.sha256).hexdigest()


def _window_start(now: datetime, window: timedelta) -> datetime:
    seconds = window.total_seconds()
    start = math.floor(now.timestamp() / seconds) * seconds
    return datetime.fromtimestamp(start, tz=now.tzinfo)


def _count(who: str, limit: Limit, now: datetime) -> int | None:
    """Count one attempt; the seconds to wait if that was over the limit, else None."""
    start = _window_start(now, limit.window)
    with transaction.atomic():
        GuessCount.objects.get_or_create(who=who, window_start=start)
        GuessCount.objects.filter(who=who, window_start=start).update(attempts=F("attempts") + 1)
        attempts = GuessCount.objects.get(who=who, window_start=start).attempts
    if attempts <= limit.attempts:
        return None
    return max(1, math.ceil((start + limit.window - now).total_seconds()))


def _wait_text(seconds: int) -> str:
    minutes = math.ceil(seconds / 60)
    return ngettext("%(n)d minute", "%(n)d minutes", minutes) % {"n": minutes}


def spend_attempt(address: str, *, now: datetime | None = None) -> None:
    """Count one code attempt from ``address``; ``TooManyAttempts`` past a limit."""
    now = now or timezone.now()
    longest = max(PER_ADDRESS.window, GLOBAL.window)
    GuessCount.objects.filter(window_start__lt=now - longest).delete()
    wait = _count(address_key(address), PER_ADDRESS, now)
    if wait is not None:
        message = _("Too many tries from here. Please wait %(wait)s, then try again.")
        raise TooManyAttempts(
            message % {"wait": _wait_text(wait)}, retry_after=wait, code="too_many_attempts"
        )
    wait = _count(EVERYONE, GLOBAL, now)
    if wait is not None:
        message = _("Too many tries on this desk just now. Please wait %(wait)s, then try again.")
        raise TooManyAttempts(
            message % {"wait": _wait_text(wait)}, retry_after=wait, code="too_many_attempts_global"
        )
