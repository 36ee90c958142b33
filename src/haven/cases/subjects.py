"""Perpetrators' fediverse accounts, shared across cases and found again by a keyed hash.

Each Subject's handle is sealed under a key of its own (``subject-<id>``), which
goes with the Subject when the last case that names it is erased: a copy of the
database from before, with the key store from after, opens nothing.

A victim's account is no Subject: it is sealed under its case's key alone. So that
a later report by or about the same person joins their open case, each victim
account on a case also gets a ``VictimTag``: an HMAC of the handle under a key of
its own (``victim-lookup``), erased with the case
(docs/decisions/0008-victim-lookup-tag.md).
"""

from __future__ import annotations

import hashlib
import hmac
import json

from haven.cases.models import Case, CaseParty, CaseStatus, PartyRole, Subject
from haven.crypto import envelope
from haven.crypto.keystore import get_keystore
from haven.fediverse.accounts import MAX_ACCT, Account, normalise_acct
from haven.fediverse.models import VictimTag

__all__ = ["MAX_ACCT", "Account", "find_or_create_subject", "normalise_acct", "reveal"]

_LOOKUP_SCOPE = "directory-lookup"
_VICTIM_SCOPE = "victim-lookup"
_AAD = b"haven:subject"


def key_scope(subject_id: int) -> str:
    return f"subject-{subject_id}"


def lookup_for(acct: str) -> str:
    key = get_keystore().get_or_create(_LOOKUP_SCOPE)
    return hmac.new(key, acct.encode("utf-8"), hashlib.sha256).hexdigest()


def find_or_create_subject(acct: str, remote_id: str = "") -> Subject:
    """Inside the caller's transaction: the Subject for ``acct``, made and sealed if new."""
    account = Account(normalise_acct(acct), remote_id.strip())
    lookup = lookup_for(account.acct)
    subject, created = Subject.objects.get_or_create(lookup=lookup, defaults={"sealed": b""})
    if created:
        key = get_keystore().get_or_create(key_scope(subject.pk))
        body = json.dumps({"acct": account.acct, "remote_id": account.remote_id}).encode("utf-8")
        subject.sealed = envelope.seal_bytes(key, body, _AAD)
        subject.save(update_fields=["sealed"])
    return subject


def reveal(subject: Subject) -> Account:
    key = get_keystore().get(key_scope(subject.pk))
    data = json.loads(envelope.open_bytes(key, bytes(subject.sealed), _AAD))
    return Account(data["acct"], data.get("remote_id", ""))


def destroy_key(subject_id: int) -> None:
    get_keystore().destroy(key_scope(subject_id))


def victim_tag(acct: str) -> str:
    """The keyed hash a victim's account is found by; never comparable to ``lookup_for``."""
    key = get_keystore().get_or_create(_VICTIM_SCOPE)
    return hmac.new(key, normalise_acct(acct).encode("utf-8"), hashlib.sha256).hexdigest()


def tag_victim(party: CaseParty, acct: str) -> None:
    """Inside the caller's transaction: a victim's account on a case can be found again."""
    if party.role != PartyRole.VICTIM:
        raise ValueError("Only a victim's account is tagged.")
    VictimTag.objects.create(case_id=party.case_id, party=party, tag=victim_tag(acct))


def open_case_of_victim(acct: str) -> Case | None:
    """The most recent case not closed whose victim is ``acct``, if any."""
    found = (
        VictimTag.objects.filter(tag=victim_tag(acct), case__erased_at__isnull=True)
        .exclude(case__status=CaseStatus.CLOSED)
        .order_by("-case__created_at")
        .values_list("case_id", flat=True)
        .first()
    )
    return Case.objects.get(pk=found) if found else None
