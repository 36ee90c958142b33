"""Fediverse accounts as Haven writes them: ``user@server``, normalised once, here."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

from haven.core.errors import InvalidInput

MAX_ACCT = 320


@dataclass(frozen=True)
class Account:
    acct: str  # user@server, normalised
    remote_id: str = ""

    @property
    def username(self) -> str:
        return self.acct.split("@", 1)[0]

    @property
    def server(self) -> str:
        return self.acct.split("@", 1)[1]


def normalise_acct(raw: str) -> str:
    acct = unicodedata.normalize("NFKC", raw).strip().removeprefix("@").casefold()
    user, at, server = acct.partition("@")
    if not at or not user or not server or "@" in server or len(acct) > MAX_ACCT:
        raise InvalidInput("An account must be written as user@server.")
    if any(ch.isspace() for ch in acct):
        raise InvalidInput("An account must be written as user@server.")
    return acct
