"""The custody log of an export: each item's own events, from the timeline and the audit stream.

What happened to an item (received, downloaded, exported, discarded) is on the
case's timeline; who read or revealed it is in the audit stream (decision 6).
The log joins both, in time order, naming the people who acted.
"""

from __future__ import annotations

import json
from typing import Any

from haven.cases.models import AuditRecord, Case, CaseEvent
from haven.evidence import intake
from haven.evidence.models import EvidenceItem

_ITEM_FIELDS = ("item", "media")  # older image events name their item "media"


def describe(item: EvidenceItem) -> dict[str, Any]:
    """An item as the manifest lists it."""
    source = intake.read_source(item)
    return {
        "id": item.pk,
        "sha256": item.sha256,
        "size": item.size,
        "media_type": item.content_type,
        "kind": item.kind,
        "source": item.source,
        "source_address": source.address,
        "source_ids": source.ids,
        "captured_at": item.added_at.isoformat(),
        "captured_by": item.added_by.get_username() if item.added_by else "haven",
    }


def _about(payload: dict[str, Any], ids: set[str]) -> str:
    for field in _ITEM_FIELDS:
        if payload.get(field) in ids:
            return str(payload[field])
    return ""


def _line(stream: str, row: CaseEvent | AuditRecord, item: str) -> dict[str, Any]:
    rest = {k: v for k, v in row.payload.items() if k not in _ITEM_FIELDS}
    return {
        "at": row.created_at.isoformat(),
        "stream": stream,
        "event": row.type,
        "item": item,
        "by": row.actor.get_username() if row.actor else "haven",
        "details": rest,
        "hash": row.hash,
    }


def entries(case: Case, items: list[EvidenceItem]) -> list[dict[str, Any]]:
    ids = {item.pk for item in items}
    lines = []
    for event in CaseEvent.objects.filter(case=case).select_related("actor").order_by("seq"):
        if item := _about(event.payload, ids):
            lines.append(_line("timeline", event, item))
        elif event.type == "evidence.exported":
            lines.append(_line("timeline", event, ""))
    records = AuditRecord.objects.filter(case_id=case.pk).select_related("actor").order_by("seq")
    for record in records:
        if item := _about(record.payload, ids):
            lines.append(_line("audit", record, item))
    return sorted(lines, key=lambda line: str(line["at"]))


def as_json(case: Case, items: list[EvidenceItem]) -> bytes:
    log = {"case": case.pk, "events": entries(case, items)}
    return json.dumps(log, indent=2, sort_keys=True, ensure_ascii=False).encode("utf-8")
