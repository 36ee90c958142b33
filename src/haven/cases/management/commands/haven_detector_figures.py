"""haven detect --eval-cases: precision and recall on the verdicts the moderators marked."""

from __future__ import annotations

from typing import Any

from haven.cases import feedback
from haven.cases.feedback import Interval
from haven.cases.models import Case
from haven.core.command import HavenCommand


def _share(interval: Interval) -> str:
    if interval.value is None:
        return "nothing marked yet"
    return f"{interval.value:.3f} (95% {interval.low:.3f} to {interval.high:.3f})"


class Command(HavenCommand):
    help = (
        "How the detector does on this server's own reports: precision and recall, with "
        "their 95% Wilson intervals, on the verdicts the moderators marked right or wrong "
        "on the case pages (erased cases are not counted)."
    )

    def handle(self, *args: Any, **options: Any) -> None:
        found = feedback.figures(Case.objects.all())
        self.stdout.write(f"marked verdicts: {found.marked}")
        self.stdout.write(f"precision: {_share(found.precision)}")
        self.stdout.write(f"recall: {_share(found.recall)}")
        self.stdout.write(
            f"found and right {found.true_positives}, false alarms {found.false_positives}, "
            f"missed {found.false_negatives}, rightly let pass {found.true_negatives}"
        )
