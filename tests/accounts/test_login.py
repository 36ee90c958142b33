"""The two login steps: password (axes), then TOTP or a recovery code.

Ids from THREATS.md's catalogue: AUTH-5 per-account lockout, AUTH-9 no user
enumeration. TOTP replay, window and throttling are in test_totp.py.
"""

from __future__ import annotations

import logging
import re
from datetime import timedelta

import pytest
from axes.models import AccessAttempt
from django.contrib.auth.hashers import make_password
from django.utils import timezone
from django_otp.plugins.otp_totp.models import TOTPDevice

from haven.accounts import actions
from haven.accounts.models import RecoveryDevice, Role, User
from haven.testing.personas import PASSWORD, make_user
from tests.accounts.helpers import (
    LOGIN,
    LOGOUT,
    VERIFY,
    clear_throttle,
    code_step,
    is_signed_in,
    is_verified,
    new_client,
    password_step,
)

pytestmark = pytest.mark.django_db

_CSRF = re.compile(rb'name="csrfmiddlewaretoken" value="[^"]+"')


def _page(response, username: str) -> bytes:
    return _CSRF.sub(b"", response.content).replace(username.encode(), b"NAME")


def test_login_in_two_steps(personas, totp_clock) -> None:
    client = new_client()
    response = password_step(client, personas.lead.username)
    assert response.status_code == 302
    assert response.url == VERIFY
    assert is_signed_in(client)
    assert not is_verified(client)
    response = code_step(client, totp_clock.token(personas.lead))
    assert response.status_code == 302
    assert response.url == "/"
    assert is_verified(client)
    # Signed in already: the login and verify pages send you on.
    assert client.get(LOGIN).url == "/"
    assert client.get(VERIFY).url == "/"


def test_code_with_spaces_is_accepted(personas, totp_clock) -> None:
    client = new_client()
    password_step(client, personas.lead.username)
    token = totp_clock.token(personas.lead)
    assert code_step(client, f" {token[:3]} {token[3:]} ").status_code == 302
    assert is_verified(client)


def test_wrong_code_keeps_you_at_the_second_step(personas, totp_clock) -> None:
    client = new_client()
    password_step(client, personas.lead.username)
    wrong = f"{(int(totp_clock.token(personas.lead)) + 1) % 1_000_000:06d}"
    response = code_step(client, wrong)
    assert response.status_code == 200
    assert b"That code is not valid" in response.content
    assert not is_verified(client)
    assert client.get("/").url == VERIFY


def test_logout_ends_the_session(personas, login) -> None:
    client = login(personas.lead)
    assert client.post(LOGOUT).url == LOGIN
    assert not is_signed_in(client)
    assert client.get("/").url == LOGIN
    assert client.get(LOGOUT).status_code == 405


def test_user_without_a_confirmed_device_cannot_pass_the_second_step(totp_clock) -> None:
    user = make_user("no-device", second_factor=False)
    TOTPDevice.objects.create(user=user, name="unconfirmed", confirmed=False)
    client = new_client()
    assert password_step(client, user.username).url == VERIFY
    response = client.get(VERIFY)
    assert response.status_code == 403
    assert b"Ask a safety lead" in response.content
    assert b'name="token"' not in response.content
    # Not even the unconfirmed device's current code gets through.
    response = code_step(client, totp_clock.token(user))
    assert response.status_code == 403
    assert not is_verified(client)
    assert client.get("/").url == VERIFY


def test_recovery_code_works_once_and_only_once() -> None:
    enrolment = actions.create_team_member("rescued", Role.MODERATOR, PASSWORD)
    code = enrolment.recovery_codes[0]
    client = new_client()
    password_step(client, "rescued")
    response = code_step(client, code.upper())  # case and the dash do not matter
    assert response.status_code == 302
    assert is_verified(client)
    response = client.get(response.url)
    assert b"9 codes are left" in response.content
    assert RecoveryDevice.objects.get(user=enrolment.user).codes.count() == 9

    client.post(LOGOUT)
    password_step(client, "rescued")
    response = code_step(client, code)
    assert response.status_code == 200
    assert not is_verified(client)
    # Another code still works (after the failure's delay).
    clear_throttle(enrolment.user)
    assert code_step(client, enrolment.recovery_codes[1].replace("-", " ")).status_code == 302
    assert is_verified(client)


def test_a_recovery_code_of_another_user_does_not_work(personas) -> None:
    enrolment = actions.create_team_member("someone", Role.MODERATOR, PASSWORD)
    other = actions.create_team_member("other-one", Role.MODERATOR, PASSWORD)
    client = new_client()
    password_step(client, enrolment.user.username)
    assert code_step(client, other.recovery_codes[0]).status_code == 200
    assert not is_verified(client)


