"""The enforcement outbox: actions on a server asked for by a named moderator, run by a task.

``request_action`` checks everything before anything is queued: the person can
see the case, everything reported on it has been captured (``capture``: an
action can make the server purge the reported posts), the server can do this
(its module declares it), a reason is given, the moderator confirmed it
respects the victim's wishes, and any text that will reach the server passes
the leak guard. Forwarding a report (``forwarding``) is checked once more, then,
against exactly what the server would send on, and again when the task runs.
The action and its event are
written in the case's transaction; the task (``execute``) runs after commit.

The task checks the capture again (a report filed on the case since starts a new
one): while it runs, the action waits and is tried again a minute later. It
reads the account's state before acting (the module's ``perform``), so
a run repeated after a crash does nothing twice. A server that times out, fails
or rate-limits is tried again with backoff; after ``HAVEN_TASK_MAX_ATTEMPTS``
tries the action is marked failed. A server's refusal (4xx) is final. Every
outcome is an event on the case. An action can wait until the victim says they
are ready (after saving their evidence or blocking the account elsewhere), or
until a time; a dry run (the connection's setting, or asked for) records the
exact requests and sends none.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable
from dataclasses import asdict, dataclass
from datetime import datetime, timedelta

from django.conf import settings
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from haven.accounts.models import User
from haven.cases import access, notes, sealing, subjects, victim_wishes
from haven.cases.changes import changing
from haven.cases.models import Case, CaseParty, PartyRole, StepKey
from haven.core.errors import Conflict, InvalidInput
from haven.core.events import Id, Names, declare
from haven.fediverse import capture, credentials, forwarding, leak_guard
from haven.fediverse.models import ActionState, Connection, EnforcementAction
from haven.fediverse.servers import (
    ActionKind,
    ActionOutcome,
    ActionRequest,
    NotOnServer,
    PlannedRequest,
    RateLimited,
    ServerClient,
    ServerError,
    ServerUnavailable,
    TokenRefused,
    module_for,
)
from haven.notify import announce

logger = logging.getLogger(__name__)

CAPTURE_RECHECK = timedelta(minutes=1)

# Which of the guide's steps an action carries out, for the wishes confirmation.
_STEP = {
    ActionKind.SUSPEND: StepKey.BAN,
    ActionKind.LIMIT: StepKey.BAN,
    ActionKind.MARK_SENSITIVE: StepKey.REMOVE_MATERIAL,
    ActionKind.DELETE_STATUS: StepKey.REMOVE_MATERIAL,
    ActionKind.DELETE_ACCOUNT_DATA: StepKey.REMOVE_MATERIAL,
    ActionKind.RESOLVE_REPORT: StepKey.BAN,
    ActionKind.FORWARD_REPORT: StepKey.BAN,
}


@dataclass(frozen=True)
class ActionEvent:
    action: Id
    kind: ActionKind


@dataclass(frozen=True)
class ActionRequested:
    action: Id
    kind: ActionKind
    waits: bool
    dry_run: bool


@dataclass(frozen=True)
class ActionFinished:
    action: Id
    kind: ActionKind
    state: ActionState
    status_code: int


def _requested_details(p: ActionRequested, names: Names) -> list[str]:
    lines = [str(p.kind.label)]
    if p.waits:
        lines.append(str(_("waits until the victim is ready or the set time")))
    if p.dry_run:
        lines.append(str(_("dry run: the requests are shown, not sent")))
    return lines


def _finished_details(p: ActionFinished, names: Names) -> list[str]:
    lines = [str(p.kind.label), str(p.state.label)]
    if p.status_code:
        lines.append(str(_("the server answered %(code)d")) % {"code": p.status_code})
    return lines


ACTION_REQUESTED = declare(
    "enforcement.requested",
    ActionRequested,
    _("Action on the server requested"),
    _requested_details,
)
ACTION_RELEASED = declare(
    "enforcement.released",
    ActionEvent,
    _("Action on the server released: the victim is ready"),
    lambda p, names: [str(p.kind.label)],
)
ACTION_CANCELLED = declare(
    "enforcement.cancelled",
    ActionEvent,
    _("Action on the server cancelled"),
    lambda p, names: [str(p.kind.label)],
)
ACTION_HELD = declare(
    "enforcement.held_for_capture",
    ActionEvent,
    _("Action on the server waits: the reported posts are still being captured"),
    lambda p, names: [str(p.kind.label)],
)
ACTION_FINISHED = declare(
    "enforcement.finished", ActionFinished, _("Action on the server finished"), _finished_details
)


@dataclass(frozen=True)
class Target:
    """A perpetrator's account on the case, as the action form offers it."""

    party_id: int
    acct: str
    remote_id: str


