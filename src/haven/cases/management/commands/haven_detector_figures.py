"""haven detect --eval-cases: precision and recall on the verdicts the moderators marked."""

from __future__ import annotations

from typing import Any

from haven.cases import feedback
from haven.cases.models import Case
from haven.core.command import HavenCommand
from haven.detection.marks import format_figures


class Command(HavenCommand):
    help = (
        "How the detector does on this server's own reports: precision and recall, with "
        "their 95% Wilson intervals, overall and per language, on the verdicts the "
        "moderators marked right or wrong on the case pages (erased cases are not counted)."
    )

    def handle(self, *args: Any, **options: Any) -> None:
        self.stdout.write(format_figures(feedback.marked(Case.objects.all())))
