"""ntfy and the JSON webhook against a real HTTP server on loopback."""

from __future__ import annotations

import pytest
from django.conf import settings

from haven.cases.models import Priority
from haven.core.errors import InvalidInput
from haven.notify import dispatch, targets
from haven.notify.channels import TryLater, Undeliverable, http
from haven.notify.models import Delivery, DeliveryState, Notification
from tests.notify.conftest import assert_no_case_content, set_prefs
from tests.notify.receivers import MATRIX_SEND, MATRIX_TOKEN, HookReceiver

pytestmark = pytest.mark.django_db


def _deliveries(case) -> list[int]:
    """The moderator's deliveries (the lead's e-mail goes nowhere: no SMTP server here)."""
    ready = dispatch.fan_out(Notification.objects.get(case=case).pk)
    return [pk for pk in ready if Delivery.objects.get(pk=pk).channel != "email"]


def test_ntfy_gets_title_priority_and_click_headers_only(receiver, personas, opened):
    set_prefs(personas.moderator, by_email=False, by_ntfy=True, ntfy=f"{receiver.url}/zqx-topic")
    case = opened(personas, Priority.CRITICAL)
    for delivery_id in _deliveries(case):
        dispatch.deliver(delivery_id)

    [sent] = receiver.posts()
    link = f"{settings.HAVEN_PUBLIC_URL}/cases/{case.pk}/"
    assert sent.path == "/zqx-topic"
    assert sent.headers["title"] == "Haven: New case (critical)"
    assert sent.headers["priority"] == "5"
    assert sent.headers["click"] == link
    assert "authorization" not in sent.headers
    assert sent.body.decode() == f"New case. Priority: critical.\n{link}"
    assert_no_case_content(str(sent.headers) + sent.body.decode(), case)


def test_ntfy_token_is_sent_as_bearer(receiver, personas, opened):
    pref = set_prefs(personas.moderator, by_email=False, by_ntfy=True)
    targets.set_ntfy(pref, targets.Target(f"{receiver.url}/t", token="tk_synthetic"))
    pref.save()
    case = opened(personas)
    for delivery_id in _deliveries(case):
        dispatch.deliver(delivery_id)
    [sent] = receiver.posts()
    assert sent.headers["authorization"] == "Bearer tk_synthetic"


def test_json_webhook_carries_event_priority_and_link(receiver, personas, opened):
    set_prefs(personas.moderator, by_email=False, by_webhook=True, webhook=f"{receiver.url}/hook")
    case = opened(personas, Priority.HIGH)
    for delivery_id in _deliveries(case):
        dispatch.deliver(delivery_id)
    [sent] = receiver.posts()
    link = f"{settings.HAVEN_PUBLIC_URL}/cases/{case.pk}/"
    assert sent.json == {
        "event": "case_opened",
        "priority": "high",
        "url": link,
        "text": f"Haven: New case (high): {link}",
    }
    assert_no_case_content(sent.body.decode(), case)


def test_a_500_is_tried_again_and_then_sent(receiver, personas, opened):
    set_prefs(personas.moderator, by_email=False, by_webhook=True, webhook=f"{receiver.url}/hook")
    case = opened(personas)
    [delivery_id] = _deliveries(case)
    receiver.fail_next(1, status=500)
    with pytest.raises(TryLater):
        dispatch.deliver(delivery_id)
    assert Delivery.objects.get(pk=delivery_id).error == "http_500"
    assert dispatch.deliver(delivery_id) == DeliveryState.SENT
    assert len(receiver.posts()) == 2
    assert dispatch.deliver(delivery_id) == DeliveryState.SENT  # done: nothing sent again
    assert len(receiver.posts()) == 2


def test_a_timeout_is_tried_again(receiver, personas, opened, monkeypatch):
    monkeypatch.setattr(http, "TIMEOUT_SECONDS", 0.3)
    set_prefs(personas.moderator, by_email=False, by_ntfy=True, ntfy=f"{receiver.url}/t")
    case = opened(personas)
    [delivery_id] = _deliveries(case)
    receiver.slow_next(1, seconds=1.0)
    with pytest.raises(TryLater):
        dispatch.deliver(delivery_id)
    assert Delivery.objects.get(pk=delivery_id).error == "timeout"
    assert dispatch.deliver(delivery_id) == DeliveryState.SENT


def test_a_refusal_is_final(receiver, personas, opened):
    set_prefs(personas.moderator, by_email=False, by_webhook=True, webhook=f"{receiver.url}/x")
    case = opened(personas)
    [delivery_id] = _deliveries(case)
    receiver.fail_next(1, status=403)
    assert dispatch.deliver(delivery_id) == DeliveryState.FAILED
    assert Delivery.objects.get(pk=delivery_id).error == "http_403"