def perpetrator_accounts(case: Case) -> list[Target]:
    parties = CaseParty.objects.filter(
        case=case, role=PartyRole.PERPETRATOR, subject__isnull=False
    ).select_related("subject")
    found = []
    for party in parties:
        if party.subject is None:
            continue
        account = subjects.reveal(party.subject)
        found.append(Target(party.pk, account.acct, account.remote_id))
    return found


def request_action(
    case: Case,
    connection: Connection,
    kind: str,
    *,
    acting_user: User,
    reason: str,
    confirmed_wishes: bool,
    account_id: str = "",
    status_id: str = "",
    report_id: str = "",
    text: str = "",
    wait_for_victim: bool = False,
    not_before: datetime | None = None,
    dry_run: bool = False,
) -> EnforcementAction:
    access.get_case_for(acting_user, case.pk)
    capture.require_finished(case)
    action_kind = ActionKind(kind)
    _check_offered(connection, action_kind)
    reason = notes.clean_text(reason, "reason")
    text = notes.clean_text(text, "text sent to the server", required=False)
    _check_target(action_kind, account_id=account_id, status_id=status_id, report_id=report_id)
    _check_text(case, text)
    if action_kind == ActionKind.FORWARD_REPORT:
        _check_forward(case, connection, report_id, text)
    waits = wait_for_victim or (not_before is not None and not_before > timezone.now())
    dry = dry_run or connection.dry_run
    with changing(case, acting_user=acting_user) as change:
        victim_wishes.confirm_respects_wishes(
            change, _STEP[action_kind], confirmed=confirmed_wishes
        )
        action = EnforcementAction(
            case=change.case,
            connection=connection,
            kind=action_kind,
            account_id=account_id,
            status_id=status_id,
            report_id=report_id,
            requested_by=acting_user,
            wait_for_victim=wait_for_victim,
            not_before=not_before,
            dry_run=dry,
            state=ActionState.WAITING if waits else ActionState.QUEUED,
        )
        action.text_sealed = (
            sealing.seal(case.pk, f"action.{action.pk}.text", text) if text else b""
        )
        action.reason_sealed = sealing.seal(case.pk, f"action.{action.pk}.reason", reason)
        action.save(force_insert=True)
        change.record(ACTION_REQUESTED, ActionRequested(Id(action.pk), action_kind, waits, dry))
        if not waits:
            change.after_commit(lambda: _enqueue(action.pk))
    logger.info("action requested case=%s action=%s kind=%s", case.pk, action.pk, action_kind)
    return action


def _check_offered(connection: Connection, kind: ActionKind) -> None:
    if not connection.active:
        raise Conflict("This server connection is turned off.", code="connection_inactive")
    if not module_for(connection.software).offers(kind):
        raise InvalidInput(
            "This server cannot do that: its software offers no such action.", code="not_offered"
        )


def _check_text(case: Case, text: str) -> None:
    guarded = leak_guard.check(case, text)
    if not guarded.ok:
        raise InvalidInput(
            "This text would reveal the case to the server: "
            + "; ".join(guarded.reasons)
            + ". Write it without them.",
            code="leak_guard",
        )


def _check_forward(case: Case, connection: Connection, report_id: str, text: str) -> None:
    """Off unless a lead turned it on; exactly what the server sends must pass the guard."""
    if text:
        raise InvalidInput(
            "A forward carries no text of Haven's: the server chooses what it sends.",
            code="forward_text",
        )
    forwarding.check_offered(connection)
    client = module_for(connection.software).client(
        connection.base_url, credentials.token_of(connection)
    )
    try:
        forwarding.require_allowed(case, connection, client, report_id)
    finally:
        client.close()


