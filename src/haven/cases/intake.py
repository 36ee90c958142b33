"""Reports arriving on a case: the one way in for every report, whoever brings it.

A moderator pastes one today; the server's report webhook and the confidential
report page will call ``receive_report`` too. Each text is sealed under the
case key, scanned by the detector and put on the timeline in one transaction
with the case's other changes: a report is kept whole, or not at all.
"""

from __future__ import annotations

import hashlib
import hmac
import logging
from collections.abc import Iterable
from dataclasses import dataclass

from django.db import IntegrityError, models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from haven.accounts.models import User
from haven.cases import access, actions, notes, progress, screening
from haven.cases.changes import Change, changing
from haven.cases.models import Case, CaseKind, NoteKind, Priority, ReceivedServerReport
from haven.core.choices import choice
from haven.core.errors import Conflict, InvalidInput
from haven.core.events import Names, declare
from haven.crypto.keystore import get_keystore
from haven.detection import Context, Detection

logger = logging.getLogger(__name__)

MAX_POSTS = 20
# Every text is scanned before the report is recorded: this bounds how long that takes.
MAX_TOTAL_CHARS = 200_000
_SERVER_REPORT_SCOPE = "server-report-lookup"


class ReportAlreadyReceived(Conflict):
    """The server's report was filed before; ``case_id`` is where (None once erased)."""

    code = "report_already_received"

    def __init__(self, case_id: str | None) -> None:
        super().__init__("This report from the server was received before.")
        self.case_id = case_id


class ReportSource(models.TextChoices):
    MODERATOR = "moderator", _("pasted by a moderator")
    SERVER_REPORT = "server_report", _("from the server's report button")
    PORTAL = "portal", _("from the confidential report page")


@dataclass(frozen=True)
class Report:
    source: ReportSource
    comment: str
    posts: tuple[str, ...]


def clean_report(source: str, comment: str | None, posts: Iterable[str | None]) -> Report:
    """Check a report before anything is written; blank posts are dropped, nothing else."""
    source = choice(ReportSource, source, "report source")
    if isinstance(posts, str):
        raise TypeError("posts is a list of texts, not one text.")
    comment = notes.clean_text(comment, "report", required=False)
    cleaned = [
        notes.clean_text(post, f"reported post {number}", required=False)
        for number, post in enumerate(posts, start=1)
    ]
    kept = tuple(post for post in cleaned if post)
    if not comment and not kept:
        raise InvalidInput(
            "The report is empty: paste what the person reported, or a post or message.",
            code="empty_report",
        )
    if len(kept) > MAX_POSTS:
        raise InvalidInput(
            f"A report holds at most {MAX_POSTS} posts or messages: add the rest as "
            "another report on the same case.",
            code="too_many_posts",
        )
    if len(comment) + sum(map(len, kept)) > MAX_TOTAL_CHARS:
        raise InvalidInput(
            f"The report is longer than {MAX_TOTAL_CHARS} characters in all: add the rest "
            "as another report on the same case.",
            code="report_too_long",
        )
    return Report(source, comment, kept)


@dataclass(frozen=True)
class ReportReceived:
    source: ReportSource
    comment: bool
    posts: int


def _received_details(p: ReportReceived, names: Names) -> list[str]:
    lines = [str(p.source.label)]
    if p.comment:
        lines.append(str(_("what the report said")))
    if p.posts:
        lines.append(
            ngettext("%d reported post or message", "%d reported posts or messages", p.posts)
            % p.posts
        )
    return lines


REPORT_RECEIVED = declare(
    "case.report_received", ReportReceived, _("Report received"), _received_details
)


@dataclass(frozen=True)
class Read:
    """What the detector made of a report, read before any transaction begins."""

    comment: Detection | None
    posts: tuple[Detection, ...]
    together: Detection | None


def _read(report: Report) -> Read:
    said = (
        Context.PORTAL_SUBMISSION
        if report.source == ReportSource.PORTAL
        else Context.REPORT_COMMENT
    )
    return Read(
        comment=screening.read(report.comment, said) if report.comment else None,
        posts=tuple(screening.read(post, Context.REPORTED_POST) for post in report.posts),
        together=screening.read_together(list(report.posts)) if len(report.posts) > 1 else None,
    )


