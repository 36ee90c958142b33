"""The verbs that change a case. Each owns its transaction and writes its timeline event in it.

Callers (views, commands, tasks) look the case up through ``haven.cases.access``
first; these functions check only what the action itself requires.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from haven.accounts.models import User
from haven.cases import checklist, deadlines, notes, sealing, subjects
from haven.cases.models import (
    Assessment,
    Case,
    CaseKind,
    CaseMember,
    CaseNote,
    CaseParty,
    CaseStatus,
    NoteKind,
    PartyRole,
    Priority,
    Subject,
    new_case_id,
)
from haven.cases.timeline import append_event
from haven.cases.transitions import StatusAction, next_status
from haven.core.choices import choice
from haven.core.errors import Conflict, InvalidInput
from haven.core.events import EventType

logger = logging.getLogger(__name__)


def _require_lead(user: User, what: str) -> None:
    if not user.is_lead:
        raise Conflict(f"Only a safety lead can {what}.", code="lead_only")


def open_case(
    *,
    acting_user: User,
    kind: str = CaseKind.SEXTORTION,
    priority: int = Priority.NORMAL,
    disclosure: str | None = None,
    members: Iterable[User] = (),
) -> Case:
    """Open a case with ``acting_user`` on its team, and the disclosure sealed if given."""
    if disclosure is not None:
        disclosure = notes.clean_text(disclosure, "disclosure")
    with opening_case(
        acting_user=acting_user, kind=kind, priority=priority, members=members
    ) as case:
        if disclosure is not None:
            notes.write_note(case, disclosure, NoteKind.DISCLOSURE, acting_user)
    return case


@contextmanager
def opening_case(
    *,
    acting_user: User | None,
    kind: str = CaseKind.SEXTORTION,
    priority: int = Priority.NORMAL,
    members: Iterable[User] = (),
) -> Iterator[Case]:
    """Open a case in a transaction the caller's block joins: all of it is kept, or none.

    ``acting_user`` joins the team; ``None`` is Haven itself (a report from outside),
    and then only the given ``members`` and the safety leads see the case.
    """
    kind = choice(CaseKind, kind, "kind of case")
    priority = choice(Priority, priority, "priority")
    if kind == CaseKind.CSEA:
        priority = Priority.CRITICAL  # as the assessment's rule keeps it (priority.CSEA)
    case_id = new_case_id()
    # The key file is written before the transaction (no I/O inside it) and
    # removed again if the case is not created.
    sealing.create_case_key(case_id)
    try:
        with transaction.atomic():
            case = _create_case(case_id, kind, priority, members, acting_user)
            yield case
    except BaseException:
        sealing.destroy_case_key(case_id)
        raise
    logger.info("case opened case=%s by=%s", case.pk, acting_user.pk if acting_user else None)


def _create_case(
    case_id: str,
    kind: CaseKind,
    priority: Priority,
    members: Iterable[User],
    acting_user: User | None,
) -> Case:
    actor_id = acting_user.pk if acting_user else None
    case = Case.objects.create(id=case_id, kind=kind, priority=priority)
    urgent = deadlines.is_urgent(kind)
    case.first_response_due = deadlines.response_due(case.created_at, urgent=urgent)
    case.save(update_fields=["first_response_due"])
    Assessment.objects.create(case=case)
    checklist.create_steps(case)
    if kind == CaseKind.CSEA:
        checklist.add_mandatory_report_step(case)
    append_event(
        case,
        EventType.CASE_OPENED,
        actor_id=actor_id,
        payload={
            "kind": kind.value,
            "priority": int(priority),
            "due": case.first_response_due.isoformat(),
        },
    )
    team = {*members, *([acting_user] if acting_user else [])}
    for user in sorted(team, key=lambda u: u.pk):
        _add_member(case, user, actor_id)
    return case


def _add_member(case: Case, user: User, actor_id: int | None) -> None:
    if not user.is_active:
        raise InvalidInput("That team member's account is not active.")
    if case.kind == CaseKind.CSEA and not user.is_lead:
        raise Conflict(
            "Only safety leads can be on a case that may involve a minor.", code="csea_leads_only"
        )
    _, created = CaseMember.objects.get_or_create(case=case, user=user)
    if created:
        append_event(case, EventType.MEMBER_ADDED, actor_id=actor_id, payload={"user": user.pk})


def add_member(case: Case, user: User, *, acting_user: User) -> None:
    _require_lead(acting_user, "add someone to a case's team")
    with transaction.atomic():
        _add_member(case, user, acting_user.pk)


def remove_member(case: Case, user: User, *, acting_user: User) -> None:
    _require_lead(acting_user, "remove someone from a case's team")
    with transaction.atomic():
        deleted, _ = CaseMember.objects.filter(case=case, user=user).delete()
        if deleted:
            append_event(
                case, EventType.MEMBER_REMOVED, actor_id=acting_user.pk, payload={"user": user.pk}
            )


def change_status(case: Case, action: str, *, acting_user: User) -> Case:
    """Move a case between open states; closing goes through ``responding.close_case``."""
    if action == StatusAction.CLOSE:
        raise Conflict("Close a case with its reason.", code="use_close_case")
    with transaction.atomic():
        current = Case.objects.select_for_update().get(pk=case.pk)
        old, new = current.status, next_status(current.status, action)
        current.status = new
        current.closed_at = None
        current.close_reason = ""
        current.save(update_fields=["status", "closed_at", "close_reason", "updated_at"])
        append_event(
            current,
            EventType.STATUS_CHANGED,
            actor_id=acting_user.pk,
            payload={"from": old, "to": new.value, "action": str(action)},
        )
    case.status, case.closed_at = current.status, current.closed_at
    case.close_reason = current.close_reason
    return case


def set_priority(case: Case, priority: int, *, acting_user: User) -> Case:
    new = choice(Priority, priority, "priority")
    with transaction.atomic():
        current = Case.objects.select_for_update().get(pk=case.pk)
        if current.priority == new:
            return case
        old = current.priority
        current.priority = new
        current.save(update_fields=["priority", "updated_at"])
        append_event(
            current,
            EventType.PRIORITY_CHANGED,
            actor_id=acting_user.pk,
            payload={"from": int(old), "to": int(new)},
        )
    case.priority = new
    return case


def add_party(
    case: Case,
    role: str,
    *,
    acting_user: User,
    acct: str | None = None,
    remote_id: str = "",
    label: str | None = None,
) -> CaseParty:
    """Put a fediverse account (``acct``) or an unnamed person (``label``) on the case.

    Only a perpetrator's account becomes a shared Subject (so a repeat perpetrator
    shows up across cases). Anyone else's account is sealed under this case's key
    alone, so erasing the case erases who they were, backups included.
    """
    role = choice(PartyRole, role, "role")
    if not acct and not label:
        raise InvalidInput("Give the person's account or a short description.")
    account = subjects.normalise_acct(acct) if acct else ""
    description = notes.clean_text(label, "description") if label else ""
    with transaction.atomic():
        subject = None
        if account and role == PartyRole.PERPETRATOR:
            subject = subjects.find_or_create_subject(account, remote_id)
        party = CaseParty.objects.create(
            case=case,
            role=role,
            subject=subject,
            label_sealed=b"" if description else None,
            account_sealed=b"" if account and not subject else None,
        )
        if description:
            party.label_sealed = sealing.seal(case.pk, f"party.{party.pk}.label", description)
        if account and not subject:
            party.account_sealed = sealing.seal(case.pk, f"party.{party.pk}.account", account)
        party.save(update_fields=["label_sealed", "account_sealed"])
        append_event(
            case,
            EventType.PARTY_ADDED,
            actor_id=acting_user.pk,
            payload={"party": party.pk, "role": role.value},
        )
    return party


def read_party_label(party: CaseParty) -> str:
    if not party.label_sealed:
        return ""
    return sealing.unseal(party.case_id, f"party.{party.pk}.label", party.label_sealed)


def read_party_account(party: CaseParty) -> str:
    """The party's account (user@server), whether shared (a perpetrator) or case-sealed."""
    if party.subject is not None:
        return subjects.reveal(party.subject).acct
    if not party.account_sealed:
        return ""
    return sealing.unseal(party.case_id, f"party.{party.pk}.account", party.account_sealed)


