"""The preservation hold: captured items wait, sealed, for the victim's consent (decision 7).

While held, an item is a blob sealed under the case key and a row with its
SHA-256, size and what it is: nobody can open it in Haven. Then, whichever
comes first:

- the victim consents to keeping evidence (either evidence scope): each item
  goes through ``haven.evidence.intake.receive_evidence`` like any evidence,
  under that scope, with its source address and ids;
- the victim refuses (an evidence scope recorded as not given, none given):
  every held item is discarded;
- the hold ends (``capture.HOLD_DAYS`` after the capture): discarded too.

On a case that may involve a minor no consent is asked: the items go to intake
at once, which keeps their hashes only. Erasing the case deletes the rows and
the blobs, and its key. ``settle_due`` runs periodically (``capture_tasks``).
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from enum import StrEnum

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from haven.cases import sealing
from haven.cases.changes import changing
from haven.cases.consent import current_consents
from haven.cases.models import Case, CaseKind, ConsentScope
from haven.core.errors import InvalidInput
from haven.core.events import Id, Names, declare
from haven.evidence import store, vault
from haven.evidence.images import EVIDENCE_SCOPES
from haven.evidence.intake import SourceRef, receive_evidence
from haven.evidence.models import EvidenceKind, EvidenceSource
from haven.fediverse.models import CapturedWhat, CaptureRun, CaptureState, HeldItem, HoldState

logger = logging.getLogger(__name__)


class DiscardReason(StrEnum):
    REFUSED = "refused"
    HOLD_ENDED = "hold_ended"


_REASONS = {
    DiscardReason.REFUSED: gettext_lazy("the victim did not consent to keeping evidence"),
    DiscardReason.HOLD_ENDED: gettext_lazy("the hold ended before the victim consented"),
}


@dataclass(frozen=True)
class HoldReleased:
    capture: Id
    items: int
    refused: int
    scope: ConsentScope


@dataclass(frozen=True)
class HoldDiscarded:
    capture: Id
    items: int
    reason: DiscardReason


def _released_details(p: HoldReleased, names: Names) -> list[str]:
    lines = [_("%(count)d items, kept with consent to: %(scope)s")]
    lines[0] = lines[0] % {"count": p.items, "scope": p.scope.label}
    if p.refused:
        lines.append(_("%(count)d items the vault refused") % {"count": p.refused})
    return lines


HOLD_RELEASED = declare(
    "capture.hold_released",
    HoldReleased,
    gettext_lazy("Captured items moved into the evidence vault"),
    _released_details,
)
HOLD_DISCARDED = declare(
    "capture.hold_discarded",
    HoldDiscarded,
    gettext_lazy("Captured items discarded"),
    lambda p, names: [
        _("%(count)d items") % {"count": p.items},
        str(_REASONS[p.reason]),
    ],
)

_POSTS = {CapturedWhat.STATUS, CapturedWhat.PROFILE}


def consent_decision(case: Case) -> ConsentScope | DiscardReason | None:
    """The evidence scope consented to, REFUSED, or None while nobody has answered."""
    latest = current_consents(case)
    answered = [latest[s] for s in sorted(EVIDENCE_SCOPES) if latest[s] is not None]
    for record in answered:
        if record is not None and record.given:
            return ConsentScope(record.scope)
    return DiscardReason.REFUSED if answered else None


def settle(capture_id: str) -> HoldState:
    run = CaptureRun.objects.select_related("case").get(pk=capture_id)
    if run.hold != HoldState.HELD or run.state != CaptureState.DONE:
        return HoldState(run.hold)
    decided = consent_decision(run.case)
    if run.case.kind == CaseKind.CSEA:
        decided = ConsentScope.EVIDENCE_FOR_BAN  # intake keeps the hashes only
    if isinstance(decided, ConsentScope):
        return _release(run, decided)
    if decided is None and timezone.now() < run.hold_until:
        return HoldState.HELD
    return _discard(run, decided or DiscardReason.HOLD_ENDED)


def settle_due() -> int:
    """Every hold that can be settled now; returns how many were."""
    settled = 0
    held = CaptureRun.objects.filter(hold=HoldState.HELD, state=CaptureState.DONE)
    for capture_id in held.values_list("pk", flat=True):
        if settle(capture_id) != HoldState.HELD:
            settled += 1
    return settled


def _release(run: CaptureRun, scope: ConsentScope) -> HoldState:
    moved = refused = 0
    for item in HeldItem.objects.filter(capture=run).exclude(blob_name=""):
        if _move(run.case, item, scope):
            moved += 1
        else:
            refused += 1
    with changing(run.case, acting_user=None) as change:
        if not CaptureRun.objects.filter(pk=run.pk, hold=HoldState.HELD).update(
            hold=HoldState.RELEASED
        ):
            return HoldState.RELEASED
        change.record(HOLD_RELEASED, HoldReleased(Id(run.pk), moved, refused, scope))
    logger.info("capture hold released capture=%s items=%d", run.pk, moved)
    return HoldState.RELEASED


def _move(case: Case, item: HeldItem, scope: ConsentScope) -> bool:
    """One held item into the vault; False when intake refused it (it is then gone)."""
    ref = json.loads(sealing.unseal(case.pk, f"capture.{item.pk}.source", item.source_ref))
    kind = EvidenceKind.POST if item.what in _POSTS else None
    name, kept = item.blob_name, True
    try:
        evidence = receive_evidence(
            case,
            vault.read(case.pk, item.pk, name),
            acting_user=None,
            source=EvidenceSource.SERVER_CAPTURE,
            scope=scope,
            source_ref=SourceRef(ref["address"], ref["ids"]),
            kind=kind,
        )
        item.evidence_item = evidence.pk
    except InvalidInput as refused:
        logger.info("held item refused by the vault item=%s (%s)", item.pk, refused.code)
        kept = False
    item.blob_name = ""
    item.save(update_fields=["blob_name", "evidence_item"])
    store.remove([name])
    return kept


def _discard(run: CaptureRun, reason: DiscardReason) -> HoldState:
    with transaction.atomic(), changing(run.case, acting_user=None) as change:
        if not CaptureRun.objects.filter(pk=run.pk, hold=HoldState.HELD).update(
            hold=HoldState.DISCARDED
        ):
            return HoldState.DISCARDED
        held = HeldItem.objects.filter(capture=run).exclude(blob_name="")
        names = list(held.values_list("blob_name", flat=True))
        held.update(blob_name="")
        change.record(HOLD_DISCARDED, HoldDiscarded(Id(run.pk), len(names), reason))
        change.after_commit(lambda: store.remove(names))
    logger.info("capture hold discarded capture=%s reason=%s", run.pk, reason.value)
    return HoldState.DISCARDED


def held_items(case: Case) -> list[HeldItem]:
    """What the page may show of held items: what, size and SHA-256; never the content."""
    return list(HeldItem.objects.filter(case=case).exclude(blob_name="").order_by("captured_at"))
