"""Webhook deliveries from a connected server: verified, stored, answered, processed later.

The view (``haven.web.views.hooks``) hands the raw body here. A delivery whose
connection is unknown or inactive, or whose signature (Misskey: secret) is
missing, malformed or wrong, is refused alike (401, nothing stored), so the
answer says nothing about which connection ids exist. An accepted delivery is
written before the answer; a repeat of one (Mastodon retries a failed delivery
16 times over about two days) is recognised by its keyed hash and answered
without a second row. All work on it runs in a task after the answer
(``haven.fediverse.delivery_tasks``).
"""

from __future__ import annotations

import enum
import hashlib
import hmac
import logging
from collections.abc import Mapping

from django.db import IntegrityError, transaction
from django.db.models import F

from haven.crypto.keystore import get_keystore
from haven.fediverse import credentials
from haven.fediverse.models import Connection, WebhookDelivery
from haven.fediverse.servers import Delivery, module_for

logger = logging.getLogger(__name__)

_FINGERPRINT_SCOPE = "webhook-fingerprints"
# What Haven acts on; any other event is acknowledged and not kept.
REPORT_EVENTS = frozenset({"report.created", "report.updated", "abuse"})


class Answer(enum.Enum):
    REFUSED = 401  # unknown connection, or no valid signature
    ACCEPTED = 202  # stored; a task will process it
    REPEAT = 200  # stored before: nothing new
    IGNORED = 204  # signed, but an event Haven does not act on


def accept(connection_id: str, headers: Mapping[str, str], body: bytes) -> Answer:
    connection = Connection.objects.filter(pk=connection_id, active=True).first()
    if connection is None:
        return Answer.REFUSED
    module = module_for(connection.software)
    secret = credentials.webhook_secret_of(connection)
    if module.verify_delivery is None or not secret:
        return Answer.REFUSED
    delivery = module.verify_delivery(headers, body, secret)
    if delivery is None:
        logger.info("webhook refused connection=%s", connection.pk)
        return Answer.REFUSED
    if delivery.event not in REPORT_EVENTS:
        return Answer.IGNORED
    return _store(connection, delivery, body)


def _store(connection: Connection, delivery: Delivery, body: bytes) -> Answer:
    key = dedupe_key(connection.pk, delivery, body)
    try:
        with transaction.atomic():
            row = WebhookDelivery.objects.create(
                connection=connection,
                event=delivery.event,
                object_id=delivery.object_id[:100],
                object_updated_at=delivery.object_updated_at,
                sent_at=delivery.created_at,
                dedupe_key=key,
            )
            # In the same transaction (the task queue is in the database): a row
            # whose task was lost would be answered as a repeat and never processed.
            _enqueue(row.pk)
    except IntegrityError:
        WebhookDelivery.objects.filter(dedupe_key=key).update(repeats=F("repeats") + 1)
        logger.info("webhook repeat connection=%s", connection.pk)
        return Answer.REPEAT
    logger.info("webhook stored delivery=%s connection=%s", row.pk, connection.pk)
    return Answer.ACCEPTED


def _enqueue(delivery_id: str) -> None:
    from haven.fediverse.delivery_tasks import process_delivery

    process_delivery.enqueue(delivery_id)


def dedupe_key(connection_id: str, delivery: Delivery, body: bytes) -> str:
    key = get_keystore().get_or_create(_FINGERPRINT_SCOPE)
    fingerprint = hmac.new(key, body, hashlib.sha256).hexdigest()
    updated = delivery.object_updated_at.isoformat() if delivery.object_updated_at else ""
    parts = "\x1f".join((connection_id, delivery.event, delivery.object_id, updated, fingerprint))
    return hmac.new(key, parts.encode("utf-8"), hashlib.sha256).hexdigest()
