"""The catalogue of event kinds. Each kind is declared once, in the module that owns it.

A declaration names the event, gives its payload type (a frozen dataclass of
ids, enum values, counts and times: never content, never anything that
identifies a person or a file, such as a hash of the victim's image), the
sentence the timeline shows and the function that writes its detail lines.
``core`` holds the registry without importing the modules that fill it: each
app imports its declaring modules when it is ready.

Two streams: the case's **timeline** tells its story (what was decided and
done); the **audit** stream says who opened, read, revealed or downloaded what.
"""

from __future__ import annotations

import dataclasses
import re
import types
from collections.abc import Callable, Iterable, Mapping
from datetime import datetime
from enum import Enum, StrEnum
from typing import Any, Generic, NewType, TypeVar, Union, get_args, get_origin, get_type_hints

from django.utils.functional import Promise

# The random id of one of Haven's own records (a case, an image). Never content.
Id = NewType("Id", str)
_ID = re.compile(r"^[A-Za-z0-9_-]{1,32}$")

JSON = str | int | bool | list[str] | list[int] | None
Names = Mapping[int, str]  # user ids to user names, for the details that name a team member


class Stream(StrEnum):
    TIMELINE = "timeline"
    AUDIT = "audit"


class PayloadError(TypeError):
    """A payload type or value that may not go on a timeline (a programming error)."""


@dataclasses.dataclass(frozen=True)
class NoPayload:
    """For events that carry nothing but their kind, actor and time."""


P = TypeVar("P")


def _no_details(payload: Any, names: Names) -> list[str]:
    return []


def _allowed_scalar(hint: Any) -> bool:
    if hint is Id or hint in (int, bool, datetime):
        return True
    return isinstance(hint, type) and issubclass(hint, Enum)


def _field_rule(hint: Any) -> tuple[str, tuple[Any, ...]]:
    """How one field's value is checked: ("scalar"|"optional"|"many", its scalar types).

    Several types are allowed only as enums (``CloseReason | AutoReason | None``).
    """
    origin = get_origin(hint)
    if origin in (Union, types.UnionType):
        args = get_args(hint)
        options = tuple(a for a in args if a is not type(None))
        optional = len(options) < len(args)
        several_enums = all(isinstance(a, type) and issubclass(a, Enum) for a in options)
        if all(map(_allowed_scalar, options)) and (len(options) == 1 or several_enums):
            return ("optional" if optional else "scalar"), options
    elif origin is tuple:
        args = get_args(hint)
        if len(args) == 2 and args[1] is Ellipsis and _allowed_scalar(args[0]):
            return "many", (args[0],)
    elif _allowed_scalar(hint):
        return "scalar", (hint,)
    raise PayloadError(
        f"A payload field may hold only an Id, an int, a bool, a datetime or an enum "
        f"(optional, or a tuple of them), not {hint!r}."
    )


def _key(field_name: str) -> str:
    return field_name.rstrip("_")  # ``from_`` is stored as "from"


def _encode(kinds: tuple[Any, ...], value: Any, where: str) -> JSON:
    if len(kinds) == 1:
        return _encode_scalar(kinds[0], value, where)
    for kind in kinds:
        if isinstance(value, kind):
            return value.value  # type: ignore[no-any-return]
    raise PayloadError(f"{where} must be one of {', '.join(k.__name__ for k in kinds)}.")


def _decode(kinds: tuple[Any, ...], value: Any) -> Any:
    for kind in kinds[:-1]:
        try:
            return _decode_scalar(kind, value)
        except ValueError:
            continue
    return _decode_scalar(kinds[-1], value)