_REPORT_ACTIONS = (ActionKind.RESOLVE_REPORT, ActionKind.FORWARD_REPORT)


def _check_target(kind: ActionKind, *, account_id: str, status_id: str, report_id: str) -> None:
    needs = {
        ActionKind.DELETE_STATUS: status_id,
        ActionKind.RESOLVE_REPORT: report_id,
        ActionKind.FORWARD_REPORT: report_id,
    }
    if kind in needs:
        if not needs[kind]:
            raise InvalidInput("Say which post or report the action is on.", code="no_target")
    elif not account_id:
        raise InvalidInput("Say which account the action is on.", code="no_target")
    if kind not in _REPORT_ACTIONS and report_id:
        # An account action tied to a report copies its posts into the strike the
        # perpetrator reads (Mastodon): reports are resolved on their own.
        raise InvalidInput(
            "A report is resolved on its own, not with the action.", code="report_id"
        )


def release(action: EnforcementAction, *, acting_user: User) -> None:
    """The victim is ready: a waiting action is queued now."""
    access.get_case_for(acting_user, action.case_id)
    with changing(action.case, acting_user=acting_user) as change:
        row = EnforcementAction.objects.select_for_update().get(pk=action.pk)
        if row.state != ActionState.WAITING:
            raise Conflict("This action is not waiting.", code="not_waiting")
        row.state, row.not_before, row.wait_for_victim = ActionState.QUEUED, None, False
        row.save(update_fields=["state", "not_before", "wait_for_victim"])
        change.record(ACTION_RELEASED, ActionEvent(Id(row.pk), ActionKind(row.kind)))
        change.after_commit(lambda: _enqueue(row.pk))


def cancel(action: EnforcementAction, *, acting_user: User) -> None:
    access.get_case_for(acting_user, action.case_id)
    with changing(action.case, acting_user=acting_user) as change:
        row = EnforcementAction.objects.select_for_update().get(pk=action.pk)
        if row.state not in (ActionState.WAITING, ActionState.QUEUED):
            raise Conflict("This action has already run.", code="already_ran")
        row.state, row.finished_at = ActionState.CANCELLED, timezone.now()
        row.save(update_fields=["state", "finished_at"])
        change.record(ACTION_CANCELLED, ActionEvent(Id(row.pk), ActionKind(row.kind)))


def release_due() -> list[str]:
    """Queue the waiting actions whose time has come (not those waiting for the victim)."""
    due = EnforcementAction.objects.filter(
        state=ActionState.WAITING, wait_for_victim=False, not_before__lte=timezone.now()
    )
    released = []
    for row in due:
        with changing(row.case, acting_user=None) as change:
            updated = EnforcementAction.objects.filter(pk=row.pk, state=ActionState.WAITING).update(
                state=ActionState.QUEUED
            )
            if updated:
                change.record(ACTION_RELEASED, ActionEvent(Id(row.pk), ActionKind(row.kind)))
                change.after_commit(_enqueuer(row.pk))
                released.append(row.pk)
    return released


def request_of(action: EnforcementAction) -> ActionRequest:
    text = (
        sealing.unseal(action.case_id, f"action.{action.pk}.text", bytes(action.text_sealed))
        if action.text_sealed
        else ""
    )
    return ActionRequest(
        kind=ActionKind(action.kind),
        account_id=action.account_id,
        status_id=action.status_id,
        report_id=action.report_id,
        text=text,
    )


def planned_requests(action: EnforcementAction) -> list[PlannedRequest]:
    """The requests of a dry run, as recorded (none for other actions)."""
    if not action.plan_sealed:
        return []
    raw = sealing.unseal(action.case_id, f"action.{action.pk}.plan", bytes(action.plan_sealed))
    return [PlannedRequest(**entry) for entry in json.loads(raw)]


def _enqueuer(action_id: str) -> Callable[[], None]:
    return lambda: _enqueue(action_id)


