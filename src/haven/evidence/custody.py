"""The chain of custody of each item: kinds of event, declared once.

On the case's timeline (its story, hash-chained with it): an item received,
a copy of it downloaded or exported, an item discarded (``evidence.discarded``,
naming its kind; timelines from before it say ``media.discarded``). In the audit stream
(who read what): an item viewed or revealed. Payloads hold ids, enums and
flags only: no hash, size or name, which would let a copy of the database
confirm a file outlived its erasure (docs/decisions/0006-evidence-vault.md).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from haven.cases.models import ConsentScope
from haven.core.events import Id, Names, Stream, declare
from haven.evidence.models import EvidenceKind, EvidenceSource


class DownloadReason(StrEnum):
    LEAD = "lead"  # a safety lead needs no other reason
    REPORT_TO_SERVER = "report_to_server"
    REPORT_TO_POLICE = "report_to_police"
    VICTIM_ASKED = "victim_asked"


_REASONS = {
    DownloadReason.LEAD: gettext_lazy("by a safety lead"),
    DownloadReason.REPORT_TO_SERVER: gettext_lazy("to report it to a server"),
    DownloadReason.REPORT_TO_POLICE: gettext_lazy("for law enforcement"),
    DownloadReason.VICTIM_ASKED: gettext_lazy("the victim asked for it"),
}


class DiscardReason(StrEnum):
    CONSENT_WITHDRAWN = "consent_withdrawn"
    MINORS_PROTOCOL = "minors_protocol"
    RETENTION = "retention"


DISCARD_REASONS = {
    DiscardReason.CONSENT_WITHDRAWN: gettext_lazy("the victim withdrew their consent"),
    DiscardReason.MINORS_PROTOCOL: gettext_lazy("the minors protocol: no file is kept"),
    DiscardReason.RETENTION: gettext_lazy("its retention period ended"),
}


@dataclass(frozen=True)
class EvidenceReceived:
    item: Id
    kind: EvidenceKind
    source: EvidenceSource
    kept: bool
    scope: ConsentScope


@dataclass(frozen=True)
class EvidenceDownloaded:
    item: Id
    reason: DownloadReason


@dataclass(frozen=True)
class EvidenceDiscarded:
    """The file is gone; the item and its hashes stay."""

    item: Id
    kind: EvidenceKind
    reason: DiscardReason


@dataclass(frozen=True)
class EvidenceRead:
    item: Id
    revealed: bool


def _item(p: EvidenceReceived | EvidenceDownloaded | EvidenceDiscarded | EvidenceRead) -> str:
    return _("item %s") % p.item[:8]


def _received(p: EvidenceReceived, names: Names) -> list[str]:
    kept = (
        _("kept, encrypted, with consent to: %s") % p.scope.label
        if p.kept
        else _("only its hashes were kept")
    )
    return [_item(p), str(p.kind.label), str(p.source.label), kept]


EVIDENCE_RECEIVED = declare(
    "evidence.received", EvidenceReceived, gettext_lazy("Evidence received"), _received
)
EVIDENCE_DOWNLOADED = declare(
    "evidence.downloaded",
    EvidenceDownloaded,
    gettext_lazy("Evidence downloaded"),
    lambda p, names: [_item(p), str(_REASONS[p.reason])],
)
EVIDENCE_DISCARDED = declare(
    "evidence.discarded",
    EvidenceDiscarded,
    gettext_lazy("Evidence discarded"),
    lambda p, names: [
        _("%(kind)s %(item)s") % {"kind": p.kind.label, "item": p.item[:8]},
        str(DISCARD_REASONS[p.reason]),
    ],
)
EVIDENCE_READ = declare(
    "evidence.read",
    EvidenceRead,
    gettext_lazy("Evidence viewed"),
    lambda p, names: [_item(p), _("revealed") if p.revealed else _("blurred or as text")],
    stream=Stream.AUDIT,
)