def set_restricted(case: Case, restricted: bool, *, acting_user: User) -> None:
    """Restrict a case to its own team (leads included), or lift that; leads only."""
    _require_lead(acting_user, "restrict a case")
    with transaction.atomic():
        current = Case.objects.select_for_update().get(pk=case.pk)
        if current.restricted == restricted:
            return
        if restricted:
            # The lead who restricts it stays able to see it.
            _add_member(current, acting_user, acting_user.pk)
        current.restricted = restricted
        current.save(update_fields=["restricted", "updated_at"])
        append_event(
            current,
            EventType.RESTRICTION_CHANGED,
            actor_id=acting_user.pk,
            payload={"restricted": restricted},
        )
    case.restricted = restricted


def record_view(case: Case, *, acting_user: User, what: str = "case") -> None:
    """Every opening of a case by a person is on its timeline (ids only)."""
    with transaction.atomic():
        append_event(case, EventType.CASE_VIEWED, actor_id=acting_user.pk, payload={"what": what})


def erase_case(case: Case, *, acting_user: User) -> None:
    """Crypto-shred the case: its data key is destroyed once the transaction commits.

    The timeline stays (ids and counts only) so the erasure itself is accounted for.
    """
    _require_lead(acting_user, "erase a case")
    with transaction.atomic():
        current = Case.objects.select_for_update().get(pk=case.pk)
        if current.erased_at is not None:
            raise Conflict("This case was already erased.")
        parties = list(CaseParty.objects.filter(case=current).values_list("subject_id", flat=True))
        removed_notes, _ = CaseNote.objects.filter(case=current).delete()
        CaseParty.objects.filter(case=current).delete()
        Subject.objects.filter(pk__in=[s for s in parties if s], parties__isnull=True).delete()
        current.erased_at = timezone.now()
        if current.status != CaseStatus.CLOSED:
            current.status, current.closed_at = CaseStatus.CLOSED, current.erased_at
        current.save(update_fields=["erased_at", "status", "closed_at", "updated_at"])
        append_event(
            current,
            EventType.CASE_ERASED,
            actor_id=acting_user.pk,
            payload={"notes": removed_notes, "parties": len(parties)},
        )
        blobs = list(current.media.exclude(blob_name="").values_list("blob_name", flat=True))
        current.media.update(blob_name="", discarded_at=current.erased_at)
        transaction.on_commit(lambda: _destroy(case.pk, blobs))
    logger.info("case erased case=%s by=%s", case.pk, acting_user.pk)
    case.erased_at, case.status = current.erased_at, current.status


def _destroy(case_id: str, blobs: list[str]) -> None:
    sealing.destroy_case_key(case_id)
    media_dir = Path(settings.HAVEN_DATA_DIR) / "media"
    for name in blobs:
        (media_dir / name).unlink(missing_ok=True)


def unfinished_erasures() -> list[str]:
    """Erased cases whose key survived (the process stopped between commit and deletion)."""
    erased = Case.objects.filter(erased_at__isnull=False).values_list("pk", flat=True)
    return [case_id for case_id in erased.iterator() if sealing.has_case_key(case_id)]


def finish_erasures() -> int:
    """Destroy the keys of erased cases that survived; returns how many."""
    leftover = unfinished_erasures()
    for case_id in leftover:
        sealing.destroy_case_key(case_id)
        logger.warning("finished erasure case=%s", case_id)
    return len(leftover)
