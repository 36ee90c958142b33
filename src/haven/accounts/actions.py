"""The verbs of the safety team's accounts: sign in, second factor, enrol, reset.

Views and commands stay thin and call these. Logs carry user ids only: never a
user name, a token, a TOTP secret, an ``otpauth://`` address or a recovery code.
"""

from __future__ import annotations

import logging
import re
import secrets
import time
from base64 import b32encode
from dataclasses import dataclass, field
from enum import StrEnum

from django.conf import settings
from django.contrib.auth import login, logout
from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError
from django.db import transaction
from django.http import HttpRequest
from django.utils import timezone
from django_otp import devices_for_user, user_has_device
from django_otp import login as otp_login
from django_otp.oath import TOTP
from django_otp.plugins.otp_totp import models as totp_models
from django_otp.plugins.otp_totp.models import TOTPDevice

from haven.accounts import seeds
from haven.accounts.middleware import SESSION_LOGIN_AT, SESSION_SEEN_AT
from haven.accounts.models import RecoveryCode, RecoveryDevice, Role, User
from haven.accounts.sessions import end_sessions_of
from haven.core.errors import Conflict, InvalidInput

logger = logging.getLogger(__name__)

RECOVERY_CODE_COUNT = 10
# 10 base32 characters = 50 bits each; shown as two groups of five.
RECOVERY_CODE_LENGTH = 10
_BASE32 = "abcdefghijklmnopqrstuvwxyz234567"
_TOTP_SHAPE = re.compile(r"\d{6}|\d{8}")
_RECOVERY_SHAPE = re.compile(r"[a-z0-9]{1,16}")
MAX_TOKEN_LENGTH = 64


# --- signing in --------------------------------------------------------------


def begin_session(request: HttpRequest, user: User) -> None:
    """First step passed: a fresh session (new key), not yet verified."""
    # Start from nothing, so a second factor verified earlier in this browser
    # never carries over to a new password login.
    request.session.flush()
    login(request, user)  # rotates the session key again
    now = time.time()
    request.session[SESSION_LOGIN_AT] = now
    request.session[SESSION_SEEN_AT] = now
    logger.info("password accepted user=%s", user.pk)


def end_session(request: HttpRequest) -> None:
    user_id = request.user.pk if request.user.is_authenticated else None
    logout(request)
    if user_id is not None:
        logger.info("signed out user=%s", user_id)


class Outcome(StrEnum):
    VERIFIED = "verified"
    INVALID = "invalid"
    THROTTLED = "throttled"
    NO_DEVICE = "no_device"
    REUSED = "reused"  # a right code whose 30 seconds were already used to sign in


@dataclass(frozen=True)
class Verification:
    """The result of a second-factor attempt; true only when verified."""

    outcome: Outcome
    used_recovery_code: bool = False
    recovery_codes_left: int | None = None
    retry_after: int | None = None

    def __bool__(self) -> bool:
        return self.outcome is Outcome.VERIFIED


def has_second_factor(user: User) -> bool:
    return bool(user_has_device(user, confirmed=True))


def normalise_token(token: str) -> str:
    """Drop spaces and dashes and fold case: '123 456' and 'ABCDE-FGHIJ' both work."""
    return re.sub(r"[\s-]+", "", token[:MAX_TOKEN_LENGTH]).lower()


def verify_second_factor(request: HttpRequest, token: str) -> Verification:
    """Check a TOTP code or a one-time recovery code for ``request.user``.

    TOTP: ±``tolerance`` steps, the last used step and any earlier one refused
    (django-otp's ``last_t``); a device whose seed was not sealed, or does not
    open, is never asked. Recovery codes: checked against their slow hashes and
    consumed on use. Both kinds: growing delay after failures
    (django-otp's ThrottlingMixin); a throttled device is not even asked.
    On success the device is bound to the session and the session key rotates.
    """
    user = request.user
    if not user.is_authenticated:
        return Verification(Outcome.INVALID)
    assert isinstance(user, User)
    value = normalise_token(token)
    if _TOTP_SHAPE.fullmatch(value):
        kind: type[TOTPDevice] | type[RecoveryDevice] = TOTPDevice
    elif _RECOVERY_SHAPE.fullmatch(value):
        kind = RecoveryDevice
    else:
        kind = RecoveryDevice
        value = ""

    matched = None
    throttled_until = None
    reused = False
    with transaction.atomic():
        # select_for_update: two concurrent requests cannot both use one code.
        devices = list(devices_for_user(user, confirmed=True, for_verify=True))
        if not devices:
            logger.warning("second factor refused: no device user=%s", user.pk)
            return Verification(Outcome.NO_DEVICE)
        for device in devices:
            if not isinstance(device, kind) or not _usable(device):
                continue
            allowed, info = device.verify_is_allowed()
            if not allowed:
                until = (info or {}).get("locked_until")
                if until is not None and (throttled_until is None or until > throttled_until):
                    throttled_until = until
                continue
            if value and device.verify_token(value):
                matched = device
                break
            if value and isinstance(device, TOTPDevice) and _already_used(device, value):
                reused = True
            if not value:
                device.throttle_increment()

    if matched is None:
        if throttled_until is not None:
            wait = max(1, int((throttled_until - timezone.now()).total_seconds()) + 1)
            logger.warning("second factor throttled user=%s", user.pk)
            return Verification(Outcome.THROTTLED, retry_after=wait)
        logger.warning("second factor failed user=%s reused=%s", user.pk, reused)
        return Verification(Outcome.REUSED if reused else Outcome.INVALID)

    otp_login(request, matched)
    # Privilege changed from "password only" to "fully signed in": new key.
    request.session.cycle_key()
    if isinstance(matched, RecoveryDevice):
        left = matched.codes.count()
        logger.info("second factor verified user=%s method=recovery left=%s", user.pk, left)
        return Verification(Outcome.VERIFIED, used_recovery_code=True, recovery_codes_left=left)
    logger.info("second factor verified user=%s method=totp", user.pk)
    return Verification(Outcome.VERIFIED)


