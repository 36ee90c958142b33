"""Haven's own deploy checks, run by ``haven check`` next to Django's.

Each says what is wrong and how to fix it, without printing any secret.
"""

from __future__ import annotations

import stat
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from django.apps import AppConfig
from django.conf import settings
from django.core.checks import CheckMessage, Error, Info, Warning, register

from haven.core import env
from haven.core.errors import ConfigurationError

SECOND_FACTOR_MIDDLEWARE = (
    "django_otp.middleware.OTPMiddleware",
    "haven.accounts.middleware.RequireSecondFactorMiddleware",
)


def _loose_bits(path: Path) -> int:
    return path.stat().st_mode & (stat.S_IRWXG | stat.S_IRWXO)


@register("haven", deploy=True)
def check_data_dir(app_configs: Sequence[AppConfig] | None, **kwargs: Any) -> list[CheckMessage]:
    data_dir = Path(settings.HAVEN_DATA_DIR)
    if not data_dir.is_dir():
        return [
            Error(
                f"The data directory {data_dir} does not exist.",
                hint="Run 'haven init'.",
                id="haven.E001",
            )
        ]
    if _loose_bits(data_dir):
        return [
            Error(
                f"The data directory {data_dir} is open to other users "
                f"(mode {stat.S_IMODE(data_dir.stat().st_mode):o}).",
                hint=f"chmod 700 {data_dir}",
                id="haven.E002",
            )
        ]
    return []


@register("haven", deploy=True)
def check_key_files(app_configs: Sequence[AppConfig] | None, **kwargs: Any) -> list[CheckMessage]:
    from haven.crypto.master import key_file, load_master_key

    data_dir = Path(settings.HAVEN_DATA_DIR)
    problems: list[CheckMessage] = []
    files = [data_dir / "secret.key"]
    if env.raw("HAVEN_MASTER_KEY") is None:
        files.append(key_file(data_dir))
    keys_dir = data_dir / "keys"
    if keys_dir.is_dir():
        files += [keys_dir, *keys_dir.glob("*.key")]
    for path in files:
        if path.exists() and _loose_bits(path):
            mode = stat.S_IMODE(path.stat().st_mode)
            wanted = "700" if path.is_dir() else "600"
            problems.append(
                Error(
                    f"{path} can be read by other users (mode {mode:o}).",
                    hint=f"chmod {wanted} {path}",
                    id="haven.E003",
                )
            )
    try:
        load_master_key(data_dir)
    except ConfigurationError as exc:
        problems.append(Error(exc.message, id="haven.E004"))
    return problems


@register("haven", deploy=True)
def check_second_factor(
    app_configs: Sequence[AppConfig] | None, **kwargs: Any
) -> list[CheckMessage]:
    missing = [m for m in SECOND_FACTOR_MIDDLEWARE if m not in settings.MIDDLEWARE]
    if missing:
        return [
            Error(
                "The second factor is not enforced: missing " + ", ".join(missing), id="haven.E005"
            )
        ]
    return []


@register("haven", deploy=True)
def check_team_devices(
    app_configs: Sequence[AppConfig] | None, **kwargs: Any
) -> list[CheckMessage]:
    databases = kwargs.get("databases") or []
    if "default" not in databases:
        return []
    from django.contrib.auth import get_user_model
    from django_otp.plugins.otp_totp.models import TOTPDevice

    with_device = TOTPDevice.objects.filter(confirmed=True).values("user_id")
    without = get_user_model().objects.filter(is_active=True).exclude(pk__in=with_device)
    ids = list(without.values_list("pk", flat=True)[:20])
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
def check_local_http(app_configs: Sequence[AppConfig] | None, **kwargs: Any) -> list[CheckMessage]:
    if settings.HAVEN_LOCAL_HTTP:
        return [
            Info(
                f"Haven answers on {settings.HAVEN_PUBLIC_URL} over plain http, which is only "
                "for a local trial. In production set HAVEN_PUBLIC_URL to its https address.",
                id="haven.I001",
            )
        ]
    return []
