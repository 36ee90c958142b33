"""Small helpers for the account tests: clients, the two login steps, a frozen TOTP clock."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

from django.http import HttpResponse
from django.test import Client
from django.utils import timezone
from django_otp import DEVICE_ID_SESSION_KEY
from django_otp.plugins.otp_totp.models import TOTPDevice

from haven.accounts.models import RecoveryDevice, User
from haven.testing.personas import PASSWORD, current_token

LOGIN = "/accounts/login/"
VERIFY = "/accounts/verify/"
LOGOUT = "/accounts/logout/"


def new_client(ip: str = "198.51.100.7") -> Client:
    return Client(secure=True, REMOTE_ADDR=ip)


def password_step(
    client: Client, username: str, password: str = PASSWORD, ip: str | None = None
) -> HttpResponse:
    extra = {"REMOTE_ADDR": ip} if ip else {}
    return client.post(LOGIN, {"username": username, "password": password}, **extra)


def code_step(client: Client, token: str) -> HttpResponse:
    return client.post(VERIFY, {"token": token})


def is_signed_in(client: Client) -> bool:
    return "_auth_user_id" in client.session


def is_verified(client: Client) -> bool:
    return is_signed_in(client) and DEVICE_ID_SESSION_KEY in client.session


def clear_throttle(user: User) -> None:
    """As if a long time had passed since the last failed code (the count stays)."""
    long_ago = timezone.now() - timedelta(days=1)
    for model in (TOTPDevice, RecoveryDevice):
        model.objects.filter(user=user, throttling_failure_count__gt=0).update(
            throttling_failure_timestamp=long_ago
        )


@dataclass
class TotpClock:
    """Stands in for the ``time`` module inside django-otp's TOTP device."""

    now: float
    step: int = 30

    def time(self) -> float:
        return self.now

    def advance(self, steps: int = 1) -> None:
        self.now += steps * self.step

    def token(self, user: User, offset_steps: int = 0) -> str:
        return current_token(user, offset_steps=offset_steps, at=self.now)


def sign_in(client: Client, user: User, clock: TotpClock) -> Client:
    assert password_step(client, user.username).status_code == 302
    response = code_step(client, clock.token(user))
    assert response.status_code == 302, "second-factor step failed"
    return client
