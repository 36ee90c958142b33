"""The verbs that change a case. Each owns its transaction and writes its timeline event in it.

Callers (views, commands, tasks) look the case up through ``haven.cases.access``
first; these functions check only what the action itself requires.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime

from django.db import transaction
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from haven.accounts.models import User
from haven.cases import checklist, deadlines, notes, screening, sealing, subjects
from haven.cases.changes import Change, changing
from haven.cases.models import (
    Assessment,
    Case,
    CaseKind,
    CaseMember,
    CaseParty,
    CaseStatus,
    NoteKind,
    PartyRole,
    Priority,
    new_case_id,
)
from haven.cases.timeline import append_event
from haven.cases.transitions import StatusAction
from haven.core.choices import choice
from haven.core.errors import Conflict, InvalidInput
from haven.core.events import Names, declare
from haven.notify import announce

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class CaseOpened:
    kind: CaseKind
    priority: Priority
    due: datetime


@dataclass(frozen=True)
class MemberChanged:
    user: int


@dataclass(frozen=True)
class PartyAdded:
    party: int
    role: PartyRole


@dataclass(frozen=True)
class RestrictionChanged:
    restricted: bool


def _member(p: MemberChanged, names: Names) -> list[str]:
    return [names.get(p.user, _("a former team member"))]


CASE_OPENED = declare(
    "case.opened",
    CaseOpened,
    gettext_lazy("Case opened"),
    lambda p, names: [str(p.kind.label), _("priority %s") % p.priority.label],
)
MEMBER_ADDED = declare(
    "case.member_added", MemberChanged, gettext_lazy("Team member added"), _member
)
MEMBER_REMOVED = declare(
    "case.member_removed", MemberChanged, gettext_lazy("Team member removed"), _member
)
PARTY_ADDED = declare(
    "case.party_added",
    PartyAdded,
    gettext_lazy("Person added to the case"),
    lambda p, names: [str(p.role.label)],
)
RESTRICTION_CHANGED = declare(
    "case.restriction_changed",
    RestrictionChanged,
    gettext_lazy("Restriction changed"),
    lambda p, names: [
        _("restricted to the case team") if p.restricted else _("restriction lifted")
    ],
)


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
    found = None
    if disclosure is not None:
        disclosure = notes.clean_text(disclosure, "disclosure")
        found = screening.read(disclosure)
    with opening_case(
        acting_user=acting_user, kind=kind, priority=priority, members=members
    ) as change:
        if disclosure is not None:
            notes.write_note(change, disclosure, NoteKind.DISCLOSURE, found)
    return change.case


@contextmanager
def opening_case(
    *,
    acting_user: User | None,
    kind: str = CaseKind.SEXTORTION,
    priority: int = Priority.NORMAL,
    members: Iterable[User] = (),
) -> Iterator[Change]:
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
            # First of its after-commit work: a later rise in priority is told after it.
            transaction.on_commit(lambda: announce.case_opened(case_id))
            change = Change(case, acting_user)
            yield change
            change.save()
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
        CASE_OPENED,
        actor_id=actor_id,
        payload=CaseOpened(kind, priority, case.first_response_due),
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
        append_event(case, MEMBER_ADDED, actor_id=actor_id, payload=MemberChanged(user.pk))


def add_member(case: Case, user: User, *, acting_user: User) -> None:
    _require_lead(acting_user, "add someone to a case's team")
    with changing(case, acting_user=acting_user) as change:
        _add_member(change.case, user, acting_user.pk)


def remove_member(case: Case, user: User, *, acting_user: User) -> None:
    _require_lead(acting_user, "remove someone from a case's team")
    with changing(case, acting_user=acting_user) as change:
        deleted, _count = CaseMember.objects.filter(case=case, user=user).delete()
        if deleted:
            change.record(MEMBER_REMOVED, MemberChanged(user.pk))


def change_status(case: Case, action: str, *, acting_user: User) -> Case:
    """Move a case between open states; closing goes through ``responding.close_case``."""
    action = choice(StatusAction, action, "status action")
    if action in (StatusAction.CLOSE, StatusAction.ERASE):
        raise Conflict("Close a case with its reason.", code="use_close_case")
    with changing(case, acting_user=acting_user) as change:
        change.move(action)
    return case


def set_priority(case: Case, priority: int, *, acting_user: User) -> Case:
    new = choice(Priority, priority, "priority")
    with changing(case, acting_user=acting_user) as change:
        change.set_priority(new)
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
    with changing(case, acting_user=acting_user) as change:
        return put_party(change, role, acct=acct, remote_id=remote_id, label=label)


def put_party(
    change: Change,
    role: str,
    *,
    acct: str | None = None,
    remote_id: str = "",
    label: str | None = None,
) -> CaseParty:
    """``add_party`` inside a change already under way (a report that names its people)."""
    role = choice(PartyRole, role, "role")
    if not acct and not label:
        raise InvalidInput("Give the person's account or a short description.")
    account = subjects.normalise_acct(acct) if acct else ""
    description = notes.clean_text(label, "description") if label else ""
    case = change.case
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
    if account and role == PartyRole.VICTIM:
        subjects.tag_victim(party, account)  # a later report by or about them joins
    change.record(PARTY_ADDED, PartyAdded(party.pk, role))
    return party


def open_case_naming(acct: str) -> Case | None:
    """The most recent case not closed that names ``acct`` as its perpetrator, if any."""
    lookup = subjects.lookup_for(subjects.normalise_acct(acct))
    party = (
        CaseParty.objects.filter(
            role=PartyRole.PERPETRATOR,
            subject__lookup=lookup,
            case__erased_at__isnull=True,
        )
        .exclude(case__status=CaseStatus.CLOSED)
        .select_related("case")
        .order_by("-case__created_at")
        .first()
    )
    return party.case if party else None


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
    with changing(case, acting_user=acting_user) as change:
        if change.case.restricted == restricted:
            return
        if restricted:
            # The lead who restricts it stays able to see it.
            _add_member(change.case, acting_user, acting_user.pk)
        change.set(restricted=restricted)
        change.record(RESTRICTION_CHANGED, RestrictionChanged(restricted))
