"""Deploy checks for what cases rely on: the keys and finished erasures."""

from __future__ import annotations

import stat
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from django.apps import AppConfig
from django.conf import settings
from django.core.checks import CheckMessage, Error, Warning, register

from haven.core import env
from haven.core.checks import loose_bits
from haven.core.errors import ConfigurationError


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
        if path.exists() and loose_bits(path):
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
    if settings.SECRET_KEY.startswith(settings.UNINITIALISED_SECRET_PREFIX):
        problems.append(
            Error(
                "No secret key: every process would make up its own, and sign-ins would fail.",
                hint="Run 'haven init', or set HAVEN_SECRET_KEY.",
                id="haven.E006",
            )
        )
    return problems


@register("haven", deploy=True)
def check_erasures(app_configs: Sequence[AppConfig] | None, **kwargs: Any) -> list[CheckMessage]:
    if "default" not in (kwargs.get("databases") or []):
        return []
    from django.db import DatabaseError

    from haven.cases.erasure import unfinished_erasures

    try:
        leftover = unfinished_erasures()
    except DatabaseError:
        return []
    if leftover:
        return [
            Warning(
                f"{len(leftover)} erased case(s) still have their key.",
                hint="Run 'haven verify', which finishes the erasure.",
                id="haven.W002",
            )
        ]
    return []
