"""Forwarding a case's report to the reported account's own server, from Haven.

Off for sextortion: a connection forwards nothing until a safety lead turns
``Connection.forwarding_allowed`` on (``haven connections CONNECTION --forwarding
on``, on the audit stream). Then the software's module says exactly what its
server will send (``Forwarding``: what, from whom, to whom, with which text), the
confirm page shows it, and it is refused unless:

- the software can forward an existing report (declared once, in its module);
- the reported account is on another server, and the report was not forwarded yet;
- the text that goes with it is empty. The server chooses that text, not Haven:
  Misskey sends the report's own comment, word for word. Even a comment holding
  only a link to the reported message points at whoever received that message;
- the leak guard passes everything that goes (``leak_guard.check``).

The same checks run again when the outbox's task carries the forward out, against
the report as the server holds it then.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.utils.translation import gettext as _

from haven.cases.models import Case
from haven.core.errors import Conflict, InvalidInput
from haven.fediverse import leak_guard
from haven.fediverse.models import Connection
from haven.fediverse.servers import (
    ActionKind,
    Forwarding,
    RemoteReport,
    ServerClient,
    module_for,
)


@dataclass(frozen=True)
class Preview:
    forwarding: Forwarding
    refusals: tuple[str, ...]  # why Haven will not forward it; empty: it may
    already: bool  # the server says it was forwarded before


def check_offered(connection: Connection) -> None:
    module = module_for(connection.software)
    if not module.offers(ActionKind.FORWARD_REPORT) or module.forwarding is None:
        raise InvalidInput(
            "This server cannot forward a report: its software has no call for it.",
            code="not_offered",
        )
    if not connection.forwarding_allowed:
        raise Conflict(
            "Forwarding reports from this server is off, as it is for sextortion: a safety "
            "lead turns it on with “haven connections CONNECTION --forwarding on”.",
            code="forwarding_off",
        )


def preview(case: Case, connection: Connection, client: ServerClient, report_id: str) -> Preview:
    """What forwarding ``report_id`` would send, and why Haven would refuse it (if it would)."""
    check_offered(connection)
    report = client.report(report_id)
    forwarding = _forwarding(connection, report)
    return Preview(forwarding, tuple(_refusals(case, report, forwarding)), report.forwarded)


def require_allowed(
    case: Case, connection: Connection, client: ServerClient, report_id: str
) -> Forwarding:
    """The forwarding, or InvalidInput naming (by kind, never by its words) what stops it."""
    seen = preview(case, connection, client, report_id)
    if seen.refusals:
        raise InvalidInput(
            "Haven will not forward this report: " + "; ".join(seen.refusals) + ".",
            code="forward_refused",
        )
    return seen.forwarding


def _forwarding(connection: Connection, report: RemoteReport) -> Forwarding:
    make = module_for(connection.software).forwarding
    assert make is not None  # check_offered
    return make(report)


def _refusals(case: Case, report: RemoteReport, forwarding: Forwarding) -> list[str]:
    reasons: list[str] = []
    if report.target.local or not forwarding.to_server:
        reasons.append(_("the account is on this server: there is nowhere to forward it"))
    if forwarding.content.strip():
        reasons.append(
            _(
                "the server would send the report's own comment with it, and Haven cannot "
                "change or leave it out"
            )
        )
    guarded = leak_guard.check(case, "\n".join((forwarding.content, forwarding.object)))
    reasons.extend(r for r in guarded.reasons if r not in reasons)
    return reasons
