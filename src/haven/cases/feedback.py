"""The moderators' word on the detector: each verdict marked right or wrong, and the figures.

A mark stays in its case (and goes with it on erasure); the figures count only
the marks on cases the reader can see. What the moderators marked is how the
detector does on this server's own reports, not on anyone's test set.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.db.models import QuerySet
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from haven.accounts.models import User
from haven.cases.changes import changing
from haven.cases.models import Case, TextScan, VerdictMark
from haven.core.errors import NotFound
from haven.core.events import declare
from haven.detection import Label
from haven.detection.evaluate import Counts, wilson
from haven.detection.marks import MarkedFigures, MarkedVerdict, figures


@dataclass(frozen=True)
class VerdictMarked:
    note: int
    right: bool


VERDICT_MARKED = declare(
    "detection.verdict_marked",
    VerdictMarked,
    gettext_lazy("Detector's verdict marked"),
    lambda p, names: [_("right") if p.right else _("wrong")],
)


def mark_verdict(case: Case, note_id: int, *, right: bool, acting_user: User) -> VerdictMark:
    """Say whether the scan of one of the case's notes got it right (again: the last word holds)."""
    with changing(case, acting_user=acting_user) as change:
        scan = TextScan.objects.filter(case=change.case, note_id=note_id).first()
        if scan is None:
            raise NotFound()
        mark, _created = VerdictMark.objects.update_or_create(
            scan=scan, defaults={"case": change.case, "right": right, "marked_by": acting_user}
        )
        change.record(VERDICT_MARKED, VerdictMarked(note_id, right))
    return mark


@dataclass(frozen=True)
class Share:
    """A proportion with its 95% Wilson interval, for a page; ``value`` None when nothing counts."""

    value: float | None
    low: float
    high: float


def share(successes: int, total: int) -> Share:
    low, high = wilson(successes, total)
    return Share(successes / total if total else None, low, high)


@dataclass(frozen=True)
class Row:
    name: str
    counts: Counts

    @property
    def precision(self) -> Share:
        return share(self.counts.tp, self.counts.tp + self.counts.fp)

    @property
    def recall(self) -> Share:
        return share(self.counts.tp, self.counts.tp + self.counts.fn)


def marked(cases: QuerySet[Case]) -> MarkedFigures:
    """The detector's figures on the marked verdicts of ``cases`` (those a reader can see)."""
    marks = VerdictMark.objects.filter(case__in=cases, case__erased_at__isnull=True)
    rows = marks.values_list("scan__label", "scan__lang", "right").iterator()
    return figures(
        MarkedVerdict(Label(label), right=right, lang=lang or "und") for label, lang, right in rows
    )


def rows(found: MarkedFigures) -> list[Row]:
    """All marks first, then one row per language."""
    return [Row("all", found.overall)] + [Row(k, v) for k, v in sorted(found.by_lang.items())]