def receive_report(
    *,
    source: str,
    comment: str | None,
    posts: Iterable[str | None] = (),
    acting_user: User | None,
    case: Case | None = None,
    kind: str | None = None,
    priority: int | None = None,
    server_report: str | None = None,
    parties: Iterable[tuple[str, str, str]] = (),
) -> Case:
    """Record a report on ``case``, or on a new case of ``kind`` and ``priority``.

    ``acting_user`` is the moderator who pasted it, and joins a new case's team.
    ``None`` is Haven itself (the webhook, the portal): its new cases have no team
    yet, so only the safety leads see them. ``server_report`` names a report from a
    server (its connection and its id there, e.g. ``"<connection>/<report id>"``):
    the same one is refused a second time with ``ReportAlreadyReceived``, even
    when two deliveries race. ``parties`` are ``(role, acct, remote id)`` of the
    accounts the report names, put on the case in the same transaction. Returns
    the case.
    """
    report = clean_report(source, comment, posts)
    digest = _server_report_digest(server_report) if server_report is not None else None
    if digest is not None and report.source != ReportSource.SERVER_REPORT:
        raise ValueError("Only a report from the server has a server report id.")
    if digest is not None:
        _refuse_repeat(digest)
    if acting_user is None and report.source == ReportSource.MODERATOR:
        raise ValueError("A report pasted by a moderator needs that moderator as acting_user.")
    if case is not None and (kind is not None or priority is not None):
        raise ValueError("kind and priority are for a new case; change them on the case.")
    if case is not None and acting_user is not None:
        access.get_case_for(acting_user, case.pk)
    named = tuple(parties)
    read = _read(report)  # the detector works before any lock is taken
    try:
        if case is None:
            with actions.opening_case(
                acting_user=acting_user,
                kind=CaseKind.SEXTORTION if kind is None else kind,
                priority=Priority.NORMAL if priority is None else priority,
            ) as change:
                _record(change, report, read, digest, named)
            case = change.case
        else:
            with changing(case, acting_user=acting_user) as change:
                _record(change, report, read, digest, named)
                progress.back_in_progress(change)
    except IntegrityError:
        if digest is None:
            raise
        _refuse_repeat(digest)  # another delivery of it won the race
        raise
    logger.info(
        "report received case=%s source=%s texts=%d by=%s",
        case.pk,
        report.source.value,
        len(report.posts) + bool(report.comment),
        acting_user.pk if acting_user else None,
    )
    return case


def _server_report_digest(server_report: str) -> str:
    if not server_report or len(server_report) > 400:
        raise ValueError("A server report id is a short, non-empty string.")
    key = get_keystore().get_or_create(_SERVER_REPORT_SCOPE)
    return hmac.new(key, server_report.encode("utf-8"), hashlib.sha256).hexdigest()


def _refuse_repeat(digest: str) -> None:
    seen = ReceivedServerReport.objects.filter(digest=digest).values_list("case_id", flat=True)
    for case_id in seen:
        raise ReportAlreadyReceived(case_id)


def was_received(server_report: str) -> bool:
    """Whether this server report was filed on a case already."""
    digest = _server_report_digest(server_report)
    return ReceivedServerReport.objects.filter(digest=digest).exists()


def _record(
    change: Change,
    report: Report,
    read: Read,
    digest: str | None,
    parties: tuple[tuple[str, str, str], ...],
) -> None:
    if digest is not None:
        ReceivedServerReport.objects.create(digest=digest, case=change.case)
    for role, acct, remote_id in parties:
        actions.put_party(change, role, acct=acct, remote_id=remote_id)
    change.record(
        REPORT_RECEIVED, ReportReceived(report.source, bool(report.comment), len(report.posts))
    )
    if report.comment:
        notes.write_note(change, report.comment, NoteKind.REPORT, read.comment)
    written = [
        notes.write_note(change, post, NoteKind.REPORTED_POST, found)
        for post, found in zip(report.posts, read.posts, strict=True)
    ]
    if read.together is not None:
        screening.record_together(change, written, read.together)
