"""What each inbox row says about its case, read for a whole page in a fixed number of queries.

The detector's strongest verdict, where the case came from, who is on it, and
the other cases (that this viewer can see) where one of its perpetrators is a
perpetrator too. Nothing here is case content: verdicts are labels and scores,
sources are the intake's own words, teams are user names.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field

from haven.accounts.models import User
from haven.cases.access import cases_visible_to
from haven.cases.intake import REPORT_RECEIVED, ReportSource
from haven.cases.models import Case, CaseEvent, CaseMember, CaseParty, PartyRole, TextScan


@dataclass(frozen=True)
class Verdict:
    sextortion: bool
    score: int  # percent


@dataclass
class RowFacts:
    verdict: Verdict | None = None
    sources: list[str] = field(default_factory=list)
    team: list[str] = field(default_factory=list)
    shares_perpetrator_with: list[str] = field(default_factory=list)


def _verdicts(ids: list[str], facts: dict[str, RowFacts]) -> None:
    best: dict[str, tuple[float, str]] = {}
    for case_id, label, score in TextScan.objects.filter(case_id__in=ids).values_list(
        "case_id", "label", "score"
    ):
        # A text that looks like sextortion outweighs any that does not.
        rank = score + (1.0 if label == "sextortion" else 0.0)
        if case_id not in best or rank > best[case_id][0]:
            best[case_id] = (rank, label)
            facts[case_id].verdict = Verdict(label == "sextortion", round(score * 100))


def _sources(ids: list[str], facts: dict[str, RowFacts]) -> None:
    labels = dict(ReportSource.choices)
    events = CaseEvent.objects.filter(case_id__in=ids, type=REPORT_RECEIVED.name)
    for case_id, payload in events.order_by("seq").values_list("case_id", "payload"):
        label = str(labels.get(str(payload.get("source")), payload.get("source")))
        if label not in facts[case_id].sources:
            facts[case_id].sources.append(label)


def _teams(ids: list[str], facts: dict[str, RowFacts]) -> None:
    members = CaseMember.objects.filter(case_id__in=ids).order_by("added_at")
    for case_id, username in members.values_list("case_id", "user__username"):
        facts[case_id].team.append(username)


def _shared_perpetrators(user: User, ids: list[str], facts: dict[str, RowFacts]) -> None:
    perpetrators = CaseParty.objects.filter(role=PartyRole.PERPETRATOR, subject_id__isnull=False)
    on_page = perpetrators.filter(case_id__in=ids).values_list("case_id", "subject_id")
    subjects_of: dict[int, set[str]] = defaultdict(set)
    for case_id, subject_id in on_page:
        subjects_of[subject_id].add(case_id)
    if not subjects_of:
        return
    # Only cases this viewer can see: a count over every case would tell them
    # that hidden cases exist, and about whom.
    elsewhere = perpetrators.filter(
        subject_id__in=subjects_of, case__in=cases_visible_to(user)
    ).values_list("subject_id", "case_id")
    for subject_id, other in elsewhere.distinct():
        for case_id in subjects_of[subject_id]:
            shared = facts[case_id].shares_perpetrator_with
            if other != case_id and other not in shared:
                shared.append(other)


def facts_for(user: User, cases: Sequence[Case]) -> dict[str, RowFacts]:
    ids = [case.pk for case in cases]
    facts = {case_id: RowFacts() for case_id in ids}
    if ids:
        _verdicts(ids, facts)
        _sources(ids, facts)
        _teams(ids, facts)
        _shared_perpetrators(user, ids, facts)
    return facts
