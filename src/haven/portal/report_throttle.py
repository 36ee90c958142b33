"""Limits on sending reports from the confidential page: per address and for the whole desk.

The same counting as code guesses (``throttle``): no address is kept, only an
HMAC of the address's own keyed hash under a key of this scope, so report and
guess counts never share a row; counts go once their window is over. The
address is counted first, so one address that floods the page does not use up
what everyone else may send: genuine reports from elsewhere still get through,
and the flooding address's own get through again once its hour is over.
"""

from __future__ import annotations

import hashlib
import hmac
from datetime import datetime, timedelta

from django.utils import timezone
from django.utils.translation import gettext as _

from haven.crypto.keystore import get_keystore
from haven.portal import throttle
from haven.portal.models import GuessCount
from haven.portal.throttle import Limit, TooManyAttempts

_KEY_SCOPE = "portal-reports"
EVERYONE = "reports*"

# A person may send a few reports in a row (one per account that threatens them,
# a correction); a flood from one address stops at this.
PER_ADDRESS = Limit(10, timedelta(hours=1))
GLOBAL = Limit(300, timedelta(minutes=10))


def _who(address: str) -> str:
    key = get_keystore().get_or_create(_KEY_SCOPE)
    return hmac.new(key, throttle.address_key(address).encode("ascii"), hashlib.sha256).hexdigest()


def spend_submission(address: str, *, now: datetime | None = None) -> None:
    """Count one report sent from ``address``; ``TooManyAttempts`` past a limit."""
    now = now or timezone.now()
    longest = max(PER_ADDRESS.window, GLOBAL.window)
    GuessCount.objects.filter(window_start__lt=now - longest).delete()
    wait = throttle._count(_who(address), PER_ADDRESS, now)
    if wait is not None:
        message = _(
            "Too many reports were sent from here. Please wait %(wait)s, then send yours "
            "again: what you wrote is still in the form below."
        )
        raise TooManyAttempts(
            message % {"wait": throttle._wait_text(wait)},
            retry_after=wait,
            code="too_many_reports",
        )
    wait = throttle._count(EVERYONE, GLOBAL, now)
    if wait is not None:
        message = _(
            "Too many reports are arriving just now. Please wait %(wait)s, then send yours "
            "again: what you wrote is still in the form below."
        )
        raise TooManyAttempts(
            message % {"wait": throttle._wait_text(wait)},
            retry_after=wait,
            code="too_many_reports_global",
        )
