"""The notification tasks: fan a notification out, send one delivery, release held ones."""

from __future__ import annotations

from haven.jobs import periodic
from haven.jobs.durable import durable_task
from haven.notify import dispatch

RELEASE_INTERVAL_SECONDS = 60


@durable_task()
def dispatch_notification(notification_id: str) -> int:
    ready = dispatch.fan_out(notification_id)
    for delivery_id in ready:
        send_delivery.enqueue(delivery_id)
    return len(ready)


@durable_task()
def send_delivery(delivery_id: int) -> str:
    """Send one message; a timeout or a 5xx raises, and durable_task tries again later."""
    return dispatch.deliver(delivery_id).value


@durable_task()
def release_held_deliveries() -> int:
    return len(dispatch.release_held(send_delivery.enqueue))


periodic.every(
    "haven.notify.release_held", lambda: RELEASE_INTERVAL_SECONDS, release_held_deliveries
)
