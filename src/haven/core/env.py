"""Strict parsing of Haven's settings from the environment.

Every setting may also be given as ``NAME_FILE`` pointing at a file holding the
value, so secrets can come from a secrets manager rather than the environment.
A malformed value stops start-up with a message naming the variable.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path

from haven.core.errors import ConfigurationError

_TRUE = {"1", "true", "yes", "on"}
_FALSE = {"0", "false", "no", "off", ""}


def raw(name: str, environ: Mapping[str, str] | None = None) -> str | None:
    env = os.environ if environ is None else environ
    if name in env:
        return env[name]
    file_name = env.get(f"{name}_FILE")
    if file_name:
        try:
            return Path(file_name).read_text(encoding="utf-8").strip()
        except OSError as exc:
            raise ConfigurationError(
                f"{name}_FILE points at {file_name!r}, which cannot be read: {exc.strerror}"
            ) from exc
    return None


def string(name: str, default: str, environ: Mapping[str, str] | None = None) -> str:
    value = raw(name, environ)
    return default if value is None else value.strip()


def boolean(name: str, default: bool, environ: Mapping[str, str] | None = None) -> bool:
    value = raw(name, environ)
    if value is None:
        return default
    folded = value.strip().lower()
    if folded in _TRUE:
        return True
    if folded in _FALSE:
        return False
    raise ConfigurationError(f"{name} must be true or false, not {value!r}")


def integer(
    name: str,
    default: int,
    *,
    minimum: int | None = None,
    maximum: int | None = None,
    environ: Mapping[str, str] | None = None,
) -> int:
    value = raw(name, environ)
    if value is None:
        return default
    try:
        number = int(value.strip())
    except ValueError:
        raise ConfigurationError(f"{name} must be a whole number, not {value!r}") from None
    if minimum is not None and number < minimum:
        raise ConfigurationError(f"{name} must be at least {minimum}, not {number}")
    if maximum is not None and number > maximum:
        raise ConfigurationError(f"{name} must be at most {maximum}, not {number}")
    return number


def string_list(name: str, environ: Mapping[str, str] | None = None) -> list[str]:
    value = raw(name, environ)
    if not value:
        return []
    return [item.strip() for item in value.split(",") if item.strip()]
