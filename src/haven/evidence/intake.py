"""Evidence comes in here, from every source: one function, as ``receive_report`` is for texts.

``receive_evidence`` takes an upload already sealed as it streamed in
(``uploads.SealedUpload``) or plaintext pieces (a capture from the server, a
command), and then: names the type from the bytes, reads the whole item back
through the seal to refuse what is truncated, corrupt or a polyglot, checks the
victim's consent, and records the item and ``evidence.received`` in one change.
Whatever fails, nothing is kept: the blob is removed and the error says why.
On a case that may involve a minor only the hashes are kept.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterable
from dataclasses import dataclass, field

from django.conf import settings
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _

from haven.accounts.models import User
from haven.cases import sealing
from haven.cases.changes import changing
from haven.cases.consent import has_consent
from haven.cases.models import Case, CaseKind, ConsentScope
from haven.core.choices import choice
from haven.core.errors import Conflict, InvalidInput
from haven.core.events import Id
from haven.evidence import custody, images, sniffing, store, vault, videos
from haven.evidence.models import EvidenceItem, EvidenceKind, EvidenceSource
from haven.evidence.uploads import SealedUpload

logger = logging.getLogger(__name__)

EVIDENCE_SCOPES = images.EVIDENCE_SCOPES
MAX_ADDRESS = 2048


@dataclass(frozen=True)
class SourceRef:
    """Where an item came from, as its source names it; sealed, never in a payload or a log."""

    address: str = ""  # the post's or the server's URL
    ids: dict[str, str] = field(default_factory=dict)  # e.g. {"status": "1099…"}

    def sealed(self, case_id: str, item_id: str) -> bytes:
        if not self.address and not self.ids:
            return b""
        if len(self.address) > MAX_ADDRESS or len(self.ids) > 20:
            raise InvalidInput("That source address is too long.")
        text = json.dumps({"address": self.address, "ids": self.ids}, sort_keys=True)
        return sealing.seal(case_id, f"evidence.{item_id}.source", text)


def read_source(item: EvidenceItem) -> SourceRef:
    if not item.source_ref:
        return SourceRef()
    data = json.loads(sealing.unseal(item.case_id, f"evidence.{item.pk}.source", item.source_ref))
    return SourceRef(data["address"], data["ids"])


def _sealed(case: Case, given: SealedUpload | Iterable[bytes]) -> tuple[str, vault.SealedBlob]:
    if isinstance(given, SealedUpload):
        return given.item_id, given.blob
    item_id = vault.new_item_id()
    limit = settings.HAVEN_EVIDENCE_MAX_BYTES
    return item_id, vault.seal_all(case.pk, item_id, given, limit=limit)


def _describe(
    case: Case, item: EvidenceItem, blob: vault.SealedBlob, want: EvidenceKind | None
) -> None:
    if want == EvidenceKind.IMAGE:
        _describe_image(case, item, blob)
        return
    found = sniffing.sniff(blob.head, blob.tail, blob.size)
    if want is not None and found.kind != want and not _posts_are_json(want, found):
        raise InvalidInput(_WRONG_KIND.get(want, "That file is not what this form takes."))
    if found.kind == EvidenceKind.IMAGE:
        _describe_image(case, item, blob)
        return
    checked = sniffing.check(found.media_type, vault.read(case.pk, item.pk, blob.name))
    item.content_type = checked.media_type
    facts = checked.facts
    if found.kind in {EvidenceKind.VIDEO, EvidenceKind.AUDIO} and not facts.duration_ms:
        facts = videos.probe(case.pk, item.pk, blob.name, blob.size, item.content_type)
    item.width, item.height, item.duration_ms = facts.width, facts.height, facts.duration_ms
    if want == EvidenceKind.POST and item.content_type != "application/json":
        raise InvalidInput(_WRONG_KIND[want])
    item.kind = EvidenceKind.POST if want == EvidenceKind.POST else found.kind


def _describe_image(case: Case, item: EvidenceItem, blob: vault.SealedBlob) -> None:
    # Pillow needs the whole image; it is bounded (HAVEN_MEDIA_MAX_MB) before it is read.
    if blob.size > settings.HAVEN_MEDIA_MAX_BYTES:
        raise InvalidInput("That file is larger than Haven accepts.", code="too_large")
    data = b"".join(vault.read(case.pk, item.pk, blob.name))
    item.content_type, item.width, item.height = images.sniff(data)
    sniffing.refuse_polyglot(blob.head, blob.tail, allow=None)
    item.kind = EvidenceKind.IMAGE


def _posts_are_json(want: EvidenceKind, found: sniffing.Sniffed) -> bool:
    return want == EvidenceKind.POST and found.media_type == "application/json"


_WRONG_KIND = {
    EvidenceKind.POST: "A captured post is a JSON file.",
}


def receive_evidence(
    case: Case,
    given: SealedUpload | Iterable[bytes],
    *,
    acting_user: User | None,
    source: str,
    scope: str,
    source_ref: SourceRef | None = None,
    kind: EvidenceKind | None = None,
) -> EvidenceItem:
    """Record one item of evidence on ``case``, kept (sealed) under the consent ``scope``.

    ``kind`` narrows what is accepted (the image form takes images only; a
    captured post is JSON). The item is kept only under an evidence scope the
    victim consented to, and never on a case that may involve a minor.
    """
    item_id, blob = "", None
    try:
        scope_ = choice(ConsentScope, scope, "consent")
        source_ = choice(EvidenceSource, source, "source")
        item_id, blob = _sealed(case, given)
        item = _record(case, item_id, blob, acting_user, source_, scope_, source_ref, kind)
    except BaseException:
        if blob is not None:
            store.remove([blob.name])
        raise
    if isinstance(given, SealedUpload):
        given.claimed = True
    return item


class DuplicateEvidence(Conflict):
    code = "duplicate_evidence"


def _refuse_duplicate(case: Case, sha256: str) -> None:
    """The same file uploaded twice to a case: said, not stored twice."""
    earlier = EvidenceItem.objects.filter(case=case, sha256=sha256).order_by("added_at").first()
    if earlier is not None:
        raise DuplicateEvidence(
            _("This file is already on the case (added %(when)s): it was not added again.")
            % {"when": date_format(timezone.localtime(earlier.added_at), "DATETIME_FORMAT")}
        )


def _record(
    case: Case,
    item_id: str,
    blob: vault.SealedBlob,
    acting_user: User | None,
    source: EvidenceSource,
    scope: ConsentScope,
    source_ref: SourceRef | None,
    kind: EvidenceKind | None,
) -> EvidenceItem:
    csea = case.kind == CaseKind.CSEA
    if source != EvidenceSource.SERVER_CAPTURE:
        _refuse_duplicate(case, blob.sha256)
    if not csea and not has_consent(case, scope):
        raise Conflict(
            "Record the victim's consent for this use before adding evidence.", code="no_consent"
        )
    item = EvidenceItem(
        id=item_id,
        case=case,
        sha256=blob.sha256,
        size=blob.size,
        source=source,
        added_by=acting_user,
        added_at=timezone.now(),
    )
    _describe(case, item, blob, kind)
    item.source_ref = (source_ref or SourceRef()).sealed(case.pk, item_id)
    keep = not csea and scope in EVIDENCE_SCOPES
    if keep:
        item.blob_name, item.kept_under = blob.name, scope.value
    with changing(case, acting_user=acting_user) as change:
        item.save(force_insert=True)
        change.record(
            custody.EVIDENCE_RECEIVED,
            custody.EvidenceReceived(Id(item.pk), EvidenceKind(item.kind), source, keep, scope),
        )
    if not keep:  # no row names it: it can go now, whatever happens to the transaction
        store.remove([blob.name])
    logger.info("evidence received case=%s item=%s kept=%s", case.pk, item.pk, keep)
    return item
