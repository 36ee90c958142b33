"""Haven's own deploy checks, run by ``haven check`` next to Django's.

Each says what is wrong and how to fix it, without printing any secret.
"""

from __future__ import annotations

import stat
from collections.abc import Iterator, Sequence
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


# Where the data dir keeps case material: image and evidence blobs, wrapped case keys.
STORES = ("media", "evidence", "keys")


def sqlite_files() -> list[Path]:
    database = settings.DATABASES["default"]
    if database["ENGINE"] != "django.db.backends.sqlite3":
        return []
    name = Path(str(database["NAME"]))
    return [name, *(name.with_name(name.name + suffix) for suffix in ("-wal", "-shm"))]


def store_paths(data_dir: Path) -> Iterator[Path]:
    for store in STORES:
        root = data_dir / store
        if root.is_dir():
            yield root
            yield from sorted(root.rglob("*"))


def open_to_others(path: Path, check_id: str) -> Error:
    mode = stat.S_IMODE(path.stat().st_mode)
    wanted = "700" if path.is_dir() else "600"
    return Error(
        f"{path} can be read by other users (mode {mode:o}).",
        hint=f"chmod {wanted} {path}",
        id=check_id,
    )


@register("haven", deploy=True)
def check_private_files(
    app_configs: Sequence[AppConfig] | None, **kwargs: Any
) -> list[CheckMessage]:
    """The SQLite database and everything in the stores: for Haven's user alone."""
    data_dir = Path(settings.HAVEN_DATA_DIR)
    keys = data_dir / "keys"
    # haven.cases.checks already names these (haven.E003); a signing key's public
    # half (``*.pub``) is meant to be read by anyone who checks an export.
    named_elsewhere = {keys, *keys.glob("*.key"), *keys.glob("*.pub")}
    paths = [*sqlite_files(), *store_paths(data_dir)]
    return [
        open_to_others(path, "haven.E008")
        for path in paths
        if path not in named_elsewhere and path.exists() and loose_bits(path)
    ]


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