def _encode_scalar(kind: Any, value: Any, where: str) -> JSON:
    if kind is Id:
        if not isinstance(value, str) or not _ID.match(value):
            raise PayloadError(f"{where} must be a record id, not {value!r}.")
        return value
    if kind is bool:
        if not isinstance(value, bool):
            raise PayloadError(f"{where} must be a bool.")
        return value
    if kind is int:
        if not isinstance(value, int) or isinstance(value, bool):
            raise PayloadError(f"{where} must be an int.")
        return int(value)
    if kind is datetime:
        if not isinstance(value, datetime):
            raise PayloadError(f"{where} must be a datetime.")
        return value.isoformat()
    try:
        member = kind(value)
    except ValueError:
        raise PayloadError(f"{where} must be one of {kind.__name__}.") from None
    return member.value  # type: ignore[no-any-return]


def _decode_scalar(kind: Any, value: Any) -> Any:
    if kind is datetime:
        return datetime.fromisoformat(value)
    if kind is Id or kind in (int, bool):
        return value
    return kind(value)


@dataclasses.dataclass(frozen=True)
class EventKind(Generic[P]):
    name: str
    payload: type[P]
    title: Promise | str
    details: Callable[[P, Names], list[str]] = _no_details
    stream: Stream = Stream.TIMELINE

    def __str__(self) -> str:
        return self.name

    def rules(self) -> dict[str, tuple[str, tuple[Any, ...]]]:
        hints = get_type_hints(self.payload)
        return {f.name: _field_rule(hints[f.name]) for f in dataclasses.fields(self.payload)}  # type: ignore[arg-type]

    def encode(self, payload: P) -> dict[str, JSON]:
        """The payload as stored, checked field by field; ``None`` fields are left out."""
        if type(payload) is not self.payload:
            raise PayloadError(f"{self.name} takes a {self.payload.__name__} payload.")
        stored: dict[str, JSON] = {}
        for name, (shape, kind) in self.rules().items():
            value, where = getattr(payload, name), f"{self.name}.{name}"
            if value is None and shape == "optional":
                continue
            if shape == "many":
                if not isinstance(value, tuple):
                    raise PayloadError(f"{where} must be a tuple.")
                stored[_key(name)] = [_encode(kind, v, where) for v in value]  # type: ignore[assignment]
            else:
                stored[_key(name)] = _encode(kind, value, where)
        return stored

    def decode(self, stored: Mapping[str, Any]) -> P | None:
        """The payload read back; ``None`` if it does not fit the type (an older event)."""
        values: dict[str, Any] = {}
        try:
            for name, (shape, kind) in self.rules().items():
                raw = stored.get(_key(name))
                if raw is None:
                    continue
                values[name] = (
                    tuple(_decode(kind, v) for v in raw) if shape == "many" else _decode(kind, raw)
                )
            return self.payload(**values)
        except (TypeError, ValueError):
            return None

    def describe(self, stored: Mapping[str, Any], names: Names) -> list[str]:
        payload = self.decode(stored)
        if payload is None:
            return []
        return self.details(payload, names)


_KINDS: dict[str, EventKind[Any]] = {}


def declare(
    name: str,
    payload: type[P],
    title: Promise | str,
    details: Callable[[P, Names], list[str]] = _no_details,
    *,
    stream: Stream = Stream.TIMELINE,
) -> EventKind[P]:
    """Register one kind of event; its payload type is checked here, its values when written."""
    if not dataclasses.is_dataclass(payload) or not payload.__dataclass_params__.frozen:  # type: ignore[attr-defined]
        raise PayloadError(f"The payload of {name} must be a frozen dataclass.")
    kind: EventKind[P] = EventKind(name, payload, title, details, stream)
    kind.rules()
    existing = _KINDS.get(name)
    if existing is not None and existing.payload.__qualname__ != payload.__qualname__:
        raise PayloadError(f"The event kind {name} is declared twice.")
    _KINDS[name] = kind
    return kind


def kind_of(name: str) -> EventKind[Any] | None:
    return _KINDS.get(name)


def all_kinds(stream: Stream | None = None) -> Iterable[EventKind[Any]]:
    return [k for k in _KINDS.values() if stream is None or k.stream == stream]


def describe(name: str) -> str:
    kind = _KINDS.get(name)
    return str(kind.title) if kind else name
