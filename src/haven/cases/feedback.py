"""The moderators' word on the detector: each verdict marked right or wrong, and the figures.

A mark stays in its case (and goes with it on erasure); the figures count only
the marks on cases the reader can see. What the moderators marked is how the
detector does on this server's own reports, not on anyone's test set.
"""

from __future__ import annotations

import math
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

Z95 = 1.959964


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
class Interval:
    value: float | None
    low: float
    high: float


def wilson(successes: int, total: int) -> Interval:
    """The share with its 95% Wilson interval; ``None`` when there is nothing to count."""
    if total == 0:
        return Interval(None, 0.0, 1.0)
    p = successes / total
    denominator = 1 + Z95**2 / total
    centre = (p + Z95**2 / (2 * total)) / denominator
    margin = Z95 * math.sqrt(p * (1 - p) / total + Z95**2 / (4 * total**2)) / denominator
    return Interval(p, max(0.0, centre - margin), min(1.0, centre + margin))


@dataclass(frozen=True)
class Figures:
    true_positives: int
    false_positives: int
    false_negatives: int
    true_negatives: int

    @property
    def marked(self) -> int:
        return (
            self.true_positives + self.false_positives + self.false_negatives + self.true_negatives
        )

    @property
    def precision(self) -> Interval:
        return wilson(self.true_positives, self.true_positives + self.false_positives)

    @property
    def recall(self) -> Interval:
        return wilson(self.true_positives, self.true_positives + self.false_negatives)


def figures(cases: QuerySet[Case]) -> Figures:
    """Precision and recall on the marked verdicts of ``cases`` (those a reader can see)."""
    counts = {(True, True): 0, (True, False): 0, (False, True): 0, (False, False): 0}
    marks = VerdictMark.objects.filter(case__in=cases, case__erased_at__isnull=True)
    for label, right in marks.values_list("scan__label", "right").iterator():
        counts[(label == Label.SEXTORTION.value, right)] += 1
    return Figures(
        true_positives=counts[(True, True)],
        false_positives=counts[(True, False)],
        false_negatives=counts[(False, False)],
        true_negatives=counts[(False, True)],
    )
