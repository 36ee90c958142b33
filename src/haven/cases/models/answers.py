from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _


class Answer(models.TextChoices):
    """Every assessment question can be answered "unknown": not knowing is a real answer."""

    UNKNOWN = "unknown", _("Unknown")
    YES = "yes", _("Yes")
    NO = "no", _("No")


def answer_field() -> models.CharField[str, str]:
    return models.CharField(max_length=8, choices=Answer.choices, default=Answer.UNKNOWN)
