"""The minors protocol (the guide: "for sextortion involving minors, see CSEA").

When anyone involved may be a minor the case becomes kind csea: only safety
leads can open it, no image is kept or shown (hashes only, enforced by
``EvidenceItem.save`` in haven.evidence), and the case shows the mandatory
reporting route of the server's jurisdiction (``haven.resources.reporting``) with a step to record
that the report was made.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.utils.translation import gettext_lazy, ngettext

from haven.cases import checklist
from haven.cases.changes import Change
from haven.cases.models import CaseKind, Priority
from haven.cases.priority import RuleName
from haven.core.events import Names, declare
from haven.evidence import images


@dataclass(frozen=True)
class MinorsProtocol:
    images_discarded: int


def _protocol_details(p: MinorsProtocol, names: Names) -> list[str]:
    count = p.images_discarded
    return [ngettext("%d kept image discarded", "%d kept images discarded", count) % count]


MINORS_PROTOCOL = declare(
    "case.minors_protocol",
    MinorsProtocol,
    gettext_lazy("Minors protocol started"),
    _protocol_details,
)


def start_protocol(change: Change) -> None:
    """Inside a change: make the case a csea case, once."""
    if change.case.kind == CaseKind.CSEA:
        return
    change.set_kind(CaseKind.CSEA, reason=RuleName.MINOR)
    change.set_priority(Priority.CRITICAL, reason=RuleName.MINOR)
    discarded = images.discard_all(change, reason=images.DiscardReason.MINORS_PROTOCOL)
    checklist.add_mandatory_report_step(change.case)
    change.record(MINORS_PROTOCOL, MinorsProtocol(discarded))