def test_auth9_unknown_user_and_wrong_password_get_the_same_answer(personas) -> None:
    inactive = make_user("gone-away")
    inactive.is_active = False
    inactive.save()
    answers = {
        name: password_step(new_client(), name, password)
        for name, password in [
            ("lead", "wrong password entirely"),
            ("nobody-by-this-name", "wrong password entirely"),
            ("nobody-by-this-name", PASSWORD),
            ("gone-away", PASSWORD),
        ]
    }
    statuses = {response.status_code for response in answers.values()}
    assert statuses == {200}
    errors = {tuple(response.context["form"].non_field_errors()) for response in answers.values()}
    assert len(errors) == 1
    (message,) = next(iter(errors))
    assert "correct" in message
    pages = {_page(response, name) for name, response in answers.items()}
    assert len(pages) == 1, "the pages differ beyond the echoed user name"


def test_auth9_unknown_user_is_locked_out_like_a_real_one(personas) -> None:
    for name in ("lead", "nobody-by-this-name"):
        statuses = [
            password_step(new_client(), name, "wrong", ip=f"203.0.113.{i}").status_code
            for i in range(1, 6)
        ]
        assert statuses == [200, 200, 200, 200, 429], name


def test_auth5_lockout_follows_the_account_across_addresses(personas) -> None:
    lead = personas.lead
    statuses = [
        password_step(
            new_client(), lead.username, "not the password", ip=f"203.0.113.{i}"
        ).status_code
        for i in range(1, 6)
    ]
    assert statuses == [200, 200, 200, 200, 429]
    client = new_client("192.0.2.99")
    response = password_step(client, lead.username, PASSWORD)
    assert response.status_code == 429
    assert b"Too many attempts" in response.content
    assert int(response["Retry-After"]) > 0
    assert not is_signed_in(client)
    # Other accounts are not affected from another address.
    assert password_step(new_client("192.0.2.50"), personas.moderator.username).status_code == 302


def test_auth5_lockout_by_address_too(personas) -> None:
    for i in range(5):
        password_step(new_client("203.0.113.9"), f"guess-{i}", "wrong")
    response = password_step(new_client("203.0.113.9"), personas.lead.username, PASSWORD)
    assert response.status_code == 429


def test_auth5_lockout_ends_after_the_cool_off(personas) -> None:
    for i in range(5):
        password_step(new_client(f"203.0.113.{i}"), personas.lead.username, "wrong")
    assert password_step(new_client(), personas.lead.username).status_code == 429
    AccessAttempt.objects.update(attempt_time=timezone.now() - timedelta(hours=1))
    assert password_step(new_client(), personas.lead.username).status_code == 302


def test_success_resets_the_failure_count(personas) -> None:
    for _ in range(4):
        password_step(new_client(), personas.lead.username, "wrong")
    assert password_step(new_client(), personas.lead.username).status_code == 302
    for _ in range(4):
        assert password_step(new_client(), personas.lead.username, "wrong").status_code == 200


def test_logs_carry_ids_not_names_or_secrets(caplog, totp_clock) -> None:
    caplog.set_level(logging.DEBUG)
    name = "canary-name-4821"
    enrolment = actions.create_team_member(name, Role.LEAD, PASSWORD)
    user = enrolment.user
    for i in range(3):
        password_step(new_client(), name, f"canary-password-{i}")
    client = new_client()
    password_step(client, name)
    code_step(client, "000000")
    clear_throttle(user)
    code_step(client, totp_clock.token(user))
    client.post(LOGOUT)
    password_step(client, name)
    clear_throttle(user)
    code_step(client, enrolment.recovery_codes[0])
    for i in range(5):
        password_step(new_client(), name, f"canary-password-{i}", ip=f"203.0.113.{i}")
    actions.reset_second_factor(user)

    text = "\n".join(
        f"{record.name} {record.getMessage()} {record.args!r}" for record in caplog.records
    )
    assert f"user={user.pk}" in text
    forbidden = [
        name,
        "canary-password",
        PASSWORD,
        "otpauth",
        enrolment.secret_base32,
        *(code.replace("-", "") for code in enrolment.recovery_codes),
        *enrolment.recovery_codes,
    ]
    for secret in forbidden:
        assert secret not in text, secret


def test_enrolment_repr_hides_its_secrets() -> None:
    enrolment = actions.create_team_member("repr-check", Role.MODERATOR, PASSWORD)
    text = repr(enrolment)
    assert enrolment.secret_base32 not in text
    assert "otpauth" not in text
    assert enrolment.recovery_codes[0] not in text


def test_created_password_uses_the_configured_hasher() -> None:
    enrolment = actions.create_team_member("hashed", Role.MODERATOR, PASSWORD)
    user = User.objects.get(pk=enrolment.user.pk)
    assert user.password.startswith("argon2")
    assert user.check_password(PASSWORD)
    assert make_password(PASSWORD) != user.password  # salted