def _already_used(device: TOTPDevice, value: str) -> bool:
    """Is ``value`` right for a step inside the window that was already used?

    Only to tell the person to wait for the next code instead of checking their
    phone's clock; the code stays refused either way. The clock is the one
    django-otp itself reads.
    """
    totp = TOTP(device.bin_key, device.step, device.t0, device.digits, device.drift)
    totp.time = totp_models.time.time()
    return bool(totp.verify(int(value), device.tolerance))


def _usable(device: object) -> bool:
    if isinstance(device, TOTPDevice) and not seeds.is_usable(device):
        logger.error("second factor skipped: seed not sealed or not opening device=%s", device.pk)
        return False
    return True


# --- enrolment ---------------------------------------------------------------


@dataclass(frozen=True)
class Enrolment:
    """What a new (or reset) team member needs once. Secrets stay out of repr()."""

    user: User
    otpauth_uri: str = field(repr=False)
    secret_base32: str = field(repr=False)
    recovery_codes: list[str] = field(repr=False)


def generate_password() -> str:
    """A strong random password (about 143 bits) for --generate-password."""
    return secrets.token_urlsafe(18)


def new_recovery_code() -> str:
    return "".join(secrets.choice(_BASE32) for _ in range(RECOVERY_CODE_LENGTH))


def format_recovery_code(code: str) -> str:
    half = len(code) // 2
    return f"{code[:half]}-{code[half:]}"


def _validation_message(error: ValidationError) -> str:
    return " ".join(str(message) for message in error.messages)


def create_team_member(username: str, role: str, password: str) -> Enrolment:
    """Create a safety-team member with a password, a TOTP device and recovery codes.

    Raises InvalidInput for a bad name, role or password (Django's password
    validators apply), Conflict when the name is taken.
    """
    if role not in Role.values:
        raise InvalidInput(f"The role must be one of: {', '.join(Role.values)}.")
    user = User(username=username, role=role)
    try:
        validate_password(password, user=user)
    except ValidationError as error:
        raise InvalidInput(_validation_message(error), code="weak_password") from error
    with transaction.atomic():
        if User.objects.filter(username=username).exists():
            raise Conflict("A team member with that user name already exists.", code="user_exists")
        user.set_password(password)
        try:
            user.full_clean(exclude=["password"])
        except ValidationError as error:
            raise InvalidInput(_validation_message(error), code="invalid_user") from error
        user.save()
        enrolment = _issue_second_factor(user)
    logger.info("team member created user=%s role=%s", user.pk, role)
    return enrolment


def _issue_second_factor(user: User) -> Enrolment:
    device = TOTPDevice.objects.create(
        user=user,
        name="authenticator",
        confirmed=True,
        tolerance=getattr(settings, "OTP_TOTP_TOLERANCE", 1),
    )
    recovery = RecoveryDevice.objects.create(user=user, name="recovery codes", confirmed=True)
    codes = [new_recovery_code() for _ in range(RECOVERY_CODE_COUNT)]
    RecoveryCode.objects.bulk_create(RecoveryCode.for_code(recovery, code) for code in codes)
    return Enrolment(
        user=user,
        otpauth_uri=device.config_url,
        secret_base32=b32encode(device.bin_key).decode("ascii"),
        recovery_codes=[format_recovery_code(code) for code in codes],
    )


def reset_second_factor(user: User) -> Enrolment:
    """Replace the user's TOTP device and recovery codes and end all their sessions."""
    with transaction.atomic():
        for device in list(devices_for_user(user, confirmed=None)):
            device.delete()
        enrolment = _issue_second_factor(user)
        ended = end_all_sessions(user)
    logger.info("second factor reset user=%s sessions_ended=%s", user.pk, ended)
    return enrolment


def end_all_sessions(user: User) -> int:
    """Delete every stored session signed in as ``user``; returns how many."""
    return end_sessions_of(user.pk)


def deactivate_team_member(user: User) -> int:
    """Someone leaves the safety team: no more sign-ins, sessions ended, cases kept.

    Their name stays on the timelines they wrote; they lose every case at once,
    because ``cases_visible_to`` shows nothing to an inactive account.
    """
    with transaction.atomic():
        user.is_active = False
        user.save(update_fields=["is_active"])
    ended = end_all_sessions(user)
    logger.info("team member deactivated user=%s sessions_ended=%s", user.pk, ended)
    return ended
