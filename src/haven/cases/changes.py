"""The one way to change a case: lock it, change it, write the events, copy back, then act.

Every verb that changes a case row does it inside ``changing``::

    with changing(case, acting_user=user) as change:
        change.move(StatusAction.WAIT)
        change.record(SOMETHING_HAPPENED, SomethingHappened(...))
        change.after_commit(lambda: ...)

The case row is locked for the whole block, every event goes on its timeline in
the same transaction, the changed fields are saved once at the end and copied
back onto the caller's object, and the after-commit work runs only if all of it
was kept. Status changes go through ``move`` and so through the transitions
table; nothing else writes a case's status.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from enum import StrEnum
from typing import TypeVar

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from haven.accounts.models import User
from haven.cases.models import Case, CaseEvent, CaseKind, CaseStatus, CloseReason, Priority
from haven.cases.priority import RuleName, rule_reason
from haven.cases.timeline import append_event
from haven.cases.transitions import StatusAction, next_status
from haven.core.errors import Conflict
from haven.core.events import EventKind, Names, declare
from haven.notify import announce

P = TypeVar("P")

# The fields of a case row a change may set, copied back to the caller's object.
_FIELDS = (
    "kind",
    "status",
    "priority",
    "closed_at",
    "close_reason",
    "first_response_due",
    "first_responded_at",
    "urgent_from_scan",
    "restricted",
    "erased_at",
    "erased_by",
    "timeline_length",
    "timeline_head",
    "updated_at",
)


class AutoReason(StrEnum):
    """Why Haven moved a case by itself."""

    WORK_BEGAN = "work_began"
    REPORT_RECEIVED = "report_received"


_AUTO_REASONS = {
    AutoReason.WORK_BEGAN: gettext_lazy("work began on the case"),
    AutoReason.REPORT_RECEIVED: gettext_lazy("a report arrived"),
}


@dataclass(frozen=True)
class StatusChanged:
    from_: CaseStatus
    to: CaseStatus
    action: StatusAction
    reason: CloseReason | AutoReason | None = None


@dataclass(frozen=True)
class PriorityChanged:
    from_: Priority
    to: Priority
    reason: RuleName | None = None


@dataclass(frozen=True)
class KindChanged:
    from_: CaseKind
    to: CaseKind
    reason: RuleName | None = None


def _status_details(p: StatusChanged, names: Names) -> list[str]:
    lines = [_("from %(old)s to %(new)s") % {"old": p.from_.label, "new": p.to.label}]
    if isinstance(p.reason, AutoReason):
        lines.append(_("reason: %s") % _AUTO_REASONS[p.reason])
    elif p.reason is not None:
        lines.append(_("reason: %s") % p.reason.label)
    return lines


def _from_to(p: PriorityChanged | KindChanged, names: Names) -> list[str]:
    lines = [_("from %(old)s to %(new)s") % {"old": p.from_.label, "new": p.to.label}]
    if p.reason is not None:
        lines.append(_("because %s") % rule_reason(p.reason))
    return lines


STATUS_CHANGED = declare(
    "case.status_changed", StatusChanged, gettext_lazy("Status changed"), _status_details
)
PRIORITY_CHANGED = declare(
    "case.priority_changed", PriorityChanged, gettext_lazy("Priority changed"), _from_to
)
KIND_CHANGED = declare("case.kind_changed", KindChanged, gettext_lazy("Kind changed"), _from_to)


@dataclass
class Change:
    """A case being changed: ``case`` is the locked row; use its methods, not ``save``."""

    case: Case
    acting_user: User | None
    _dirty: set[str] = field(default_factory=set)

    @property
    def actor_id(self) -> int | None:
        return self.acting_user.pk if self.acting_user else None

    def record(self, kind: EventKind[P], payload: P | None = None) -> CaseEvent:
        return append_event(self.case, kind, actor_id=self.actor_id, payload=payload, locked=True)

    def set(self, **values: object) -> None:
        """Set fields of the case row; saved once, when the change ends."""
        unknown = set(values) - set(_FIELDS)
        if unknown or "status" in values:
            raise TypeError(f"A change cannot set {sorted(unknown) or 'status'} directly.")
        for name, value in values.items():
            setattr(self.case, name, value)
        self._dirty |= set(values)

    def move(
        self, action: StatusAction, *, reason: CloseReason | AutoReason | None = None
    ) -> CaseEvent:
        """Change the status by the transitions table, on the timeline."""
        old = CaseStatus(self.case.status)
        new = next_status(old, action)
        self.case.status = new
        self._dirty.add("status")
        if new != CaseStatus.CLOSED:
            self.set(closed_at=None)
        elif old != CaseStatus.CLOSED:
            self.set(closed_at=timezone.now())
        self.set(close_reason=reason.value if isinstance(reason, CloseReason) else "")
        return self.record(STATUS_CHANGED, StatusChanged(old, new, action, reason))

    def set_priority(self, priority: Priority, *, reason: RuleName | None = None) -> None:
        old = Priority(self.case.priority)
        if old == priority:
            return
        self.set(priority=priority)
        self.record(PRIORITY_CHANGED, PriorityChanged(old, priority, reason))
        if priority > old and priority >= Priority.HIGH:
            case_id = self.case.pk
            self.after_commit(lambda: announce.case_turned_urgent(case_id))

    def set_kind(self, kind: CaseKind, *, reason: RuleName | None = None) -> None:
        old = CaseKind(self.case.kind)
        if old == kind:
            return
        self.set(kind=kind)
        self.record(KIND_CHANGED, KindChanged(old, kind, reason))

    def after_commit(self, work: Callable[[], object]) -> None:
        transaction.on_commit(work)

    def save(self) -> None:
        """Write the changed fields (``changing`` does this when its block ends)."""
        if self._dirty:
            self.case.save(update_fields=sorted(self._dirty | {"updated_at"}))
            self._dirty.clear()


@contextmanager
def changing(case: Case, *, acting_user: User | None) -> Iterator[Change]:
    """Lock ``case``, yield the change, save it, copy the row back onto ``case``."""
    with transaction.atomic():
        current = Case.objects.select_for_update().get(pk=case.pk)
        if current.erased_at is not None:
            raise Conflict("This case was erased: nothing can be changed on it.", code="erased")
        change = Change(current, acting_user)
        yield change
        change.save()
    for name in _FIELDS:
        setattr(case, name, getattr(current, name))
