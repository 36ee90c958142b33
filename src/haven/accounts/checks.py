"""Deploy check: every active team member can pass the second factor."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from django.apps import AppConfig
from django.core.checks import CheckMessage, Error, Warning, register


@register("haven", deploy=True)
def check_team_devices(
    app_configs: Sequence[AppConfig] | None, **kwargs: Any
) -> list[CheckMessage]:
    databases = kwargs.get("databases") or []
    if "default" not in databases:
        return []
    from django.contrib.auth import get_user_model
    from django.db import DatabaseError
    from django_otp.plugins.otp_totp.models import TOTPDevice

    with_device = TOTPDevice.objects.filter(confirmed=True).values("user_id")
    without = get_user_model().objects.filter(is_active=True).exclude(pk__in=with_device)
    try:
        ids = list(without.values_list("pk", flat=True)[:20])
    except DatabaseError:
        return [Error("The database is not ready.", hint="Run 'haven init'.", id="haven.E007")]
    if ids:
        return [
            Warning(
                f"{len(ids)} active team member(s) have no authenticator and cannot sign "
                f"in (user ids {', '.join(map(str, ids))}).",
                hint="Reset their second factor, or deactivate them.",
                id="haven.W001",
            )
        ]
    return []


@register("haven", deploy=True)
def check_seeds_open(app_configs: Sequence[AppConfig] | None, **kwargs: Any) -> list[CheckMessage]:
    """A restored database or key directory that do not belong together: codes fail."""
    if "default" not in (kwargs.get("databases") or []):
        return []
    from django.db import DatabaseError
    from django_otp.plugins.otp_totp.models import TOTPDevice

    from haven.accounts import seeds
    from haven.core.errors import ConfigurationError, ContentErased, CryptoError

    try:
        rows = list(TOTPDevice.objects.values_list("pk", "user_id", "key"))
    except DatabaseError:
        return []  # check_team_devices reports it
    unreadable = []
    for pk, user_id, stored in rows:
        try:
            seeds.open_seed(pk, stored)
        except (ConfigurationError, ContentErased, CryptoError):
            unreadable.append(str(user_id))
    if not unreadable:
        return []
    return [
        Warning(
            f"{len(unreadable)} authenticator(s) cannot be read with this master key and "
            f"key directory (user ids {', '.join(unreadable[:20])}): their codes are refused.",
            hint="Restore the keys/ directory that belongs to this database, or reset their "
            "second factor.",
            id="haven.W011",
        )
    ]
