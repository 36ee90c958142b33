"""The support-organisation directory: the reviewed data file, read and checked at load.

``data/organisations.json`` is reviewed like code (docs/developers.md says how to
re-check it). Every detail shown to a victim carries the page it was read on and
the date of that reading; a file with an entry that breaks these rules is refused
whole, so a malformed entry can never reach a victim half-read.
"""

from __future__ import annotations

import datetime
import json
import re
from dataclasses import dataclass
from enum import StrEnum
from functools import cache
from pathlib import Path
from typing import Any

DATA_FILE = Path(__file__).with_name("data") / "organisations.json"
SCHEMA = 1
WORLDWIDE = "*"
STALE_AFTER = datetime.timedelta(days=365)
_COUNTRY = re.compile(r"[A-Z]{2}")
_LANGUAGE = re.compile(r"[a-z]{2,3}")
_ID = re.compile(r"[a-z0-9_]{2,32}")
_DATE = re.compile(r"(\d{4})-(\d{2})(?:-(\d{2}))?")


class Serves(StrEnum):
    ADULT = "adult"
    MINOR = "minor"


class Service(StrEnum):
    """What an organisation does for the person."""

    CRISIS_LINE = "crisis_line"
    HELPLINE = "helpline"
    CHAT = "chat"
    HASH_ON_DEVICE = "hash_on_device"  # the image never leaves the person's device
    HASH_BY_UPLOAD = "hash_by_upload"  # the person sends the image or its address
    TAKEDOWN = "takedown"
    HOTLINE_REPORT = "hotline_report"
    POLICE_REPORT = "police_report"
    EMOTIONAL_SUPPORT = "emotional_support"
    LEGAL_HELP = "legal_help"
    ADVICE = "advice"


class CheckStatus(StrEnum):
    CHECKED = "checked"  # read on the organisation's own page on that date
    SECONDARY = "secondary"  # read on that date, but only on third-party pages
    UNCHECKED = "unchecked"  # not re-read: the date is the starting file's


class InvalidDirectory(ValueError):
    """The data file breaks a rule; the message names the entry and the field."""


@dataclass(frozen=True)
class Check:
    source: str
    checked: datetime.date
    status: CheckStatus
    # "2026-11" is kept as a month: the first of it is the conservative date.
    month_only: bool = False

    def is_stale(self, today: datetime.date) -> bool:
        return today - self.checked > STALE_AFTER


@dataclass(frozen=True)
class Organisation:
    id: str
    name: str
    url: str
    countries: tuple[str, ...]
    serves: frozenset[Serves]
    services: frozenset[Service]
    languages: tuple[str, ...]
    phone: str | None
    text: str | None
    hours: str | None
    address: str | None
    notes: str
    checks: dict[str, Check]
    local: bool = False  # added or edited by a safety lead of this desk

    @property
    def worldwide(self) -> bool:
        return WORLDWIDE in self.countries

    def serves_country(self, country: str) -> bool:
        return country in self.countries

    def oldest_check(self) -> Check:
        return min(self.checks.values(), key=lambda c: c.checked)

    def stale(self, today: datetime.date) -> bool:
        """A detail was last checked more than a year before ``today``."""
        return any(check.is_stale(today) for check in self.checks.values())

    @property
    def unchecked(self) -> bool:
        """A detail is shown only as the starting file had it, not re-read."""
        return any(check.status == CheckStatus.UNCHECKED for check in self.checks.values())


# Which details need a check of their own when present.
CHECKED_DETAILS = ("phone", "text", "hours", "address")


def _fail(where: str, why: str) -> InvalidDirectory:
    return InvalidDirectory(f"{where}: {why}")


def _text(raw: dict[str, Any], key: str, where: str, *, optional: bool = False) -> str | None:
    value = raw.get(key)
    if value is None and optional:
        return None
    if not isinstance(value, str) or not value.strip():
        raise _fail(where, f"{key} must be a non-empty string")
    return value.strip()


def _url(value: str | None, where: str) -> str:
    if value is None or not value.startswith(("https://", "http://")):
        raise _fail(where, "an address must start with https:// or http://")
    return value


