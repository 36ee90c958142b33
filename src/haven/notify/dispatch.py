"""From a Notification to one Delivery per member and channel, and the sending of each.

``fan_out`` decides who hears (the case's team, their choices, their quiet
hours) and is safe to run twice: a delivery exists once per member and channel.
``deliver`` sends one; a server that times out or fails is tried again by the
task's backoff, until ``HAVEN_TASK_MAX_ATTEMPTS``.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from haven.accounts.models import User
from haven.notify import preferences, quiet_hours, recipients
from haven.notify.channels import TryLater, Undeliverable, email, matrix, ntfy, webhook
from haven.notify.message import Message, message_for
from haven.notify.models import Channel, Delivery, DeliveryState, Event, Notification, Preference

logger = logging.getLogger(__name__)


def fan_out(notification_id: str) -> list[int]:
    """Create the deliveries; return the ids of those to send now (the rest wait)."""
    # Gone when its case was erased after the notification was queued.
    notification = Notification.objects.select_related("case").filter(pk=notification_id).first()
    case = notification.case if notification is not None else None
    if notification is None or case is None or case.erased_at is not None:
        return []
    now = timezone.now()
    ready = []
    for user in recipients.team_of(case):
        pref = preferences.preference_of(user)
        if not preferences.wants(pref, Event(notification.event)):
            continue
        hold = quiet_hours.held_until(
            pref.quiet_start, pref.quiet_end, pref.timezone, notification.priority, now
        )
        for channel in preferences.channels_of(pref):
            delivery, _ = Delivery.objects.get_or_create(
                notification=notification,
                user=user,
                channel=channel,
                defaults={
                    "state": DeliveryState.HELD if hold else DeliveryState.PENDING,
                    "held_until": hold,
                },
            )
            if delivery.state == DeliveryState.PENDING:
                ready.append(delivery.pk)
    logger.info("notification %s: %d deliveries now", notification_id, len(ready))
    return ready


def deliver(delivery_id: int) -> DeliveryState:
    delivery = (
        Delivery.objects.select_related("notification", "user").filter(pk=delivery_id).first()
    )
    if delivery is None:  # its case was erased meanwhile
        return DeliveryState.CANCELLED
    if delivery.state != DeliveryState.PENDING:
        return DeliveryState(delivery.state)
    attempt = delivery.attempts + 1
    # A second run of the same delivery (a retry racing a repeat) finds the count moved on.
    claimed = Delivery.objects.filter(
        pk=delivery.pk, state=DeliveryState.PENDING, attempts=delivery.attempts
    ).update(attempts=attempt)
    if not claimed:
        return DeliveryState(Delivery.objects.get(pk=delivery.pk).state)
    notification = delivery.notification
    if notification.case_id and not recipients.still_on(delivery.user, notification.case_id):
        return _finish(delivery, DeliveryState.CANCELLED, "not_on_case")
    try:
        _send(delivery, message_for(notification))
    except Undeliverable as exc:
        return _finish(delivery, DeliveryState.FAILED, exc.code)
    except TryLater as exc:
        if attempt >= int(settings.HAVEN_TASK_MAX_ATTEMPTS):
            return _finish(delivery, DeliveryState.FAILED, exc.code)
        Delivery.objects.filter(pk=delivery.pk).update(error=exc.code[:64])
        raise
    return _finish(delivery, DeliveryState.SENT, "")


def _send(delivery: Delivery, message: Message) -> None:
    channel = Channel(delivery.channel)
    if channel == Channel.EMAIL:
        email.send(delivery.user, message)
        return
    pref = preferences.preference_of(delivery.user)
    target = preferences.target_of(pref, channel)
    if target is None:
        raise Undeliverable("This channel is no longer set up.", code="not_set_up")
    if channel == Channel.MATRIX:
        matrix.send(target, message, f"haven-{delivery.pk}")
    else:
        (ntfy if channel == Channel.NTFY else webhook).send(target, message)


def _finish(delivery: Delivery, state: DeliveryState, error: str) -> DeliveryState:
    Delivery.objects.filter(pk=delivery.pk).update(
        state=state,
        error=error[:64],
        sent_at=timezone.now() if state == DeliveryState.SENT else None,
    )
    logger.info(
        "delivery %s %s by %s%s",
        delivery.pk,
        state,
        delivery.channel,
        f" ({error})" if error else "",
    )
    return state


def release_held(enqueue: Callable[[int], object]) -> list[int]:
    """Deliveries whose quiet hours ended become pending; ``enqueue(id)`` queues each."""
    due = Delivery.objects.filter(
        state=DeliveryState.HELD, held_until__lte=timezone.now()
    ).values_list("pk", flat=True)
    released = []
    for pk in list(due):
        with transaction.atomic():
            moved = Delivery.objects.filter(pk=pk, state=DeliveryState.HELD).update(
                state=DeliveryState.PENDING, held_until=None
            )
            if moved:
                enqueue(pk)
                released.append(pk)
    return released


def queue_test(user: User) -> tuple[str, list[int]]:
    """A test message to every channel ``user`` has set up, whatever their other choices."""
    pref: Preference = preferences.preference_of(user)
    with transaction.atomic():
        notification = Notification.objects.create(event=Event.TEST, priority=2)
        ids = [
            Delivery.objects.create(notification=notification, user=user, channel=channel).pk
            for channel in preferences.channels_set_up(pref)
        ]
    return notification.pk, ids
