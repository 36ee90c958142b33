"""One capture, run by a task: the report read again, each item sealed and held.

Everything is read from the server's admin API, not from a webhook's body. The
reporter is never captured, and the reporter's e-mail and IP address (which the
admin API and Mastodon's webhook carry) are dropped before anything is stored
(``without_contact``). The reported account's profile is kept without its
sign-up IP and e-mail: those are only compared as keyed hashes (``linked``).

A run that failed halfway is run again from the start: what an earlier attempt
held is removed first, so nothing is held twice.
"""

from __future__ import annotations

import json
import logging
from dataclasses import asdict, dataclass, replace
from datetime import datetime
from typing import Any

from django.conf import settings
from django.db import transaction
from django.db.models import F
from django.utils import timezone

from haven.cases import sealing
from haven.cases.changes import changing
from haven.core.events import Id
from haven.evidence import store, vault
from haven.fediverse import capture, capture_fetch, capture_hold, credentials, linked
from haven.fediverse.models import CapturedWhat, CaptureRun, CaptureState, HeldItem
from haven.fediverse.servers import (
    NotOnServer,
    RemoteAccount,
    RemoteReport,
    RemoteStatus,
    ServerClient,
    TokenRefused,
    module_for,
)

logger = logging.getLogger(__name__)


def without_contact(report: RemoteReport) -> RemoteReport:
    """The report without the reporter's or the target's sign-up IP and e-mail."""
    reporter = report.reporter and _bare(report.reporter)
    return replace(report, reporter=reporter, target=_bare(report.target))


def _bare(account: RemoteAccount) -> RemoteAccount:
    return replace(account, signup_ip="", email_domain="")


@dataclass
class Taken:
    items: int = 0
    media_refused: int = 0
    avatar: bytes = b""


def run(capture_id: str) -> CaptureState:
    """Capture once; raises ServerError for a try again later."""
    found = CaptureRun.objects.select_related("connection", "case").get(pk=capture_id)
    if found.state != CaptureState.PENDING:
        return CaptureState(found.state)
    CaptureRun.objects.filter(pk=found.pk).update(attempts=F("attempts") + 1)
    _drop_partial(found)
    connection = found.connection
    client = module_for(connection.software).client(
        connection.base_url, credentials.token_of(connection)
    )
    try:
        try:
            report = client.report(found.remote_report_id)
            current, profile = _account(client, report)
            report = without_contact(report)
        except (NotOnServer, TokenRefused) as exc:
            capture.mark_failed(found.pk, type(exc).__name__)
            return CaptureState.FAILED
        taken = Taken()
        for status in report.statuses:
            _take_status(found, status, report, taken)
        _take_profile(found, profile, taken)
    finally:
        client.close()
    linked.record_traits(found, report, current, avatar=taken.avatar)
    return _finish(found, taken)


def _account(client: ServerClient, report: RemoteReport) -> tuple[RemoteAccount, RemoteAccount]:
    """The target as reported, and as the admin API shows it now (with sign-up details)."""
    try:
        current = client.account(report.target.id)
    except NotOnServer:
        current = report.target
    return current, _bare(current)


def _take_status(
    run_: CaptureRun, status: RemoteStatus, report: RemoteReport, taken: Taken
) -> None:
    body = _json({"report_id": report.id, "status": asdict(status)})
    ids = {"report": report.id, "status": status.id, "account": status.account_id}
    _hold(run_, CapturedWhat.STATUS, [body], status.url or status.uri, ids)
    taken.items += 1
    for media in status.media:
        ids = {"report": report.id, "status": status.id, "media": media.id}
        if _fetched(run_, CapturedWhat.MEDIA, media.url, ids):
            taken.items += 1
        else:
            taken.media_refused += 1


def _take_profile(run_: CaptureRun, profile: RemoteAccount, taken: Taken) -> None:
    ids = {"account": profile.id}
    _hold(run_, CapturedWhat.PROFILE, [_json({"account": asdict(profile)})], profile.url, ids)
    taken.items += 1
    if profile.avatar_url:
        avatar = _fetched(run_, CapturedWhat.AVATAR, profile.avatar_url, ids)
        if avatar is None:
            taken.media_refused += 1
        else:
            taken.items += 1
            taken.avatar = avatar


def _fetched(run_: CaptureRun, what: CapturedWhat, url: str, ids: dict[str, str]) -> bytes | None:
    """Fetch and hold one file; None when Haven will not fetch it (the reason is not kept)."""
    limit = int(settings.HAVEN_MEDIA_MAX_BYTES)
    try:
        data = b"".join(capture_fetch.fetch(run_.connection, url, max_bytes=limit))
    except capture_fetch.MediaRefused as refused:
        logger.info("capture media refused capture=%s (%s)", run_.pk, refused.code)
        return None
    _hold(run_, what, [data], url, ids)
    return data


def _hold(
    run_: CaptureRun, what: CapturedWhat, pieces: list[bytes], address: str, ids: dict[str, str]
) -> HeldItem:
    item_id = vault.new_item_id()
    limit = int(settings.HAVEN_EVIDENCE_MAX_BYTES)
    blob = vault.seal_all(run_.case_id, item_id, pieces, limit=limit)
    ref = json.dumps({"address": address, "ids": ids}, sort_keys=True)
    try:
        return HeldItem.objects.create(
            id=item_id,
            capture=run_,
            case_id=run_.case_id,
            what=what,
            sha256=blob.sha256,
            size=blob.size,
            blob_name=blob.name,
            source_ref=sealing.seal(run_.case_id, f"capture.{item_id}.source", ref),
        )
    except BaseException:
        store.remove([blob.name])
        raise


def _drop_partial(run_: CaptureRun) -> None:
    partial = HeldItem.objects.filter(capture=run_)
    names = [n for n in partial.values_list("blob_name", flat=True) if n]
    partial.delete()
    store.remove(names)


def _finish(run_: CaptureRun, taken: Taken) -> CaptureState:
    with transaction.atomic():
        row = CaptureRun.objects.select_for_update().get(pk=run_.pk)
        if row.state != CaptureState.PENDING:
            return CaptureState(row.state)
        with changing(row.case, acting_user=None) as change:
            row.state, row.finished_at = CaptureState.DONE, timezone.now()
            row.items, row.media_refused = taken.items, taken.media_refused
            row.save(update_fields=["state", "finished_at", "items", "media_refused"])
            change.record(
                capture.CAPTURE_FINISHED,
                capture.CaptureFinished(Id(row.pk), taken.items, taken.media_refused),
            )
    logger.info("capture done capture=%s items=%d", row.pk, taken.items)
    capture_hold.settle(row.pk)
    linked.refresh_after_capture(row.case_id)
    return CaptureState.DONE


def _json(value: dict[str, Any]) -> bytes:
    return json.dumps(value, default=_default, sort_keys=True, ensure_ascii=False).encode()


def _default(value: object) -> str:
    if isinstance(value, datetime):
        return value.isoformat()
    raise TypeError(type(value).__name__)
