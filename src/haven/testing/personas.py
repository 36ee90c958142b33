"""The people every access test uses: a lead, a moderator on the case, one not on it."""

from __future__ import annotations

from dataclasses import dataclass

from django_otp.oath import TOTP
from django_otp.plugins.otp_totp.models import TOTPDevice

from haven.accounts.models import Role, User

PASSWORD = "correct horse battery staple 42"  # noqa: S105  (synthetic test persona)


def make_user(username: str, role: str = Role.MODERATOR, *, second_factor: bool = True) -> User:
    user = User.objects.create_user(username=username, password=PASSWORD, role=role)
    if second_factor:
        TOTPDevice.objects.create(user=user, name="authenticator", confirmed=True)
    return user


def current_token(user: User, *, offset_steps: int = 0, at: float | None = None) -> str:
    """The user's TOTP code now (or at the Unix time ``at``), ``offset_steps`` steps away."""
    device = TOTPDevice.objects.get(user=user)
    totp = TOTP(device.bin_key, device.step, device.t0, device.digits, device.drift)
    totp.time = (totp.time if at is None else at) + offset_steps * device.step
    return f"{totp.token():0{device.digits}d}"


@dataclass
class Personas:
    lead: User
    moderator: User
    outsider: User


def make_personas() -> Personas:
    return Personas(
        lead=make_user("lead", Role.LEAD),
        moderator=make_user("mod-on-case"),
        outsider=make_user("mod-elsewhere"),
    )
