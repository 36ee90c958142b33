from __future__ import annotations

from typing import Any

from django.core.management.base import CommandError

from haven.cases.audit import verify_audit
from haven.cases.checkpoint_files import write_checkpoint
from haven.cases.checkpoint_verify import verify_checkpoints
from haven.cases.erasure import finish_erasures
from haven.cases.models import Case
from haven.cases.timeline import verify_timeline
from haven.core.command import HavenCommand


class Command(HavenCommand):
    help = (
        "Recompute the hash chain of every case timeline (or of the cases named) and report "
        "any event that was altered, removed or inserted outside Haven. Then check the "
        "database against the latest signed checkpoint in the data dir and in the mirror "
        "(HAVEN_CHECKPOINT_MIRROR): name every checkpoint that is not validly signed and "
        "every chain that is shorter than at the checkpoint, no longer holds the "
        "checkpointed entry, or is gone. Exits non-zero on any problem. Also destroys the "
        "key of any erased case whose key survived a crash."
    )

    def add_arguments(self, parser: Any) -> None:
        parser.add_argument("case_ids", nargs="*", help="Case ids to check (default: all).")
        parser.add_argument(
            "--checkpoint",
            action="store_true",
            help="When everything is intact, write a new signed checkpoint afterwards.",
        )
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
        broken = self._timelines(case_ids, options["verbosity"]) + self._audit()
        problems = self._checkpoints()
        if broken or problems:
            raise CommandError(
                f"{broken} timeline(s) failed verification; "
                f"{problems} checkpoint problem(s). No checkpoint was written."
            )
        if options["checkpoint"]:
            checkpoint = write_checkpoint()
            self.stdout.write(f"Wrote checkpoint {checkpoint.seq} to {checkpoint.path}.")

    def _timelines(self, case_ids: list[str], verbosity: int) -> int:
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
            elif verbosity > 1:
                self.stdout.write(report.summary())
        if not broken:
            self.stdout.write(self.style.SUCCESS(f"All {cases.count()} timelines are intact."))
        return broken

    def _audit(self) -> int:
        report = verify_audit()
        if report.ok:
            self.stdout.write(
                self.style.SUCCESS(f"The audit stream is intact ({report.events_checked} records).")
            )
            return 0
        self.stdout.write(report.summary())
        return 1

    def _checkpoints(self) -> int:
        report = verify_checkpoints()
        for line in [*report.problems, *report.notes]:
            self.stdout.write(line)
        if not report.checked:
            self.stdout.write("No valid checkpoint to check against yet.")
        elif report.ok:
            seqs = ", ".join(str(c.seq) for c in report.checked)
            self.stdout.write(self.style.SUCCESS(f"The database matches checkpoint {seqs}."))
        return len(report.problems)
