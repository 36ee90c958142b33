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
from django.core.checks import CheckMessage, Error, Info, register

SECOND_FACTOR_MIDDLEWARE = (
    "django_otp.middleware.OTPMiddleware",
    "haven.accounts.middleware.RequireSecondFactorMiddleware",
)


def loose_bits(path: Path) -> int:
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
    if loose_bits(data_dir):
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
