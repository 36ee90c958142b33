"""A safety lead manages the team from the desk: each change goes on the audit stream.

The verbs themselves are those of the CLI (``haven.accounts.actions``); this
module adds who may use them, the guard that the team never loses its last
active lead, and the audit record, in the same transaction as the change.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.db import transaction
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from haven.accounts import actions
from haven.accounts.actions import Enrolment
from haven.accounts.models import Role, User
from haven.cases import audit
from haven.core.errors import Conflict, NotFound
from haven.core.events import Names, Stream, declare


@dataclass(frozen=True)
class MemberChanged:
    member: int


@dataclass(frozen=True)
class MemberAdded:
    member: int
    role: Role


@dataclass(frozen=True)
class RoleChanged:
    member: int
    role: Role


def _member(p: MemberChanged | MemberAdded | RoleChanged, names: Names) -> list[str]:
    return [names.get(p.member, _("a former team member"))]


def _member_role(p: MemberAdded | RoleChanged, names: Names) -> list[str]:
    return [*_member(p, names), str(Role(p.role).label)]


MEMBER_ADDED = declare(
    "team.member_added",
    MemberAdded,
    gettext_lazy("Team member added"),
    _member_role,
    stream=Stream.AUDIT,
)
FACTOR_RESET = declare(
    "team.factor_reset",
    MemberChanged,
    gettext_lazy("Second factor reset"),
    _member,
    stream=Stream.AUDIT,
)
MEMBER_DEACTIVATED = declare(
    "team.member_deactivated",
    MemberChanged,
    gettext_lazy("Team member deactivated"),
    _member,
    stream=Stream.AUDIT,
)
MEMBER_REACTIVATED = declare(
    "team.member_reactivated",
    MemberChanged,
    gettext_lazy("Team member reactivated"),
    _member,
    stream=Stream.AUDIT,
)
ROLE_CHANGED = declare(
    "team.role_changed",
    RoleChanged,
    gettext_lazy("Role changed"),
    _member_role,
    stream=Stream.AUDIT,
)


@dataclass(frozen=True)
class NewMember:
    """Shown once to the lead who added them: the password and the second factor."""

    enrolment: Enrolment
    password: str


def _require_lead(user: User) -> None:
    # Someone who is not a lead learns nothing, not even that the page exists.
    if not user.is_lead:
        raise NotFound()


def _keep_a_lead(member: User) -> None:
    """Refuse to take away the last active lead (row locks: two leads cannot race past it)."""
    leads = list(
        User.objects.select_for_update()
        .filter(is_active=True, role=Role.LEAD)
        .values_list("pk", flat=True)
    )
    if leads == [member.pk]:
        raise Conflict(
            _(
                "This is the team's last active safety lead: make someone else a lead "
                "first, or the team could no longer be managed."
            ),
            code="last_lead",
        )


def add_member(username: str, role: str, *, acting_user: User) -> NewMember:
    _require_lead(acting_user)
    password = actions.generate_password()
    with transaction.atomic():
        enrolment = actions.create_team_member(username, role, password)
        user = enrolment.user
        audit.record(MEMBER_ADDED, actor=acting_user, payload=MemberAdded(user.pk, Role(role)))
    return NewMember(enrolment, password)


def reset_factor(member: User, *, acting_user: User) -> Enrolment:
    _require_lead(acting_user)
    with transaction.atomic():
        enrolment = actions.reset_second_factor(member)
        audit.record(FACTOR_RESET, actor=acting_user, payload=MemberChanged(member.pk))
    return enrolment


def deactivate(member: User, *, acting_user: User) -> int:
    _require_lead(acting_user)
    with transaction.atomic():
        if not member.is_active:
            raise Conflict(_("This team member is already deactivated."), code="inactive")
        if member.role == Role.LEAD:
            _keep_a_lead(member)
        ended = actions.deactivate_team_member(member)
        audit.record(MEMBER_DEACTIVATED, actor=acting_user, payload=MemberChanged(member.pk))
    return ended


def reactivate(member: User, *, acting_user: User) -> None:
    """They can sign in again with their password and second factor (reset it if in doubt)."""
    _require_lead(acting_user)
    with transaction.atomic():
        if member.is_active:
            raise Conflict(_("This team member is already active."), code="active")
        member.is_active = True
        member.save(update_fields=["is_active"])
        audit.record(MEMBER_REACTIVATED, actor=acting_user, payload=MemberChanged(member.pk))


def change_role(member: User, role: str, *, acting_user: User) -> None:
    _require_lead(acting_user)
    if role not in Role.values:
        raise Conflict(_("That is not a role on the safety team."), code="invalid_role")
    with transaction.atomic():
        if member.role == role:
            return
        if member.role == Role.LEAD and member.is_active:
            _keep_a_lead(member)
        member.role = role
        member.save(update_fields=["role"])
        audit.record(ROLE_CHANGED, actor=acting_user, payload=RoleChanged(member.pk, Role(role)))
