"""Turning a submitted value into one of a fixed set of choices, or a clear InvalidInput."""

from __future__ import annotations

from enum import Enum
from typing import Any, TypeVar

from haven.core.errors import InvalidInput

E = TypeVar("E", bound=Enum)


def choice(enum: type[E], value: Any, what: str) -> E:
    try:
        return enum(value)
    except ValueError:
        raise InvalidInput(f"That is not a valid {what}.", code="bad_choice") from None
