"""Filling and emptying a case's hash bank: only under the victim's hashing consent."""

from __future__ import annotations

from dataclasses import dataclass

from django.utils.translation import gettext_lazy

from haven.accounts.models import User
from haven.cases.changes import Change, changing
from haven.cases.consent import has_consent, on_withdrawal
from haven.cases.models import Case, ConsentScope
from haven.core.errors import Conflict, InvalidInput
from haven.core.events import Names, declare
from haven.matching import live
from haven.matching.hashing import MediaHashes
from haven.matching.models import BankedHash


@dataclass(frozen=True)
class HashesBanked:
    count: int


@dataclass(frozen=True)
class BankEmptied:
    count: int


def _count(p: HashesBanked | BankEmptied, names: Names) -> list[str]:
    return [str(p.count)]


HASHES_BANKED = declare(
    "matching.hashes_banked", HashesBanked, gettext_lazy("Hashes added to the case's bank"), _count
)
BANK_EMPTIED = declare(
    "matching.bank_emptied",
    BankEmptied,
    gettext_lazy("Hash bank emptied: consent to hashing withdrawn"),
    _count,
)


def bank_hashes(case: Case, hashes: MediaHashes, *, acting_user: User | None) -> list[BankedHash]:
    """Keep a file's hashes in the case's bank and the index; the file itself is not kept."""
    refusal = hashes.refusal()
    if refusal:
        raise InvalidInput(refusal, code="low_quality")
    pictures = [hashes.pdq] if hashes.pdq else [f.pdq for f in hashes.frames]
    with changing(case, acting_user=acting_user) as change:
        if not has_consent(change.case, ConsentScope.HASH_IMAGES):
            raise Conflict(
                str(gettext_lazy("The victim has not consented to hashing their images.")),
                code="no_hashing_consent",
            )
        rows = [
            BankedHash.objects.create(
                case=change.case,
                pdq=p.hex,
                quality=p.quality,
                md5=hashes.md5,
                sha256=hashes.sha256,
            )
            for p in pictures
            if p.bankable
        ]
        change.record(HASHES_BANKED, HashesBanked(len(rows)))
        entries = [(row.pk, row.pdq) for row in rows]
        change.after_commit(lambda: live.add(entries))
    return rows


@on_withdrawal(ConsentScope.HASH_IMAGES)
def _empty_on_withdrawal(change: Change, scope: ConsentScope) -> None:
    ids = list(BankedHash.objects.filter(case=change.case).values_list("pk", flat=True))
    BankedHash.objects.filter(pk__in=ids).delete()
    change.record(BANK_EMPTIED, BankEmptied(len(ids)))
    change.after_commit(lambda: live.remove(ids))
