from __future__ import annotations

from typing import Any

from django.core.management.base import CommandError

from haven.cases.erasure import finish_erasures
from haven.cases.models import Case
from haven.cases.timeline import verify_timeline
from haven.core.command import HavenCommand


class Command(HavenCommand):
    help = (
        "Recompute the hash chain of every case timeline (or of the cases named) and report "
        "any event that was altered, removed or inserted outside Haven. Exits non-zero if any "
        "timeline is broken. Also destroys the key of any erased case whose key survived a "
        "crash."
    )

    def add_arguments(self, parser: Any) -> None:
        parser.add_argument("case_ids", nargs="*", help="Case ids to check (default: all).")
        parser.add_argument(
            "--evidence", action="store_true", help="Check that stored evidence still decrypts."
        )

    def handle(self, *args: Any, case_ids: list[str], **options: Any) -> None:
        if options.get("evidence"):
            from haven.evidence.commands import verify_evidence

            verify_evidence(self, case_ids)
            return
        finished = finish_erasures()
        if finished:
            self.stdout.write(f"Finished {finished} erasure(s) whose key had survived.")
        cases = Case.objects.all().order_by("created_at")
        if case_ids:
            cases = cases.filter(pk__in=case_ids)
            if cases.count() != len(set(case_ids)):
                raise CommandError("Some of those case ids do not exist.")
        broken = 0
        for case in cases.iterator():
            report = verify_timeline(case)
            if not report.ok:
                broken += 1
                self.stdout.write(report.summary())
            elif options["verbosity"] > 1:
                self.stdout.write(report.summary())
        if broken:
            raise CommandError(f"{broken} timeline(s) failed verification.")
        self.stdout.write(self.style.SUCCESS(f"All {cases.count()} timelines are intact."))