def _enqueue(action_id: str) -> None:
    from haven.fediverse.outbox_tasks import execute_action

    execute_action.enqueue(action_id)


def execute(action_id: str) -> ActionState:
    """Carry out a queued action once; raises ServerError for a try again later."""
    action = EnforcementAction.objects.select_related("connection", "case").get(pk=action_id)
    if action.state != ActionState.QUEUED:
        return ActionState(action.state)
    if capture.unfinished(action.case):
        return _hold_for_capture(action)
    connection = action.connection
    client = module_for(connection.software).client(
        connection.base_url, credentials.token_of(connection)
    )
    request = request_of(action)
    try:
        if action.dry_run:
            plan = [asdict(p) for p in client.plan(request)]
            return _finish(action, ActionState.DRY_RUN, 0, "", plan=plan)
        EnforcementAction.objects.filter(pk=action.pk).update(attempts=action.attempts + 1)
        try:
            if request.kind == ActionKind.FORWARD_REPORT:
                refused = _forward_refused_now(action, client)
                if refused:
                    return _finish(action, ActionState.REFUSED, 0, refused)
            result = client.perform(request)
        except NotOnServer:
            return _finish(action, ActionState.REFUSED, 404, "not_on_server")
        except TokenRefused:
            return _finish(action, ActionState.FAILED, 401, "token_refused")
        except (ServerUnavailable, RateLimited) as exc:
            if action.attempts + 1 >= int(settings.HAVEN_TASK_MAX_ATTEMPTS):
                return _finish(action, ActionState.FAILED, 0, type(exc).__name__)
            raise
        except ServerError as exc:
            return _finish(action, ActionState.FAILED, 0, type(exc).__name__)
    finally:
        client.close()
    if result.outcome == ActionOutcome.REFUSED:
        return _finish(action, ActionState.REFUSED, result.status_code, result.reason)
    return _finish(action, ActionState.DONE, result.status_code, result.outcome.value)


def _forward_refused_now(action: EnforcementAction, client: ServerClient) -> str:
    """The forward's checks again, on the report as the server holds it now."""
    try:
        forwarding.require_allowed(action.case, action.connection, client, action.report_id)
    except Conflict as off:
        return off.code
    except InvalidInput as refused:
        return refused.code
    return ""


def _hold_for_capture(action: EnforcementAction) -> ActionState:
    """Back to waiting for a minute (``release_due`` queues it again), as an event on the case."""
    with changing(action.case, acting_user=None) as change:
        held = EnforcementAction.objects.filter(pk=action.pk, state=ActionState.QUEUED).update(
            state=ActionState.WAITING, not_before=timezone.now() + CAPTURE_RECHECK
        )
        if held:
            change.record(ACTION_HELD, ActionEvent(Id(action.pk), ActionKind(action.kind)))
    return ActionState.WAITING


def _finish(
    action: EnforcementAction,
    state: ActionState,
    status_code: int,
    reason: str,
    *,
    plan: list[dict[str, object]] | None = None,
) -> ActionState:
    with changing(action.case, acting_user=None) as change:
        row = EnforcementAction.objects.select_for_update().get(pk=action.pk)
        if row.state != ActionState.QUEUED:
            return ActionState(row.state)
        row.state, row.status_code = state, status_code
        row.outcome_reason, row.finished_at = reason[:200], timezone.now()
        if plan is not None:
            row.plan_sealed = sealing.seal(
                row.case_id, f"action.{row.pk}.plan", json.dumps(plan, default=dict)
            )
        row.save(
            update_fields=["state", "status_code", "outcome_reason", "finished_at", "plan_sealed"]
        )
        change.record(
            ACTION_FINISHED, ActionFinished(Id(row.pk), ActionKind(row.kind), state, status_code)
        )
        if state == ActionState.FAILED:
            change.after_commit(lambda: _failed(row.case_id))
    logger.info("action finished action=%s state=%s code=%d", action.pk, state, status_code)
    return state


def _failed(case_id: str) -> None:
    logger.warning("action failed case=%s", case_id)
    announce.action_failed(case_id)
