"""A report on a connected server, taken in: listed, or filed on a case when the detector flags it.

Both ways a report reaches Haven end here: a webhook delivery (processed in
``delivery_tasks``) and polling. The report is read from the server's admin API,
its texts are read by the detector, and:

- flagged: filed through ``haven.cases.intake.receive_report`` on the open case
  that already names the same perpetrator, else on the open case whose victim
  filed the report or is its target (their keyed tag, ``subjects.victim_tag``),
  else on a new high-priority case that only the safety leads see until they add
  a team;
- not flagged: listed (``ServerReport``, no text kept) for a moderator to open a
  case from, which reads the report from the server again.

A report is never filed twice: ``receive_report`` refuses a repeat of its id.
Filing it starts its capture (``capture``) in the same transaction; the
reporter's e-mail and IP are dropped first (``capture_run.without_contact``).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from enum import StrEnum

from django.db import transaction
from django.utils.translation import gettext_lazy

from haven.accounts.models import User
from haven.cases import actions, intake, screening, subjects
from haven.cases.changes import changing
from haven.cases.models import Case, PartyRole, Priority
from haven.core.errors import InvalidInput
from haven.core.events import Id, Names, declare
from haven.detection import Context, Label
from haven.fediverse import capture, capture_run, credentials
from haven.fediverse.accounts import normalise_acct
from haven.fediverse.models import Connection, ServerReport, ServerReportState
from haven.fediverse.post_text import post_text
from haven.fediverse.servers import NotOnServer, RemoteAccount, RemoteReport, module_for


@dataclass(frozen=True)
class ReportForwarded:
    connection: Id


# The reporter sent the report on to the reported account's own server: its
# comment is there already, whatever Haven does, and the victim should know.
REPORT_FORWARDED = declare(
    "server_report.forwarded",
    ReportForwarded,
    gettext_lazy(
        "The reporter forwarded the report to the reported account's server: "
        "its comment is already there"
    ),
)


class VictimIs(StrEnum):
    REPORTER = "reporter"  # the victim filed the report
    TARGET = "target"  # the report is about the victim


@dataclass(frozen=True)
class JoinedByVictim:
    by: VictimIs


def _joined_details(p: JoinedByVictim, names: Names) -> list[str]:
    if p.by == VictimIs.TARGET:
        return [str(gettext_lazy("the report is about the case's victim"))]
    return [str(gettext_lazy("the case's victim filed the report"))]


# The report names no perpetrator on an open case, but its reporter or its target
# is this case's victim (found by the victim's keyed tag, haven.cases.subjects).
JOINED_BY_VICTIM = declare(
    "server_report.joined_same_victim",
    JoinedByVictim,
    gettext_lazy("A report from the server joined this case: it names the same victim"),
    _joined_details,
)

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class _Joined:
    case: Case
    by: VictimIs


def _case_of_victim(reporter: str, target: str) -> _Joined | None:
    """The open case whose victim filed this report, or whom it is about."""
    for by, acct in ((VictimIs.REPORTER, reporter), (VictimIs.TARGET, target)):
        case = subjects.open_case_of_victim(acct) if acct else None
        if case is not None:
            return _Joined(case, by)
    return None


def server_report_key(connection: Connection, remote_id: str) -> str:
    return f"{connection.pk}/{remote_id}"


def fetch_report(connection: Connection, remote_id: str) -> RemoteReport:
    client = module_for(connection.software).client(
        connection.base_url, credentials.token_of(connection)
    )
    try:
        return client.report(remote_id)
    finally:
        client.close()


def take_in(connection: Connection, remote_id: str) -> ServerReport:
    """Read report ``remote_id`` from the server and take it in (idempotent)."""
    try:
        report = fetch_report(connection, remote_id)
    except NotOnServer:
        row, _ = ServerReport.objects.get_or_create(connection=connection, remote_id=remote_id)
        if row.state != ServerReportState.OPENED:
            row.state = ServerReportState.GONE
            row.save(update_fields=["state", "last_seen_at"])
        return row
    return take_in_report(connection, report)


def take_in_report(connection: Connection, report: RemoteReport) -> ServerReport:
    row = _note_seen(connection, report)
    if intake.was_received(server_report_key(connection, report.id)):
        if row.state != ServerReportState.OPENED:
            row.state = ServerReportState.OPENED
            row.save(update_fields=["state", "last_seen_at"])
        return row
    comment, posts = _texts(report)
    flagged, score = _verdict(comment, posts)
    row.flagged, row.score = flagged, score
    row.save(update_fields=["flagged", "score", "last_seen_at"])
    if flagged:
        file_report(connection, report, acting_user=None)
        row.state = ServerReportState.OPENED
        row.save(update_fields=["state", "last_seen_at"])
    logger.info(
        "server report taken in connection=%s report_row=%s flagged=%s",
        connection.pk,
        row.pk,
        flagged,
    )
    return row


def open_case_from(row: ServerReport, *, acting_user: User) -> Case:
    """A moderator opens a case from a listed report: read again from the server, then filed."""
    report = fetch_report(row.connection, row.remote_id)
    case = file_report(row.connection, report, acting_user=acting_user)
    row.state = ServerReportState.OPENED
    row.save(update_fields=["state", "last_seen_at"])
    return case


def file_report(connection: Connection, report: RemoteReport, *, acting_user: User | None) -> Case:
    """File the report on a case and start capturing what it points at, in one transaction."""
    report = capture_run.without_contact(report)
    key = server_report_key(connection, report.id)
    target = _acct(report.target, connection.domain)
    reporter = _acct(report.reporter, connection.domain)
    existing = actions.open_case_naming(target) if target else None
    joined = _case_of_victim(reporter, target) if existing is None else None
    if joined is not None:
        existing = joined.case
    parties: list[tuple[str, str, str]] = []
    # A report about the victim (the perpetrator reporting them back) names no new
    # perpetrator; one by the victim about another account does.
    if target and (existing is None or (joined is not None and joined.by == VictimIs.REPORTER)):
        parties.append((PartyRole.PERPETRATOR, target, report.target.id))
    if reporter:
        parties.append(
            (PartyRole.REPORTER, reporter, report.reporter.id if report.reporter else "")
        )
    comment, posts = _texts(report)
    try:
        with transaction.atomic():
            case = intake.receive_report(
                source=intake.ReportSource.SERVER_REPORT,
                comment=comment,
                posts=posts,
                acting_user=acting_user,
                case=existing,
                priority=None if existing else Priority.HIGH,
                server_report=key,
                parties=parties,
            )
            capture.start(case, connection, report.id)
            if report.forwarded or joined is not None:
                with changing(case, acting_user=None) as change:
                    if joined is not None:
                        change.record(JOINED_BY_VICTIM, JoinedByVictim(joined.by))
                    if report.forwarded:
                        change.record(REPORT_FORWARDED, ReportForwarded(Id(connection.pk)))
            return case
    except intake.ReportAlreadyReceived as already:
        if already.case_id is None:
            raise
        return Case.objects.get(pk=already.case_id)


def _note_seen(connection: Connection, report: RemoteReport) -> ServerReport:
    row, _ = ServerReport.objects.update_or_create(
        connection=connection,
        remote_id=report.id,
        defaults={
            "category": report.category[:40],
            "forwarded": report.forwarded,
            "remote_created_at": report.created_at,
            "remote_updated_at": report.updated_at,
            "resolved_on_server": report.resolved,
            "target_domain": _acct(report.target, connection.domain).partition("@")[2][:253],
        },
    )
    return row


def _texts(report: RemoteReport) -> tuple[str, list[str]]:
    posts = [post_text(status.content_html) for status in report.statuses]
    posts = [text for text in posts if text][: intake.MAX_POSTS]
    return report.comment.strip(), posts


def _verdict(comment: str, posts: list[str]) -> tuple[bool, float]:
    reads = [screening.read(comment, Context.REPORT_COMMENT)] if comment else []
    reads += [screening.read(post, Context.REPORTED_POST) for post in posts]
    if len(posts) > 1:
        reads.append(screening.read_together(posts))
    if not reads:
        return False, 0.0
    flagged = any(
        r.label == Label.SEXTORTION or r.immediate_risk or r.possible_minor for r in reads
    )
    return flagged, max(r.score for r in reads)


def _acct(account: RemoteAccount | None, domain: str) -> str:
    """user@server; a local account's bare name gets the connection's domain."""
    if account is None or not account.acct:
        return ""
    acct = account.acct if "@" in account.acct.lstrip("@") else f"{account.acct}@{domain}"
    try:
        return normalise_acct(acct)
    except InvalidInput:
        return ""
