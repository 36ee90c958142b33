"""AUTH-7 session hygiene: new key at each login step, idle timeout, absolute lifetime,
sessions ended on a password or second-factor reset, __Host- cookies."""

from __future__ import annotations

import time
from base64 import b32decode
from datetime import timedelta
from importlib import import_module

import pytest
from django.conf import settings
from django.contrib.sessions.models import Session
from django.test import override_settings
from django.utils import timezone
from django_otp.oath import TOTP
from django_otp.plugins.otp_totp.models import TOTPDevice

from haven.accounts import actions
from haven.accounts.middleware import SESSION_LOGIN_AT, SESSION_SEEN_AT
from haven.accounts.sessions import stored_key
from haven.testing.personas import PASSWORD
from tests.accounts.helpers import (
    LOGIN,
    LOGOUT,
    VERIFY,
    code_step,
    is_signed_in,
    is_verified,
    new_client,
    password_step,
    sign_in,
)

pytestmark = pytest.mark.django_db
COOKIE = settings.SESSION_COOKIE_NAME


def _key(client) -> str:
    return client.cookies[COOKIE].value


def _set(client, **values: float) -> None:
    session = client.session
    for name, value in values.items():
        session[name] = value
    session.save()


def test_auth7_session_key_changes_at_each_login_step(personas, totp_clock) -> None:
    client = new_client()
    session = client.session  # an existing (e.g. planted) session id
    session["planted"] = True
    session.save()
    planted = _key(client)

    password_step(client, personas.lead.username)
    after_password = _key(client)
    assert after_password != planted
    assert not Session.objects.filter(session_key=stored_key(planted)).exists()
    assert "planted" not in client.session

    code_step(client, totp_clock.token(personas.lead))
    after_code = _key(client)
    assert after_code not in {planted, after_password}
    assert not Session.objects.filter(session_key=stored_key(after_password)).exists()
    assert Session.objects.filter(session_key=stored_key(after_code)).exists()
    assert is_verified(client)


def test_auth7_a_new_password_login_drops_an_earlier_second_factor(personas, totp_clock) -> None:
    client = sign_in(new_client(), personas.lead, totp_clock)
    password_step(client, personas.lead.username)
    assert is_signed_in(client)
    assert not is_verified(client)
    assert client.get("/").url == VERIFY


def test_auth7_idle_session_ends(personas, totp_clock) -> None:
    client = sign_in(new_client(), personas.lead, totp_clock)
    _set(client, **{SESSION_SEEN_AT: time.time() - settings.HAVEN_SESSION_IDLE_SECONDS - 5})
    response = client.get("/")
    assert response.status_code == 302
    assert response.url == f"{LOGIN}?expired=1"
    assert not is_signed_in(client)
    assert client.get("/").url == LOGIN
    assert b"Your session ended" in client.get(response.url).content


def test_auth7_activity_keeps_a_session_alive(personas, totp_clock) -> None:
    client = sign_in(new_client(), personas.lead, totp_clock)
    _set(client, **{SESSION_SEEN_AT: time.time() - settings.HAVEN_SESSION_IDLE_SECONDS + 60})
    client.get("/healthz")
    assert is_verified(client)
    assert client.session[SESSION_SEEN_AT] > time.time() - 60


@override_settings(HAVEN_SESSION_IDLE_SECONDS=60)
def test_auth7_idle_timeout_follows_the_setting(personas, totp_clock) -> None:
    client = sign_in(new_client(), personas.lead, totp_clock)
    _set(client, **{SESSION_SEEN_AT: time.time() - 61})
    assert client.get("/").url == f"{LOGIN}?expired=1"


def test_auth7_session_ends_after_its_absolute_lifetime_even_when_active(
    personas, totp_clock
) -> None:
    client = sign_in(new_client(), personas.lead, totp_clock)
    now = time.time()
    _set(
        client,
        **{
            SESSION_LOGIN_AT: now - settings.HAVEN_SESSION_MAX_SECONDS - 5,
            SESSION_SEEN_AT: now,
        },
    )
    assert client.get("/").url == f"{LOGIN}?expired=1"
    assert not is_signed_in(client)


def test_auth7_limits_stay_within_the_threat_model() -> None:
    assert 0 < settings.HAVEN_SESSION_IDLE_SECONDS <= 30 * 60
    assert 0 < settings.HAVEN_SESSION_MAX_SECONDS <= 12 * 3600
    assert settings.SESSION_COOKIE_AGE <= 12 * 3600


