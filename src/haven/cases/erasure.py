"""Erasing a case: its key is destroyed and only a tombstone is left in the database.

After ``erase_case`` the database holds that the case existed, when it was
opened and erased, and by whom (the case row and an audit record): no note, scan
verdict, role, consent scope, image hash, size or timeline entry. Its data key
is destroyed once the transaction commits, so no copy of the database from
before the erasure opens anything of it with the key store from after; a
perpetrator's Subject that no other case names goes too, with its own key. The
keyed tags of its victims' accounts (``VictimTag``) are deleted with it.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from enum import StrEnum

from django.db import DatabaseError, connection
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy

from haven.accounts.models import User
from haven.cases import audit, sealing, subjects
from haven.cases.changes import Change, changing
from haven.cases.models import (
    Assessment,
    AuditRecord,
    Case,
    CaseEvent,
    CaseKind,
    CaseMember,
    CaseNote,
    CaseParty,
    CaseStep,
    CaseWishes,
    ConsentRecord,
    Priority,
    ReceivedServerReport,
    Subject,
    TextScan,
    VerdictMark,
)
from haven.cases.transitions import StatusAction
from haven.core.errors import Conflict
from haven.core.events import Stream, declare
from haven.evidence import store
from haven.evidence.models import EvidenceItem, RetentionNotice, RetentionPeriod
from haven.fediverse.models import (
    AccountTrait,
    CaptureRun,
    EnforcementAction,
    HeldItem,
    LinkedAccount,
    VictimTag,
)
from haven.matching import live as match_index
from haven.matching.models import BankedHash
from haven.notify.models import Notification
from haven.portal.models import CodeHandover, FollowUpCode, Message

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class CaseErased:
    pass


class ErasureSource(StrEnum):
    VICTIM = "victim"


@dataclass(frozen=True)
class ErasureRequested:
    by: ErasureSource


CASE_ERASED = declare("case.erased", CaseErased, gettext_lazy("Case erased"), stream=Stream.AUDIT)
ERASURE_REQUESTED = declare(
    "case.erasure_requested",
    ErasureRequested,
    gettext_lazy("Erasure requested by the victim on the follow-up page"),
    stream=Stream.AUDIT,
)
# What goes with an erased case, children before what they point at.
_CHILDREN = (
    Message,
    FollowUpCode,
    Notification,
    EnforcementAction,
    HeldItem,
    CaptureRun,
    AccountTrait,
    LinkedAccount,
    VictimTag,
    VerdictMark,
    TextScan,
    CaseNote,
    EvidenceItem,
    RetentionNotice,
    RetentionPeriod,
    BankedHash,
    ConsentRecord,
    CaseStep,
    CaseWishes,
    Assessment,
)


def erase_case(case: Case, *, acting_user: User) -> None:
    """Leave only a tombstone of ``case``; safety leads only, once."""
    if not acting_user.is_lead:
        raise Conflict("Only a safety lead can erase a case.", code="lead_only")
    _erase(case, acting_user)


def erase_at_victims_request(case: Case) -> None:
    """The victim asked, on the follow-up page, for their case to be erased: no lead needed.

    The request goes on the audit stream (which outlives the case) in the same
    transaction as the erasure, so that who asked is known afterwards.
    """
    _erase(case, None)


def _erase(case: Case, acting_user: User | None) -> None:
    if Case.objects.filter(pk=case.pk, erased_at__isnull=False).exists():
        raise Conflict("This case was already erased.", code="erased")
    with changing(case, acting_user=acting_user) as change:
        if acting_user is None:
            audit.record(
                ERASURE_REQUESTED,
                actor=None,
                case_id=case.pk,
                payload=ErasureRequested(ErasureSource.VICTIM),
            )
        named = set(CaseParty.objects.filter(case=case).values_list("subject_id", flat=True))
        blobs = [
            n
            for n in EvidenceItem.objects.filter(case=case).values_list("blob_name", flat=True)
            if n
        ]
        blobs += [
            n for n in HeldItem.objects.filter(case=case).values_list("blob_name", flat=True) if n
        ]
        banked = list(BankedHash.objects.filter(case=case).values_list("pk", flat=True))
        change.after_commit(lambda: match_index.remove(banked))
        change.move(StatusAction.ERASE)
        for model in _CHILDREN:
            model.objects.filter(case=case).delete()
        CodeHandover.objects.filter(Q(earlier=case) | Q(later=case)).delete()
        CaseParty.objects.filter(case=case).delete()
        CaseMember.objects.filter(case=case).delete()
        CaseEvent.objects.filter(case=case).erase()
        # Kept, unlinked: a late repeat of the server's delivery must not open a new case.
        ReceivedServerReport.objects.filter(case=case).update(case=None)
        orphans = list(
            Subject.objects.filter(pk__in=named - {None}, parties__isnull=True).values_list(
                "pk", flat=True
            )
        )
        Subject.objects.filter(pk__in=orphans).delete()
        _tombstone(change, acting_user)
        audit.record(CASE_ERASED, actor=acting_user, case_id=case.pk, payload=CaseErased())
        change.after_commit(lambda: _destroy(case.pk, blobs, orphans))
    logger.info("case erased case=%s by=%s", case.pk, acting_user.pk if acting_user else "victim")


def _tombstone(change: Change, lead: User | None) -> None:
    now = timezone.now()
    change.set(
        kind=CaseKind.SEXTORTION,
        priority=Priority.NORMAL,
        close_reason="",
        closed_at=now,
        first_response_due=None,
        first_responded_at=None,
        restricted=False,
        erased_at=now,
        erased_by=lead,
        timeline_length=0,
        timeline_head="",
    )


def _destroy(case_id: str, blobs: list[str], subject_ids: list[int]) -> None:
    sealing.destroy_case_key(case_id)
    store.remove(blobs)
    for subject_id in subject_ids:
        subjects.destroy_key(subject_id)
    _scrub_write_ahead_log()


def _scrub_write_ahead_log() -> None:
    """On SQLite, empty the write-ahead log, whose older frames still hold the erased rows.

    secure_delete (settings) zeroes them in the database file itself. PostgreSQL
    keeps dead rows until VACUUM reuses their space: docs/operators.md says so.
    """
    if connection.vendor != "sqlite" or connection.in_atomic_block:
        return  # inside a caller's transaction SQLite cannot checkpoint; the next erasure will
    try:
        with connection.cursor() as cursor:
            cursor.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            busy, _log, _moved = cursor.fetchone()
    except DatabaseError as exc:
        busy = True
        logger.warning("erasure: write-ahead log not checkpointed (%s)", type(exc).__name__)
    if busy:
        logger.warning("erasure: the write-ahead log is in use and was not emptied yet")


def unfinished_erasures() -> list[str]:
    """Erased cases whose key survived (the process stopped between commit and deletion).

    Only erasures the audit stream recorded count: someone who can write to the
    database must not be able to make ``haven verify`` shred a living case's key
    by setting ``erased_at`` on it.
    """
    recorded = AuditRecord.objects.filter(type=CASE_ERASED.name).values("case_id")
    erased = Case.objects.filter(erased_at__isnull=False, pk__in=recorded)
    ids = erased.values_list("pk", flat=True)
    return [case_id for case_id in ids.iterator() if sealing.has_case_key(case_id)]


def finish_erasures() -> int:
    """Destroy the keys of erased cases that survived; returns how many."""
    leftover = unfinished_erasures()
    for case_id in leftover:
        sealing.destroy_case_key(case_id)
        logger.warning("finished erasure case=%s", case_id)
    return len(leftover)
