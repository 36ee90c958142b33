"""Each member's settings page: choices saved, secrets sealed and never shown, a test button."""

from __future__ import annotations

import pytest
from django.conf import settings

from haven.notify import dispatch, targets
from haven.notify.models import Delivery, DeliveryState, Event, Preference

pytestmark = pytest.mark.django_db

URL = "/notifications/"
FORM = {
    "on_case_opened": "on",
    "on_case_urgent": "on",
    "by_ntfy": "on",
    "quiet_start": "22:00",
    "quiet_end": "07:00",
    "timezone": "Europe/Berlin",
}


def test_a_member_saves_their_own_choices(personas, login, receiver):
    client = login(personas.moderator)
    page = client.get(URL)
    assert page.status_code == 200 and "No topic set." in page.content.decode()
    topic = f"{receiver.url}/zqx-private-topic"
    response = client.post(URL, {**FORM, "ntfy_url": topic, "ntfy_token": "tk_zqx"})
    assert response.status_code == 302

    pref = Preference.objects.get(user=personas.moderator)
    assert (pref.on_case_opened, pref.on_case_urgent, pref.on_action_failed) == (True, True, False)
    assert (pref.by_email, pref.by_ntfy, pref.by_webhook) == (False, True, False)
    assert str(pref.quiet_start) == "22:00:00" and pref.timezone == "Europe/Berlin"
    assert targets.ntfy_of(pref) == targets.Target(topic, "tk_zqx")
    assert b"zqx-private-topic" not in bytes(pref.ntfy_sealed)
    shown = client.get(URL).content.decode()
    assert "zqx-private-topic" not in shown and "tk_zqx" not in shown
    assert "A topic is set." in shown
    assert not Preference.objects.filter(user=personas.outsider).exists()


def test_saving_without_a_new_address_keeps_the_old_and_remove_removes_it(personas, login):
    client = login(personas.moderator)
    client.post(URL, {**FORM, "ntfy_url": "https://ntfy.example/keep"})
    client.post(URL, FORM)
    pref = Preference.objects.get(user=personas.moderator)
    assert targets.ntfy_of(pref) == targets.Target("https://ntfy.example/keep")
    client.post(URL, {**FORM, "remove_ntfy": "on"})
    assert targets.ntfy_of(Preference.objects.get(user=personas.moderator)) is None


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("webhook_url", "http://chat.example/hook"),
        ("ntfy_url", "not an address"),
        ("timezone", "Mars/Olympus"),
        ("quiet_end", ""),
    ],
)
def test_bad_settings_are_refused_and_nothing_is_saved(personas, login, field, value):
    client = login(personas.moderator)
    response = client.post(URL, {**FORM, field: value})
    assert response.status_code == 400
    assert not Preference.objects.filter(user=personas.moderator).exists()


def test_the_test_button_sends_to_each_channel_set_up(personas, login, receiver, smtp):
    personas.moderator.email = "mod@haven.test"
    personas.moderator.save(update_fields=["email"])
    client = login(personas.moderator)
    client.post(URL, {**FORM, "webhook_url": f"{receiver.url}/hook"})
    response = client.post("/notifications/test/")
    assert response.status_code == 302
    deliveries = Delivery.objects.filter(user=personas.moderator, notification__event=Event.TEST)
    assert sorted(deliveries.values_list("channel", flat=True)) == ["email", "webhook"]
    for delivery in deliveries:
        assert dispatch.deliver(delivery.pk) == DeliveryState.SENT
    [hook] = receiver.posts()
    assert hook.json["url"] == f"{settings.HAVEN_PUBLIC_URL}/"
    [mail] = smtp.received
    assert mail.recipients == ["mod@haven.test"] and "Test message" in mail.text
    assert "A test message" in client.get(URL).content.decode()  # listed as recently sent


def test_the_test_button_with_nothing_set_up_says_so(personas, login):
    client = login(personas.moderator)
    response = client.post("/notifications/test/", follow=True)
    assert "Set up at least one way to be told first." in response.content.decode()
    assert not Delivery.objects.exists()


def test_the_page_needs_a_signed_in_member(client):
    response = client.get(URL, secure=True)
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]


def test_a_matrix_room_is_saved_with_its_token_and_sealed(personas, login):
    client = login(personas.moderator)
    room = {"matrix_url": "https://matrix.example", "matrix_room": "!zqx:matrix.example"}
    assert client.post(URL, {**FORM, **room}).status_code == 400  # no token
    response = client.post(URL, {**FORM, **room, "by_matrix": "on", "matrix_token": "syt_zqx"})
    assert response.status_code == 302
    pref = Preference.objects.get(user=personas.moderator)
    assert pref.by_matrix
    assert targets.matrix_of(pref) == targets.Target(
        "https://matrix.example", "syt_zqx", "!zqx:matrix.example"
    )
    assert b"syt_zqx" not in bytes(pref.matrix_sealed)
    shown = client.get(URL).content.decode()
    assert "syt_zqx" not in shown and "!zqx:matrix.example" not in shown
