"""Polling a server's admin reports, for servers without webhooks or without one set up.

``sync`` pages through the reports with the module's cursor and takes each in
(``report_intake.take_in_report``). The cursor is saved after each page has been
taken in whole, so a restart resumes at the first page not finished: a report is
never missed, and one seen twice is not filed twice (``receive_report`` refuses
a repeat). A 429 stops the round and sets ``poll_not_before`` from the server's
rate-limit headers; the next round waits for it.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import timedelta

from django.conf import settings
from django.db.models import Q
from django.utils import timezone

from haven.fediverse import credentials, report_intake
from haven.fediverse.models import Connection
from haven.fediverse.servers import Capability, RateLimited, module_for

logger = logging.getLogger(__name__)

MAX_PAGES_PER_ROUND = 50


@dataclass(frozen=True)
class SyncRun:
    pages: int
    reports: int
    rate_limited: bool


def should_poll(connection: Connection) -> bool:
    """Polled when the server cannot call Haven, or no webhook secret is set up."""
    module = module_for(connection.software)
    if not module.can(Capability.POLL_REPORTS):
        return False
    return not module.can(Capability.WEBHOOK_REPORTS) or not connection.sealed_webhook_secret


def sync(connection: Connection, *, max_pages: int = MAX_PAGES_PER_ROUND) -> SyncRun:
    """One round of polling ``connection``; raises ServerError when the server fails."""
    module = module_for(connection.software)
    client = module.client(connection.base_url, credentials.token_of(connection))
    pages = reports = 0
    cursor = connection.poll_cursor or None
    try:
        while pages < max_pages:
            try:
                page = client.reports(cursor)
            except RateLimited as limited:
                connection.poll_not_before = timezone.now() + timedelta(
                    seconds=max(1.0, limited.retry_after_seconds)
                )
                connection.save(update_fields=["poll_not_before"])
                logger.info("poll rate limited connection=%s", connection.pk)
                return SyncRun(pages, reports, rate_limited=True)
            for report in page.reports:
                report_intake.take_in_report(connection, report)
            pages, reports = pages + 1, reports + len(page.reports)
            if page.next_cursor is not None:
                cursor = page.next_cursor
                connection.poll_cursor = cursor
                connection.save(update_fields=["poll_cursor"])
            if page.next_cursor is None or not page.reports:
                break
    finally:
        client.close()
    connection.polled_at = timezone.now()
    connection.poll_not_before = None
    connection.save(update_fields=["polled_at", "poll_not_before"])
    logger.info("poll done connection=%s pages=%d reports=%d", connection.pk, pages, reports)
    return SyncRun(pages, reports, rate_limited=False)


def due_connections() -> list[Connection]:
    now = timezone.now()
    waiting = Q(poll_not_before__gt=now)
    return [
        connection
        for connection in Connection.objects.filter(active=True).exclude(waiting)
        if should_poll(connection)
    ]


def interval_seconds() -> float:
    return float(settings.HAVEN_POLL_INTERVAL_SECONDS)
