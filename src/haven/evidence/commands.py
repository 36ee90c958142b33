"""The evidence parts of ``haven`` commands, kept here so those commands stay small."""

from __future__ import annotations

from django.core.management.base import BaseCommand, CommandError

from haven.cases.models import Case
from haven.evidence import store, verifying


def verify_evidence(command: BaseCommand, case_ids: list[str]) -> None:
    """``haven verify --evidence [CASE…]``: non-zero, naming each item, if any does not verify."""
    if case_ids and Case.objects.filter(pk__in=case_ids).count() != len(set(case_ids)):
        raise CommandError("Some of those case ids do not exist.")
    swept = store.get_store().sweep()
    if swept:
        command.stdout.write(f"Removed {swept} encrypted file(s) left by interrupted uploads.")
    checked, found = verifying.findings(case_ids)
    for finding in found:
        command.stdout.write(finding.line())
    if found:
        raise CommandError(f"{len(found)} of {checked} evidence item(s) failed verification.")
    command.stdout.write(command.style.SUCCESS(f"All {checked} evidence items verify."))
