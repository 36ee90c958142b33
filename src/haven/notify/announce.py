"""The entry points: something happened to a case; tell its team. Called after commit, with ids.

    change.after_commit(lambda: announce.case_opened(case_id))

Each records a Notification (ids, the event and the case's priority now) and
queues its dispatch; nothing is sent here. A failure is logged by id and never
undoes or breaks the change that was just committed. Imports are local: the
case verbs import this module while the apps are still loading.
"""

from __future__ import annotations

import logging

from django.db import IntegrityError, transaction

logger = logging.getLogger(__name__)


def case_opened(case_id: str) -> str | None:
    return _announce(case_id, "case_opened", once_key=f"{case_id}:opened")


def case_turned_urgent(case_id: str) -> str | None:
    """The case's priority rose to high or critical; told once per priority reached."""
    return _announce(case_id, "case_urgent", once_key=None)


def action_failed(case_id: str) -> str | None:
    return _announce(case_id, "action_failed", once_key=None)


def victim_answered(case_id: str, message_id: str) -> str | None:
    """The victim wrote on the follow-up page; told once per message."""
    return _announce(case_id, "victim_answered", once_key=f"{case_id}:answered:{message_id}")


def _announce(case_id: str, event: str, *, once_key: str | None) -> str | None:
    try:
        return _record(case_id, event, once_key)
    except Exception as exc:  # noqa: BLE001 - the change is kept whatever happens here
        logger.error(
            "notification not recorded case=%s event=%s (%s)", case_id, event, type(exc).__name__
        )
        return None


def _record(case_id: str, event: str, once_key: str | None) -> str | None:
    from haven.cases.models import Case
    from haven.notify.models import Event, Notification
    from haven.notify.tasks import dispatch_notification

    case = Case.objects.filter(pk=case_id, erased_at__isnull=True).first()
    if case is None:
        return None
    if event == Event.CASE_URGENT:
        if Notification.objects.filter(
            case=case, event=Event.CASE_OPENED, priority__gte=case.priority
        ).exists():
            return None  # the new-case message already carries this priority
        once_key = f"{case_id}:urgent:{case.priority}"
    try:
        with transaction.atomic():
            notification = Notification.objects.create(
                case=case, event=event, priority=case.priority, once_key=once_key
            )
            dispatch_notification.enqueue(notification.pk)
    except IntegrityError:
        return None  # told already
    logger.info("notification %s case=%s event=%s", notification.pk, case_id, event)
    return notification.pk
