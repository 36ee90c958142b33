"""Fediverse accounts known to Haven, found again by a keyed hash of their handle."""

from __future__ import annotations

import hashlib
import hmac
import json
import unicodedata
from dataclasses import dataclass

from haven.cases.models import Subject
from haven.core.errors import InvalidInput
from haven.crypto import envelope
from haven.crypto.keystore import get_keystore

_SEAL_SCOPE = "directory-subjects"
_LOOKUP_SCOPE = "directory-lookup"
_AAD = b"haven:subject"
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


def lookup_for(acct: str) -> str:
    key = get_keystore().get_or_create(_LOOKUP_SCOPE)
    return hmac.new(key, acct.encode("utf-8"), hashlib.sha256).hexdigest()


def find_or_create_subject(acct: str, remote_id: str = "") -> Subject:
    account = Account(normalise_acct(acct), remote_id.strip())
    lookup = lookup_for(account.acct)
    existing = Subject.objects.filter(lookup=lookup).first()
    if existing is not None:
        return existing
    key = get_keystore().get_or_create(_SEAL_SCOPE)
    body = json.dumps({"acct": account.acct, "remote_id": account.remote_id}).encode("utf-8")
    subject, _ = Subject.objects.get_or_create(
        lookup=lookup, defaults={"sealed": envelope.seal_bytes(key, body, _AAD)}
    )
    return subject


def reveal(subject: Subject) -> Account:
    key = get_keystore().get(_SEAL_SCOPE)
    data = json.loads(envelope.open_bytes(key, bytes(subject.sealed), _AAD))
    return Account(data["acct"], data.get("remote_id", ""))
