"""Which of the scopes Haven needs a Mastodon token lacks, in plain sentences.

Mastodon accepts a parent scope for its children: ``read`` covers
``read:statuses``, ``admin:read`` covers ``admin:read:reports``; and for the
token's own account, ``profile`` (4.3+) does what ``read:accounts`` does.
"""

from __future__ import annotations

from collections.abc import Iterable

from django.utils.translation import gettext as _

_ALTERNATIVES = {"read:accounts": ("profile",)}

_WHY = {
    "admin:read:reports": "reports cannot be read",
    "admin:write:reports": "reports cannot be resolved",
    "admin:read:accounts": "accounts cannot be read before acting",
    "admin:write:accounts": "accounts cannot be suspended or limited",
    "read:accounts": "the token's own role cannot be checked",
    "read:statuses": "the account's posts cannot be captured",
}


def covers(granted: Iterable[str], scope: str) -> bool:
    have = set(granted)
    parent = scope.rpartition(":")[0]
    return (
        scope in have
        or (parent not in ("", "admin") and parent in have)
        or any(alt in have for alt in _ALTERNATIVES.get(scope, ()))
    )


def missing_from(granted: Iterable[str], needed: Iterable[str]) -> list[str]:
    have = list(granted)
    return [
        _("The token lacks the scope %(scope)s: %(why)s.") % {"scope": s, "why": _WHY.get(s, "")}
        for s in needed
        if not covers(have, s)
    ]
