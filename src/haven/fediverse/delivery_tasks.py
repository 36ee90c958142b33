"""The task that processes a stored webhook delivery (``haven.fediverse.webhooks``)."""

from __future__ import annotations

from django.utils import timezone

from haven.core.errors import PermanentError
from haven.fediverse import report_intake
from haven.fediverse.models import DeliveryState, WebhookDelivery
from haven.fediverse.servers import RateLimited, ServerError, ServerUnavailable
from haven.jobs.durable import durable_task


@durable_task()
def process_delivery(delivery_id: str) -> None:
    """Read the delivery's report from the server and take it in; safe to run twice.

    A server that is down or busy is tried again (the task's backoff); one that
    refuses the token or answers in a shape Haven does not know will not get
    better by waiting: the delivery is marked failed and the failed-jobs page says so.
    """
    delivery = WebhookDelivery.objects.select_related("connection").get(pk=delivery_id)
    if delivery.state == DeliveryState.PROCESSED:
        return
    try:
        report_intake.take_in(delivery.connection, delivery.object_id)
    except (ServerUnavailable, RateLimited):
        raise
    except ServerError as refused:
        delivery.state = DeliveryState.FAILED
        delivery.save(update_fields=["state"])
        raise PermanentError(
            f"The server would not give this report ({type(refused).__name__}): check the "
            "connection's token.",
            code="delivery_refused",
        ) from None
    delivery.state = DeliveryState.PROCESSED
    delivery.processed_at = timezone.now()
    delivery.save(update_fields=["state", "processed_at"])
