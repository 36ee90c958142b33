"""One module per way of telling a member: e-mail, ntfy, a JSON webhook.

Each ``send`` raises ``TryLater`` (a timeout, a 5xx, a 429: tried again with
backoff) or ``Undeliverable`` (refused, redirected, not set up: never retried).
"""

from __future__ import annotations

from haven.core.errors import PermanentError, RetryableError


class TryLater(RetryableError):
    code = "notify_try_later"


class Undeliverable(PermanentError):
    code = "notify_undeliverable"
