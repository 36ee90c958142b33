"""The periodic job that polls every connection that needs it (``polling.sync``)."""

from __future__ import annotations

import logging

from haven.fediverse import polling
from haven.fediverse.servers import ServerError
from haven.jobs import periodic
from haven.jobs.durable import durable_task

logger = logging.getLogger(__name__)


@durable_task()
def poll_servers() -> int:
    """One round on every due connection; returns how many reports were read."""
    total = 0
    for connection in polling.due_connections():
        try:
            total += polling.sync(connection).reports
        except ServerError as exc:  # the next round tries again; one server never stops the rest
            logger.warning("poll failed connection=%s (%s)", connection.pk, type(exc).__name__)
    return total


periodic.every("haven.fediverse.poll", polling.interval_seconds, poll_servers)
