"""The victim's follow-up code: issued (revoking the one before), and verified.

A code is seven words (``words``), shown once and stored only as an argon2id
hash with its own salt (``hashing``). To find its row without trying every
hash, each row also holds ``lookup``: an HMAC-SHA256 of the code under a key of
the key store, cut to 40 bits. Without that key the tag says nothing about the
code; with it (a thief holding the database *and* the key store), each tag
still leaves 2^50 candidate codes that each cost an argon2 verification, so
the tag does not make the code cheaper to find than the hash alone would.

A code keeps working for ``CLOSED_GRACE`` after its case is closed (the victim
can still read the team's last message, and answer it, which a moderator may
take as a reason to reopen); after that it is a wrong code like any other, and
works again if the case is reopened.

Every wrong code (unknown, malformed, wrong, revoked, expired, of an erased
case, or of a case closed longer than the grace) fails with the same
``WrongCode`` after the same single argon2 verification; an over-long input
is refused before hashing. Attempts are counted first (``throttle``).
"""

from __future__ import annotations

import hashlib
import hmac
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum

from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from haven.accounts.models import User
from haven.cases.changes import Change, changing
from haven.cases.models import Case, CaseStatus
from haven.core.errors import HavenError
from haven.core.events import Names, declare
from haven.crypto.keystore import get_keystore
from haven.portal import hashing, throttle, words
from haven.portal.models import FollowUpCode

# Long enough for a case that stays open; a lost or expired code is replaced
# through ``lost_code``.
LIFETIME = timedelta(days=365)
LOOKUP_BYTES = 5
CLOSED_GRACE = timedelta(days=30)
_LOOKUP_SCOPE = "portal-followup"


class CodeReason(StrEnum):
    REPORT = "report"
    LOST_CODE = "lost_code"


_REASONS = {
    CodeReason.REPORT: gettext_lazy("for the report sent on the confidential page"),
    CodeReason.LOST_CODE: gettext_lazy("the victim lost the earlier code"),
}


@dataclass(frozen=True)
class CodeIssued:
    code: int
    reason: CodeReason
    replaces: int | None = None


@dataclass(frozen=True)
class CodeRevoked:
    code: int


def _issued_details(p: CodeIssued, names: Names) -> list[str]:
    lines = [str(_REASONS[p.reason])]
    if p.replaces is not None:
        lines.append(_("it replaces the earlier code, which no longer opens the case"))
    return lines


CODE_ISSUED = declare(
    "portal.code_issued", CodeIssued, gettext_lazy("Follow-up code issued"), _issued_details
)
CODE_REVOKED = declare("portal.code_revoked", CodeRevoked, gettext_lazy("Follow-up code revoked"))


class WrongCode(HavenError):
    """That code does not open a report. Check it and try again."""

    code = "wrong_code"
    http_status = 404


@dataclass(frozen=True)
class IssuedCode:
    """A new code: ``code`` is shown to the victim once and kept nowhere."""

    id: int
    code: str
    expires_at: datetime


@dataclass(frozen=True)
class _Fresh:
    code: str
    lookup: str
    digest: str


def lookup_tag(canonical: str) -> str:
    key = get_keystore().get_or_create(_LOOKUP_SCOPE)
    mac = hmac.new(key, canonical.encode("utf-8"), hashlib.sha256).digest()
    return mac[:LOOKUP_BYTES].hex()


def fresh_code() -> _Fresh:
    """A new code and its hash, made before any transaction (hashing takes a while)."""
    while True:
        code = words.new_code()
        tag = lookup_tag(code)
        # A tag already in use (about one in 2^40 per code) would make two rows
        # share it; draw again rather than verify twice.
        if not FollowUpCode.objects.filter(lookup=tag).exists():
            return _Fresh(code, tag, hashing.hash_code(code))


def issue_code(change: Change, fresh: _Fresh, *, reason: CodeReason) -> IssuedCode:
    """Inside a change: ``fresh`` becomes the case's code; its live code is revoked."""
    now = timezone.now()
    old = FollowUpCode.objects.filter(case=change.case, revoked_at__isnull=True).first()
    if old is not None:
        old.revoked_at = now
        old.save(update_fields=["revoked_at"])
        change.record(CODE_REVOKED, CodeRevoked(old.pk))
    row = FollowUpCode.objects.create(
        case=change.case,
        lookup=fresh.lookup,
        digest=fresh.digest,
        issued_by=change.acting_user,
        expires_at=now + LIFETIME,
    )
    change.record(CODE_ISSUED, CodeIssued(row.pk, reason, old.pk if old else None))
    return IssuedCode(row.pk, fresh.code, row.expires_at)


def issue_followup_code(case: Case, *, acting_user: User | None) -> IssuedCode:
    """A code for a report from the confidential page (``acting_user`` None: Haven)."""
    fresh = fresh_code()
    with changing(case, acting_user=acting_user) as change:
        return issue_code(change, fresh, reason=CodeReason.REPORT)


def verify_code(text: str, *, address: str) -> Case:
    """The case ``text`` opens, or ``WrongCode``; ``TooManyAttempts`` past a limit."""
    throttle.spend_attempt(address)
    if len(text) > words.MAX_INPUT:
        raise WrongCode()
    canonical = words.normalise(text)
    row = None
    if canonical is not None:
        row = (
            FollowUpCode.objects.select_related("case").filter(lookup=lookup_tag(canonical)).first()
        )
    matched = hashing.verify(row.digest if row else None, canonical or text)
    now = timezone.now()
    if (
        row is None
        or not matched
        or row.revoked_at is not None
        or row.expires_at <= now
        or row.case.erased_at is not None
        or _closed_too_long(row.case, now)
    ):
        raise WrongCode()
    return row.case


def _closed_too_long(case: Case, now: datetime) -> bool:
    return (
        case.status == CaseStatus.CLOSED
        and case.closed_at is not None
        and case.closed_at + CLOSED_GRACE <= now
    )