def test_auth7_password_login_alone_also_times_out(personas) -> None:
    client = new_client()
    password_step(client, personas.lead.username)
    _set(client, **{SESSION_SEEN_AT: time.time() - settings.HAVEN_SESSION_IDLE_SECONDS - 5})
    assert client.get(VERIFY).url == f"{LOGIN}?expired=1"
    assert not is_signed_in(client)


def test_auth7_second_factor_reset_ends_every_session_of_that_user(personas, totp_clock) -> None:
    lead, moderator = personas.lead, personas.moderator
    first = sign_in(new_client(), lead, totp_clock)
    totp_clock.advance()  # a fresh code for the second session
    second = sign_in(new_client("192.0.2.8"), lead, totp_clock)
    half = new_client("192.0.2.9")
    password_step(half, lead.username)
    bystander = sign_in(new_client(), moderator, totp_clock)
    old_token_later = totp_clock.token(lead, offset_steps=1)

    enrolment = actions.reset_second_factor(lead)

    for client in (first, second, half):
        assert client.get("/").url == LOGIN
        assert not is_signed_in(client)
    assert is_verified(bystander)
    assert bystander.get("/healthz").status_code == 200
    assert is_verified(bystander)

    # The old authenticator no longer works; the new one does.
    client = new_client()
    password_step(client, lead.username)
    assert code_step(client, old_token_later).status_code == 200
    TOTPDevice.objects.filter(user=lead).update(throttling_failure_timestamp=None)
    new = TOTP(b32decode(enrolment.secret_base32))
    new.time = totp_clock.now
    assert code_step(client, f"{new.token():06d}").status_code == 302
    assert is_verified(client)
    assert TOTPDevice.objects.filter(user=lead).count() == 1


def test_auth7_password_change_ends_other_sessions(personas, totp_clock) -> None:
    client = sign_in(new_client(), personas.lead, totp_clock)
    personas.lead.set_password(PASSWORD + " changed")
    personas.lead.save()
    assert client.get("/").url == LOGIN
    assert not is_signed_in(client)


def test_auth7_session_cookie_is_host_prefixed_secure_and_httponly(personas) -> None:
    client = new_client()
    response = password_step(client, personas.lead.username)
    cookie = response.cookies[COOKIE]
    assert COOKIE.startswith("__Host-")
    assert cookie["secure"]
    assert cookie["httponly"]
    assert cookie["samesite"] == "Lax"
    assert cookie["path"] == "/"
    assert not cookie["domain"]


def test_auth7_the_database_holds_a_keyed_hash_of_the_session_key_not_the_key(
    personas, totp_clock
) -> None:
    client = sign_in(new_client(), personas.lead, totp_clock)
    key = _key(client)
    rows = list(Session.objects.values_list("session_key", flat=True))
    assert rows == [stored_key(key)]
    assert key not in rows
    assert len(rows[0]) == 40
    # Keyed: the same key under another SECRET_KEY gives another stored value.
    with override_settings(SECRET_KEY="another secret key " * 3):
        assert stored_key(key) != rows[0]


def test_auth7_logout_deletes_the_hashed_row(personas, totp_clock) -> None:
    client = sign_in(new_client(), personas.lead, totp_clock)
    key = _key(client)
    assert Session.objects.filter(session_key=stored_key(key)).exists()
    client.post(LOGOUT)
    assert not Session.objects.exists()
    assert not is_signed_in(client)


def test_auth7_the_upgrade_ends_sessions_stored_in_clear() -> None:
    from django.apps import apps

    migration = import_module("haven.accounts.migrations.0002_end_clear_text_sessions")
    Session.objects.create(
        session_key="k" * 32, session_data="{}", expire_date=timezone.now() + timedelta(hours=1)
    )
    migration.delete_every_session(apps, None)
    assert not Session.objects.exists()


def test_auth7_the_async_session_methods_store_only_the_hash_too() -> None:
    from asgiref.sync import async_to_sync

    from haven.accounts.sessions import SessionStore

    store = SessionStore()
    store["x"] = 1
    async_to_sync(store.asave)()
    key = store.session_key
    assert key is not None
    assert list(Session.objects.values_list("session_key", flat=True)) == [stored_key(key)]
    assert async_to_sync(store.aexists)(key)
    assert not async_to_sync(store.aexists)(stored_key(key)), "the stored value is no key"
    assert async_to_sync(SessionStore(key).aload)() == {"x": 1}
    assert async_to_sync(SessionStore(stored_key(key)).aload)() == {}
    async_to_sync(store.adelete)()
    assert not Session.objects.exists()
