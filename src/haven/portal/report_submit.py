"""A report from the confidential page, taken in whole or not at all.

``submit_report`` files the person's words through ``intake.receive_report``
(source portal; the detector reads them there), puts the accounts they name on
the case, records their consents and wishes, their answers about danger and
age (which set the priority and the minors protocol by the assessment's
rules), their evidence and a new follow-up code, in one transaction.

A report that names the perpetrator of an open case opens a case of its own
and says so on both timelines, rather than joining that case: a case holds one
victim's wishes, consents and follow-up channel, and another person's report
must never show them, nor revoke their code.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field

from django.conf import settings
from django.db import transaction
from django.utils import translation
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from haven.cases import actions, assessing, consent, intake, sealing, victim_wishes
from haven.cases.changes import changing
from haven.cases.models import Case, CaseKind, ConsentMethod, ConsentScope, PartyRole
from haven.core.errors import InvalidInput
from haven.core.events import Id, Names, declare
from haven.evidence import images, sniffing, vault
from haven.evidence.intake import receive_evidence
from haven.evidence.models import EvidenceKind, EvidenceSource
from haven.portal import lost_code
from haven.portal.codes import CodeReason, IssuedCode, fresh_code, issue_code
from haven.portal.report_form import Where, as_account

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class SamePerpetrator:
    other: Id


def _same_details(p: SamePerpetrator, names: Names) -> list[str]:
    return [_("the other case: %(case)s") % {"case": p.other}]


SAME_PERPETRATOR = declare(
    "portal.same_perpetrator",
    SamePerpetrator,
    gettext_lazy("A report from the confidential page names this case's perpetrator"),
    _same_details,
)

_WHERE_TEXT = {
    Where.HERE: gettext_lazy("Where it happens (from the report page): on this server"),
    Where.ELSEWHERE: gettext_lazy("Where it happens (from the report page): somewhere else"),
    Where.NOT_SURE: gettext_lazy("Where it happens (from the report page): not sure"),
}


class UnreadableUpload(InvalidInput):
    """That file could not be read. Nothing was sent yet: choose another file, or none."""

    code = "unreadable_upload"


@dataclass(frozen=True)
class PortalReport:
    """What the person wrote, already checked by the form."""

    happening: str
    who: tuple[str, ...] = ()
    where: str = ""
    own_handle: str = ""
    under_18: bool = False
    danger: bool = False
    outcome: str = ""
    safety: str = ""
    consents: tuple[ConsentScope, ...] = ()
    lost_code: bool = False
    evidence: bytes | None = field(default=None, repr=False)


@dataclass(frozen=True)
class Submitted:
    case_id: str
    code: IssuedCode = field(repr=False)
    evidence_kept: bool


def evidence_scope(report: PortalReport) -> ConsentScope | None:
    """The consent the upload is kept under; None when it may not be kept."""
    for scope in (ConsentScope.EVIDENCE_FOR_BAN, ConsentScope.EVIDENCE_FOR_POLICE):
        if scope in report.consents:
            return scope
    # A minor's upload is never kept, only its hashes (the minors protocol).
    return ConsentScope.EVIDENCE_FOR_BAN if report.under_18 else None


def check_upload(data: bytes) -> None:
    """Refuse, before anything is written, a file the vault would refuse."""
    head, tail = data[: vault.HEAD_BYTES], data[-vault.HEAD_BYTES :]
    try:
        found = sniffing.sniff(head, tail, len(data))
        if found.kind == EvidenceKind.IMAGE:
            images.sniff(data)
        else:
            sniffing.check(found.media_type, [data])
    except InvalidInput as refused:
        raise UnreadableUpload(
            _(
                "That file could not be read as a picture, video, PDF or text file "
                "(it may be damaged, empty or an archive). Nothing was sent yet: choose "
                "another file, or send the report without one."
            )
        ) from refused


def _comment(report: PortalReport) -> str:
    if report.where in Where.values:
        # For the team, in the desk's language, whatever language the page was in.
        with translation.override(settings.LANGUAGE_CODE):
            return f"{report.happening}\n\n{_WHERE_TEXT[Where(report.where)]}"
    return report.happening


def _known_perpetrator_cases(accounts: list[str]) -> list[Case]:
    found: list[Case] = []
    for acct in accounts:
        case = actions.open_case_naming(acct)
        if case is not None and case not in found:
            found.append(case)
    return found


def submit_report(report: PortalReport) -> Submitted:
    """File ``report`` on a new case; its follow-up code is in the answer, and nowhere else."""
    if report.evidence is not None:
        check_upload(report.evidence)
    accounts = [acct for name in report.who if (acct := as_account(name))]
    described = [name for name in report.who if not as_account(name)]
    own = as_account(report.own_handle) if report.own_handle else None
    parties = [(PartyRole.PERPETRATOR.value, acct, "") for acct in dict.fromkeys(accounts)]
    if own:
        parties.append((PartyRole.VICTIM.value, own, ""))
    known = _known_perpetrator_cases(accounts)
    fresh = fresh_code()  # slow hashing, before any lock is taken
    case: Case | None = None
    try:
        with transaction.atomic():
            case = intake.receive_report(
                source=intake.ReportSource.PORTAL,
                comment=_comment(report),
                acting_user=None,
                parties=parties,
            )
            with changing(case, acting_user=None) as change:
                for name in described:
                    actions.put_party(change, PartyRole.PERPETRATOR, label=name)
                if report.own_handle and not own:
                    actions.put_party(change, PartyRole.VICTIM, label=report.own_handle)
                if report.lost_code:
                    change.record(lost_code.LOST_CODE_ASKED)
                for other in known:
                    change.record(SAME_PERPETRATOR, SamePerpetrator(Id(other.pk)))
                issued = issue_code(change, fresh, reason=CodeReason.REPORT)
            for other in known:
                with changing(other, acting_user=None) as change:
                    change.record(SAME_PERPETRATOR, SamePerpetrator(Id(case.pk)))
            _record_answers(case, report)
            kept = _record_evidence(case, report)
    except BaseException:
        if case is not None:
            sealing.destroy_case_key(case.pk)
        raise
    logger.info("portal report filed case=%s known_perpetrator=%d", case.pk, len(known))
    return Submitted(case.pk, issued, kept)


def _record_answers(case: Case, report: PortalReport) -> None:
    for scope in report.consents:
        consent.record_consent(
            case, scope, given=True, acting_user=None, method=ConsentMethod.PORTAL
        )
    if report.outcome or report.safety:
        victim_wishes.record_wishes(
            case, acting_user=None, outcome=report.outcome, safety=report.safety
        )
    answers = {}
    if report.danger:
        answers["immediate_risk"] = "yes"
    if report.under_18:
        answers["minor_involved"] = "yes"
    if answers:
        assessing.update_assessment(case, acting_user=None, answers=answers)
    case.refresh_from_db()


def _record_evidence(case: Case, report: PortalReport) -> bool:
    """Whether the upload was kept (sealed); on a minor's case only its hashes are."""
    if report.evidence is None:
        return False
    scope = evidence_scope(report)
    if scope is None:
        return False
    item = receive_evidence(
        case,
        [report.evidence],
        acting_user=None,
        source=EvidenceSource.VICTIM,
        scope=scope,
    )
    return bool(item.blob_name) or case.kind == CaseKind.CSEA