def _date(value: Any, where: str) -> tuple[datetime.date, bool]:
    match = _DATE.fullmatch(value) if isinstance(value, str) else None
    if match is None:
        raise _fail(where, "checked must be YYYY-MM-DD (or YYYY-MM for an unchecked month)")
    year, month, day = match.groups()
    try:
        return datetime.date(int(year), int(month), int(day or 1)), day is None
    except ValueError as error:
        raise _fail(where, f"checked is not a date ({error})") from None


def _check(raw: Any, where: str) -> Check:
    if not isinstance(raw, dict):
        raise _fail(where, "a check must be an object with source, checked and status")
    try:
        status = CheckStatus(str(raw.get("status")))
    except ValueError:
        raise _fail(where, f"status must be one of {[s.value for s in CheckStatus]}") from None
    checked, month_only = _date(raw.get("checked"), where)
    if month_only and status != CheckStatus.UNCHECKED:
        raise _fail(where, "a detail checked today has a full date")
    return Check(_url(raw.get("source"), where), checked, status, month_only)


def _members(raw: dict[str, Any], key: str, kind: type[StrEnum], where: str) -> frozenset[Any]:
    values = raw.get(key)
    if not isinstance(values, list) or not values:
        raise _fail(where, f"{key} must be a non-empty list")
    try:
        return frozenset(kind(value) for value in values)
    except ValueError:
        raise _fail(where, f"{key} must be taken from {[k.value for k in kind]}") from None


def _codes(raw: dict[str, Any], key: str, pattern: re.Pattern[str], where: str) -> tuple[str, ...]:
    values = raw.get(key)
    if not isinstance(values, list) or not values:
        raise _fail(where, f"{key} must be a non-empty list")
    for value in values:
        if not isinstance(value, str) or not (
            pattern.fullmatch(value) or (key == "countries" and value == WORLDWIDE)
        ):
            raise _fail(where, f"{key} holds {value!r}, which is not a code")
    return tuple(values)


def parse_organisation(raw: Any, *, local: bool = False) -> Organisation:
    """One entry, checked field by field."""
    if not isinstance(raw, dict):
        raise _fail("an entry", "must be an object")
    ident = raw.get("id")
    if not isinstance(ident, str) or not _ID.fullmatch(ident):
        raise _fail(f"entry {ident!r}", "id must be lower-case letters, digits and _")
    where = f"entry {ident}"
    raw_checks = raw.get("checks")
    if not isinstance(raw_checks, dict) or "facts" not in raw_checks:
        raise _fail(where, "checks must hold at least the check of its facts")
    checks = {name: _check(value, f"{where}, check {name}") for name, value in raw_checks.items()}
    details = {key: _text(raw, key, where, optional=True) for key in CHECKED_DETAILS}
    for key, value in details.items():
        if value is not None and key not in checks:
            raise _fail(where, f"{key} is given without the page and date it was checked on")
    unknown = set(checks) - {"facts", *CHECKED_DETAILS}
    if unknown:
        raise _fail(where, f"checks of unknown details: {sorted(unknown)}")
    return Organisation(
        id=ident,
        name=_text(raw, "name", where) or "",
        url=_url(_text(raw, "url", where), where),
        countries=_codes(raw, "countries", _COUNTRY, where),
        serves=_members(raw, "serves", Serves, where),
        services=_members(raw, "services", Service, where),
        languages=_codes(raw, "languages", _LANGUAGE, where),
        phone=details["phone"],
        text=details["text"],
        hours=details["hours"],
        address=details["address"],
        notes=_text(raw, "notes", where) or "",
        checks=checks,
        local=local,
    )


def parse(document: Any) -> tuple[Organisation, ...]:
    if not isinstance(document, dict) or document.get("schema") != SCHEMA:
        raise InvalidDirectory(f"the directory must be an object with schema {SCHEMA}")
    entries = document.get("organisations")
    if not isinstance(entries, list) or not entries:
        raise InvalidDirectory("organisations must be a non-empty list")
    found = tuple(parse_organisation(entry) for entry in entries)
    ids = [org.id for org in found]
    duplicates = sorted({i for i in ids if ids.count(i) > 1})
    if duplicates:
        raise InvalidDirectory(f"ids used twice: {duplicates}")
    return found


def load(path: Path = DATA_FILE) -> tuple[Organisation, ...]:
    with path.open(encoding="utf-8") as handle:
        return parse(json.load(handle))


@cache
def reviewed() -> tuple[Organisation, ...]:
    """The reviewed file, read once per process."""
    return load()
