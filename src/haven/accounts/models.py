from __future__ import annotations

from django.contrib.auth.models import AbstractUser
from django.db import models
from django.utils.translation import gettext_lazy as _


class Role(models.TextChoices):
    LEAD = "lead", _("Safety lead")
    MODERATOR = "moderator", _("Safety moderator")


class User(AbstractUser):
    """A member of the safety team. Every login needs a password and a second factor."""

    role = models.CharField(max_length=16, choices=Role.choices, default=Role.MODERATOR)

    @property
    def is_lead(self) -> bool:
        return self.is_active and self.role == Role.LEAD
