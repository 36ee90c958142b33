"""E-mail through a real SMTP server on loopback: a link and the priority, nothing of the case."""

from __future__ import annotations

import pytest
from django.conf import settings

from haven.cases.models import Priority
from haven.notify import dispatch
from haven.notify.channels import TryLater, Undeliverable, email
from haven.notify.message import message_for
from haven.notify.models import Delivery, DeliveryState, Event, Notification
from tests.notify.conftest import assert_no_case_content

pytestmark = pytest.mark.django_db


def _send_all(notification: Notification) -> None:
    for delivery_id in dispatch.fan_out(notification.pk):
        dispatch.deliver(delivery_id)


def test_the_team_gets_an_email_with_link_and_priority_only(smtp, team_emails, opened):
    case = opened(team_emails, Priority.HIGH)
    [notification] = Notification.objects.filter(case=case)
    assert notification.event == Event.CASE_OPENED
    _send_all(notification)

    received = {mail.recipients[0]: mail for mail in smtp.received}
    assert set(received) == {"lead@haven.test", "mod-on-case@haven.test"}
    for mail in received.values():
        text = mail.text
        assert f"{settings.HAVEN_PUBLIC_URL}/cases/{case.pk}/" in text
        assert "Priority: high" in text
        assert mail.message["Subject"] == "Haven: New case (high)"
        assert mail.message["From"] == "Haven <haven@haven.test>"
        assert_no_case_content(text, case)
    assert set(Delivery.objects.values_list("state", flat=True)) == {DeliveryState.SENT}


def test_email_to_a_server_that_is_down_is_tried_again(settings, team_emails, opened):
    settings.HAVEN_SMTP_HOST = "127.0.0.1"
    settings.HAVEN_SMTP_PORT = 9  # nothing listens on discard
    settings.HAVEN_SMTP_SECURITY = "none"
    settings.HAVEN_TASK_MAX_ATTEMPTS = 2
    case = opened(team_emails)
    [first, *_] = dispatch.fan_out(Notification.objects.get(case=case).pk)
    with pytest.raises(TryLater):
        dispatch.deliver(first)
    assert Delivery.objects.get(pk=first).state == DeliveryState.PENDING
    assert dispatch.deliver(first) == DeliveryState.FAILED  # the last attempt
    assert Delivery.objects.get(pk=first).error == "smtp"


def test_without_an_smtp_server_email_is_not_attempted(team_emails, opened):
    # A desk without a mail server (the demo, a trial) fills no one's list with failures.
    case = opened(team_emails)
    assert dispatch.fan_out(Notification.objects.get(case=case).pk) == []
    assert not Delivery.objects.exists()
    with pytest.raises(Undeliverable, match="not set up"):
        email.send(team_emails.lead, message_for(Notification.objects.get(case=case)))
