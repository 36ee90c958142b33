"""The settings page's test button: one message to each channel the member has set up."""

from __future__ import annotations

from django.db import transaction

from haven.accounts.models import User
from haven.core.errors import InvalidInput, NotFound
from haven.notify import dispatch


def send_trial(user: User, *, acting_user: User) -> int:
    """Queue the test message; return how many channels it goes to."""
    if acting_user.pk != user.pk:
        raise NotFound()
    _notification_id, deliveries = dispatch.queue_test(user)
    if not deliveries:
        raise InvalidInput("Set up at least one way to be told first.", code="no_channel")

    def enqueue() -> None:
        from haven.notify.tasks import send_delivery

        for delivery_id in deliveries:
            send_delivery.enqueue(delivery_id)

    transaction.on_commit(enqueue)
    return len(deliveries)
