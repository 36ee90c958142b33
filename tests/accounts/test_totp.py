"""AUTH-2 TOTP replay refused, AUTH-3 the ±1 step window, AUTH-4 throttling of wrong codes."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.test import RequestFactory
from django.utils import timezone
from django_otp.plugins.otp_totp.models import TOTPDevice

from haven.accounts import actions
from haven.accounts.actions import Outcome
from haven.accounts.models import RecoveryDevice, Role
from haven.testing.personas import PASSWORD, make_user
from tests.accounts.helpers import (
    LOGOUT,
    VERIFY,
    clear_throttle,
    code_step,
    is_verified,
    new_client,
    password_step,
)

pytestmark = pytest.mark.django_db


def _wrong(token: str) -> str:
    return f"{(int(token) + 1) % 1_000_000:06d}"


def test_auth2_a_used_code_is_refused_the_second_time(personas, totp_clock) -> None:
    user = personas.moderator
    token = totp_clock.token(user)
    client = new_client()
    password_step(client, user.username)
    assert code_step(client, token).status_code == 302
    client.post(LOGOUT)

    # Same code, same 30 seconds, fresh password login: refused, and said why.
    password_step(client, user.username)
    response = code_step(client, token)
    assert response.status_code == 200
    assert not is_verified(client)
    assert "was just used" in response.content.decode()
    assert "Check the time on your phone" not in response.content.decode()
    # And an older code, still inside the ±1 window, is refused too.
    clear_throttle(user)
    assert code_step(client, totp_clock.token(user, offset_steps=-1)).status_code == 200
    assert not is_verified(client)
    # The next step's code is fine.
    clear_throttle(user)
    totp_clock.advance()
    assert code_step(client, totp_clock.token(user)).status_code == 302
    assert is_verified(client)


def test_auth2_a_code_cannot_serve_two_sessions_at_once(personas, totp_clock) -> None:
    user = personas.moderator
    token = totp_clock.token(user)
    first, second = new_client(), new_client("192.0.2.2")
    password_step(first, user.username)
    password_step(second, user.username)
    assert code_step(first, token).status_code == 302
    assert code_step(second, token).status_code == 200
    assert is_verified(first)
    assert not is_verified(second)


@pytest.mark.parametrize(
    ("offset", "accepted"),
    [
        (-3, False),
        (-2, False),
        (-1, True),
        (0, True),
        (1, True),
        (2, False),
        (3, False),
    ],
)
def test_auth3_codes_one_step_off_are_accepted_three_off_refused(
    totp_clock, offset: int, accepted: bool
) -> None:
    user = make_user(f"window{offset + 3}")
    client = new_client()
    password_step(client, user.username)
    response = code_step(client, totp_clock.token(user, offset_steps=offset))
    assert is_verified(client) is accepted
    assert response.status_code == (302 if accepted else 200)


def test_auth4_wrong_codes_slow_down_further_attempts(personas, totp_clock) -> None:
    user = personas.moderator
    client = new_client()
    password_step(client, user.username)
    good = totp_clock.token(user)

    assert code_step(client, _wrong(good)).status_code == 200
    # Immediately after a failure even the right code is not checked.
    response = code_step(client, good)
    assert response.status_code == 429
    assert int(response["Retry-After"]) >= 1
    assert b"Too many wrong codes" in response.content
    assert not is_verified(client)
    device = TOTPDevice.objects.get(user=user)
    assert device.throttling_failure_count == 1
    assert device.last_t == -1, "a throttled attempt must not consume the code"

    # The delay doubles with every further failure: 1, 2, 4, 8 ... seconds.
    for expected_delay in (2, 4, 8):
        clear_throttle(user)
        assert code_step(client, _wrong(good)).status_code == 200
        device.refresh_from_db()
        allowed, info = device.verify_is_allowed()
        assert not allowed
        delay = info["locked_until"] - device.throttling_failure_timestamp
        assert delay == timedelta(seconds=expected_delay)

    # Once the delay has passed the right code works and the count resets.
    clear_throttle(user)
    assert code_step(client, good).status_code == 302
    device.refresh_from_db()
    assert device.throttling_failure_count == 0


def test_auth4_recovery_codes_are_throttled_too(totp_clock) -> None:
    enrolment = actions.create_team_member("throttled", Role.MODERATOR, PASSWORD)
    client = new_client()
    password_step(client, "throttled")
    assert code_step(client, "aaaaa-aaaaa").status_code == 200
    assert code_step(client, enrolment.recovery_codes[0]).status_code == 429
    assert not is_verified(client)
    static = RecoveryDevice.objects.get(user=enrolment.user)
    assert static.codes.count() == 10, "a throttled attempt must not consume a code"
    # A TOTP code is checked against the TOTP device only, which has no failures.
    assert code_step(client, totp_clock.token(enrolment.user)).status_code == 302


def test_auth4_throttled_users_are_told_how_long_to_wait(personas, totp_clock) -> None:
    user = personas.moderator
    device = TOTPDevice.objects.get(user=user)
    device.throttling_failure_count = 6
    device.throttling_failure_timestamp = timezone.now()
    device.save()
    request = RequestFactory().post(VERIFY)
    request.user = user
    request.session = {}  # type: ignore[assignment]
    result = actions.verify_second_factor(request, totp_clock.token(user))
    assert result.outcome is Outcome.THROTTLED
    assert not result
    assert 30 <= (result.retry_after or 0) <= 33


def test_garbage_tokens_count_as_failures(personas) -> None:
    enrolment = actions.create_team_member("garbage", Role.MODERATOR, PASSWORD)
    client = new_client()
    password_step(client, "garbage")
    assert code_step(client, "x" * 500).status_code == 200
    assert RecoveryDevice.objects.get(user=enrolment.user).throttling_failure_count == 1


def test_a_wrong_code_still_asks_to_check_the_phone_clock(personas, totp_clock) -> None:
    user = personas.moderator
    client = new_client()
    password_step(client, user.username)
    response = code_step(client, _wrong(totp_clock.token(user)))
    assert "Check the time on your phone" in response.content.decode()
    assert "was just used" not in response.content.decode()


@pytest.mark.parametrize(("failures", "wait"), [(1, "Wait 1 second,"), (6, "Wait 3")])
def test_the_throttle_delay_reads_in_singular_and_plural(
    personas, totp_clock, failures, wait
) -> None:
    user = personas.moderator
    device = TOTPDevice.objects.get(user=user)
    device.throttling_failure_count = failures
    device.throttling_failure_timestamp = timezone.now()
    device.save()
    client = new_client()
    password_step(client, user.username)
    response = code_step(client, totp_clock.token(user))
    assert response.status_code == 429
    assert wait in response.content.decode()
