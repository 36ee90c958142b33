"""The task that processes a stored webhook delivery (``haven.fediverse.webhooks``)."""

from __future__ import annotations

from django.utils import timezone

from haven.fediverse import report_intake
from haven.fediverse.models import DeliveryState, WebhookDelivery
from haven.jobs.durable import durable_task


@durable_task()
def process_delivery(delivery_id: str) -> None:
    """Read the delivery's report from the server and take it in; safe to run twice."""
    delivery = WebhookDelivery.objects.select_related("connection").get(pk=delivery_id)
    if delivery.state == DeliveryState.PROCESSED:
        return
    report_intake.take_in(delivery.connection, delivery.object_id)
    delivery.state = DeliveryState.PROCESSED
    delivery.processed_at = timezone.now()
    delivery.save(update_fields=["state", "processed_at"])