def test_a_redirect_to_another_host_is_not_followed(personas, opened):
    with HookReceiver() as elsewhere, HookReceiver(redirect_to="") as first:
        first.redirect_to = f"{elsewhere.url}/stolen"
        set_prefs(personas.moderator, by_email=False, by_webhook=True, webhook=f"{first.url}/moved")
        case = opened(personas)
        [delivery_id] = _deliveries(case)
        assert dispatch.deliver(delivery_id) == DeliveryState.FAILED
        assert Delivery.objects.get(pk=delivery_id).error == "redirect"
        assert elsewhere.requests == []


@pytest.mark.parametrize(
    "url",
    [
        "http://ntfy.example/topic",
        "ftp://ntfy.example/topic",
        "https://user:pw@ntfy.example/topic",
        "ntfy.example/topic",
        "http://10.0.0.5/hook",
    ],
)
def test_only_https_or_loopback_addresses(url):
    with pytest.raises(InvalidInput):
        targets.check_url(url)


@pytest.mark.parametrize(
    "url", ["https://ntfy.example/t", "http://127.0.0.1:8080/t", "http://[::1]/t"]
)
def test_https_and_loopback_are_taken(url):
    assert targets.check_url(url) == url


def test_topics_are_sealed_at_rest(personas):
    set_prefs(personas.moderator, ntfy="https://ntfy.example/zqx-secret-topic")
    from haven.notify.models import Preference

    raw = bytes(Preference.objects.get(user=personas.moderator).ntfy_sealed)
    assert b"zqx-secret-topic" not in raw
    pref = Preference.objects.get(user=personas.moderator)
    assert targets.ntfy_of(pref) == targets.Target("https://ntfy.example/zqx-secret-topic")


def test_matrix_gets_the_title_and_link_once_even_when_retried(receiver, personas, opened):
    pref = set_prefs(personas.moderator, by_email=False, by_matrix=True)
    targets.set_matrix(pref, targets.Target(receiver.url, MATRIX_TOKEN, "!zqxroom:haven.test"))
    pref.save()
    case = opened(personas, Priority.HIGH)
    [delivery_id] = _deliveries(case)
    receiver.fail_next(1, status=502)
    with pytest.raises(TryLater):
        dispatch.deliver(delivery_id)
    assert dispatch.deliver(delivery_id) == DeliveryState.SENT

    sent = receiver.requests_to("PUT", MATRIX_SEND)
    assert len(sent) == 2 and sent[0].path == sent[1].path  # the same transaction id
    assert sent[1].headers["authorization"] == f"Bearer {MATRIX_TOKEN}"
    link = f"{settings.HAVEN_PUBLIC_URL}/cases/{case.pk}/"
    [(room, _txn)] = receiver.matrix_events
    assert room == "!zqxroom:haven.test"
    body = receiver.matrix_events[room, _txn]
    assert body == {"msgtype": "m.text", "body": f"Haven: New case (high)\n{link}"}
    assert_no_case_content(sent[1].body.decode(), case)


def test_a_refused_matrix_token_is_final(receiver, personas, opened):
    pref = set_prefs(personas.moderator, by_email=False, by_matrix=True)
    targets.set_matrix(pref, targets.Target(receiver.url, "wrong", "!zqxroom:haven.test"))
    pref.save()
    case = opened(personas)
    [delivery_id] = _deliveries(case)
    assert dispatch.deliver(delivery_id) == DeliveryState.FAILED
    assert Delivery.objects.get(pk=delivery_id).error == "http_401"


@pytest.mark.parametrize("room", ["#alias:matrix.org", "!:matrix.org", "!noserver", ""])
def test_matrix_rooms_are_given_by_id(room):
    with pytest.raises(InvalidInput):
        targets.check_room(room)


@pytest.mark.parametrize(
    "url", ["https://10.0.0.5/hook", "https://169.254.169.254/latest", "https://[fd00::1]/t"]
)
def test_private_and_link_local_addresses_are_refused_when_set(url):
    with pytest.raises(InvalidInput) as refused:
        targets.check_url(url)
    assert refused.value.code == "inward_address"


def test_an_operator_can_allow_a_relay_on_the_private_network(settings):
    settings.HAVEN_NOTIFY_PRIVATE_HOSTS = ["10.0.0.5"]
    assert targets.check_url("https://10.0.0.5/hook") == "https://10.0.0.5/hook"


@pytest.mark.parametrize("resolved", ["10.0.0.5", "169.254.169.254", "127.0.0.1"])
def test_a_name_that_resolves_inward_is_not_sent_to(receiver, monkeypatch, resolved):
    """DNS under an attacker's control answers with an inward address: nothing is sent."""
    import socket

    def resolve(host, port, *args, **kwargs):
        return [(socket.AF_INET, socket.SOCK_STREAM, 6, "", (resolved, port))]

    monkeypatch.setattr("haven.core.outbound.socket.getaddrinfo", resolve)
    with pytest.raises(Undeliverable) as refused:
        http.post("https://hooks.example/t", headers={}, json={"event": "x"})
    assert refused.value.code == "inward_address"
    assert receiver.posts() == []
