"""The task that processes a stored webhook delivery (``haven.fediverse.webhooks``)."""

from __future__ import annotations

from django.conf import settings
from django.db.models import F
from django.utils import timezone

from haven.core.errors import PermanentError
from haven.fediverse import report_intake
from haven.fediverse.models import DeliveryState, WebhookDelivery
from haven.fediverse.servers import (
    RateLimited,
    ServerAnswerInvalid,
    ServerError,
    ServerUnavailable,
    TokenRefused,
)
from haven.jobs.durable import durable_task

# Why a delivery was given up, as the leads read it (codes: no server text).
_FAILURE = {
    ServerUnavailable: "server_unavailable",
    RateLimited: "rate_limited",
    TokenRefused: "token_refused",
    ServerAnswerInvalid: "answer_invalid",
}


def failure_code(exc: BaseException) -> str:
    for kind, code in _FAILURE.items():
        if isinstance(exc, kind):
            return code
    if isinstance(exc, ServerError):
        return "server_refused"
    return f"error_{type(exc).__name__}"[:64]


@durable_task()
def process_delivery(delivery_id: str) -> None:
    """Read the delivery's report from the server and take it in; safe to run twice.

    A server that is down or busy is tried again (the task's backoff); one that
    refuses the token or answers in a shape Haven does not know will not get
    better by waiting: the delivery is marked failed and the failed-jobs page says so.
    After the last try, whatever went wrong, the delivery is marked failed with
    its reason too: a delivery never stays "received" with nothing left to run it.
    """
    delivery = WebhookDelivery.objects.select_related("connection").get(pk=delivery_id)
    if delivery.state == DeliveryState.PROCESSED:
        return
    if delivery.state == DeliveryState.FAILED:
        # A lead retried its job from the failed-jobs page: a fresh round of tries.
        delivery.state, delivery.attempts, delivery.failure = DeliveryState.RECEIVED, 0, ""
        delivery.save(update_fields=["state", "attempts", "failure"])
    WebhookDelivery.objects.filter(pk=delivery.pk).update(attempts=F("attempts") + 1)
    attempt = delivery.attempts + 1
    try:
        report_intake.take_in(delivery.connection, delivery.object_id)
    except (ServerUnavailable, RateLimited) as busy:
        if attempt < int(settings.HAVEN_TASK_MAX_ATTEMPTS):
            raise
        _fail(delivery, failure_code(busy))
        raise PermanentError(
            "The server did not give this report after every try: Haven gave it up. "
            "The report is still on the server; Haven's polling or a moderator can take it in.",
            code="delivery_gave_up",
        ) from None
    except ServerError as refused:
        _fail(delivery, failure_code(refused))
        raise PermanentError(
            f"The server would not give this report ({type(refused).__name__}): check the "
            "connection's token.",
            code="delivery_refused",
        ) from None
    except Exception as exc:
        if attempt >= int(settings.HAVEN_TASK_MAX_ATTEMPTS):
            _fail(delivery, failure_code(exc))
        raise
    delivery.state, delivery.failure = DeliveryState.PROCESSED, ""
    delivery.processed_at = timezone.now()
    delivery.save(update_fields=["state", "failure", "processed_at"])


def _fail(delivery: WebhookDelivery, code: str) -> None:
    WebhookDelivery.objects.exclude(state=DeliveryState.PROCESSED).filter(pk=delivery.pk).update(
        state=DeliveryState.FAILED, failure=code, processed_at=timezone.now()
    )
