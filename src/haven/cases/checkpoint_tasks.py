"""The periodic job that writes a checkpoint every ``HAVEN_CHECKPOINT_INTERVAL_MINUTES``.

Importing this module registers it with ``haven.jobs.periodic`` (the cases app
does so when it is ready).
"""

from __future__ import annotations

import logging

from django.conf import settings

from haven.jobs import periodic
from haven.jobs.durable import durable_task

logger = logging.getLogger(__name__)


@durable_task()
def write_checkpoint() -> int:
    """Write a signed checkpoint of every chain's head; returns its number."""
    from haven.cases.checkpoint_files import write_checkpoint as write

    checkpoint = write()
    logger.info("Wrote checkpoint %d", checkpoint.seq)
    return checkpoint.seq


def _interval() -> float:
    return float(settings.HAVEN_CHECKPOINT_SECONDS)


periodic.every("haven.checkpoint", _interval, write_checkpoint)
