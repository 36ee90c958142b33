from __future__ import annotations

from django.conf import settings
from django.contrib.auth.hashers import check_password, make_password
from django.contrib.auth.models import AbstractUser
from django.db import models
from django.utils.translation import gettext_lazy as _
from django_otp.models import Device, ThrottlingMixin, TimestampMixin


class Role(models.TextChoices):
    LEAD = "lead", _("Safety lead")
    MODERATOR = "moderator", _("Safety moderator")


# django-otp has no type information, so the stubs cannot follow RecoveryDevice.user back.
class User(AbstractUser):  # type: ignore[django-manager-missing]
    """A member of the safety team. Every login needs a password and a second factor."""

    role = models.CharField(max_length=16, choices=Role.choices, default=Role.MODERATOR)

    @property
    def is_lead(self) -> bool:
        return self.is_active and self.role == Role.LEAD


class RecoveryDevice(TimestampMixin, ThrottlingMixin, Device):
    """One-time recovery codes, kept only as slow hashes; each works once.

    Unlike django-otp's StaticDevice, whose tokens sit in the database in clear,
    a dump of this table and its codes gives no code that signs anyone in.
    Failures are throttled as for the other devices (growing delay).
    """

    def get_throttle_factor(self) -> int:
        return int(getattr(settings, "OTP_STATIC_THROTTLE_FACTOR", 1))

    def verify_token(self, token: str) -> bool:
        allowed, _ = self.verify_is_allowed()
        if not allowed:
            return False
        match = next((code for code in self.codes.all() if code.matches(token)), None)
        # The delete is the consumption: of two requests with one code, one deletes it.
        if match is None or not RecoveryCode.objects.filter(pk=match.pk).delete()[0]:
            self.throttle_increment()
            return False
        self.throttle_reset(commit=False)
        self.set_last_used_timestamp(commit=False)
        self.save()
        return True


class RecoveryCode(models.Model):
    """A slow hash (the password hasher, its own salt) of one unused recovery code."""

    device = models.ForeignKey(RecoveryDevice, related_name="codes", on_delete=models.CASCADE)
    code_hash = models.CharField(max_length=128)

    def __str__(self) -> str:
        return f"recovery code {self.pk} of device {self.device_id}"

    @classmethod
    def for_code(cls, device: RecoveryDevice, code: str) -> RecoveryCode:
        return cls(device=device, code_hash=make_password(code))

    def matches(self, code: str) -> bool:
        return bool(code) and check_password(code, self.code_hash)
