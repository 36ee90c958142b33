"""Gettext catalogues without GNU gettext: read and write ``.po`` files, write ``.mo`` files.

Only the standard library, because the build runs this before Haven's
dependencies exist (``setup.py`` loads this file by its path). The ``.mo``
files it writes are the format Python's :mod:`gettext` (and so Django) reads:
a header entry, singular and plural entries, and message contexts; fuzzy and
empty translations are left out, as ``msgfmt`` leaves them out.
"""

from __future__ import annotations

import ast
import re
import struct
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

CONTEXT_SEPARATOR = "\x04"
PLURAL_SEPARATOR = "\x00"
MO_MAGIC = 0x950412DE

# Python's %-placeholders (with an optional mapping key) and str.format fields.
# "%%" is a literal percent sign, not a placeholder.
_PERCENT = re.compile(r"%(?:\((?P<key>[^)]*)\))?[#0 +-]*\d*(?:\.\d+)?(?P<kind>[diouxXeEfFgGcrsa%])")
_BRACE = re.compile(r"(?<!\{)\{(?P<name>[A-Za-z_][A-Za-z0-9_]*|\d*)(?:[!:][^{}]*)?\}(?!\})")


@dataclass
class Entry:
    msgid: str
    msgstr: str = ""
    msgid_plural: str | None = None
    msgstr_plural: dict[int, str] = field(default_factory=dict)
    msgctxt: str | None = None
    flags: set[str] = field(default_factory=set)
    locations: list[str] = field(default_factory=list)
    comments: list[str] = field(default_factory=list)

    @property
    def key(self) -> tuple[str | None, str]:
        return (self.msgctxt, self.msgid)

    @property
    def fuzzy(self) -> bool:
        return "fuzzy" in self.flags

    @property
    def translations(self) -> list[str]:
        if self.msgid_plural is None:
            return [self.msgstr]
        return [self.msgstr_plural[n] for n in sorted(self.msgstr_plural)]

    @property
    def translated(self) -> bool:
        """Usable by the program: not fuzzy, and every form filled in."""
        forms = self.translations
        return not self.fuzzy and bool(forms) and all(forms)


@dataclass
class Catalogue:
    header: Entry
    entries: list[Entry]

    def find(self, msgid: str, msgctxt: str | None = None) -> Entry | None:
        for entry in self.entries:
            if entry.key == (msgctxt, msgid):
                return entry
        return None

    def header_field(self, name: str) -> str | None:
        for line in self.header.msgstr.splitlines():
            key, _, value = line.partition(":")
            if key.strip().lower() == name.lower():
                return value.strip()
        return None

    @property
    def plural_count(self) -> int:
        forms = self.header_field("Plural-Forms") or ""
        found = re.search(r"nplurals\s*=\s*(\d+)", forms)
        return int(found.group(1)) if found else 2


class CatalogueError(ValueError):
    """A ``.po`` file that does not parse; the message names the file and line."""


def placeholders(text: str) -> list[str]:
    """The placeholders of ``text``, sorted: ``%(name)s``, ``%s``, ``{name}``."""
    found = [m.group(0) for m in _PERCENT.finditer(text) if m.group("kind") != "%"]
    found += [f"{{{m.group('name')}}}" for m in _BRACE.finditer(text)]
    return sorted(found)


def _unquote(literal: str, where: str) -> str:
    if not (len(literal) >= 2 and literal[0] == '"' and literal[-1] == '"'):
        raise CatalogueError(f"{where}: expected a quoted string")
    try:
        value = ast.literal_eval(literal)
    except (ValueError, SyntaxError) as error:
        raise CatalogueError(f"{where}: {error}") from None
    if not isinstance(value, str):
        raise CatalogueError(f"{where}: expected a string")
    return value


_KEYWORD = re.compile(r"^(msgctxt|msgid_plural|msgid|msgstr(?:\[(\d+)\])?)\s+(\".*\")\s*$")


def parse(text: str, *, name: str = "<po>") -> Catalogue:
    """The entries of a ``.po`` file; obsolete (``#~``) entries are dropped."""
    entries: list[Entry] = []
    current: Entry | None = None
    target: tuple[str, int | None] | None = None
    pending_flags: set[str] = set()
    pending_locations: list[str] = []
    pending_comments: list[str] = []

    def finish() -> None:
        nonlocal current, target
        if current is not None:
            entries.append(current)
        current, target = None, None

    for number, raw in enumerate(text.splitlines(), start=1):
        where = f"{name}:{number}"
        line = raw.strip()
        if not line:
            finish()
            continue
        if line.startswith("#~"):
            continue
        if line.startswith("#"):
            if current is not None and target is not None and target[0] != "msgctxt":
                finish()
            if line.startswith("#,"):
                pending_flags |= {f.strip() for f in line[2:].split(",") if f.strip()}
            elif line.startswith("#:"):
                pending_locations += line[2:].split()
            elif not line.startswith("#|"):
                pending_comments.append(line)
            continue
        if line.startswith('"'):
            if current is None or target is None:
                raise CatalogueError(f"{where}: a string outside any entry")
            _append(current, target, _unquote(line, where))
            continue
        match = _KEYWORD.match(line)
        if match is None:
            raise CatalogueError(f"{where}: cannot read {line[:40]!r}")
        keyword, index, literal = match.group(1), match.group(2), match.group(3)
        value = _unquote(literal, where)
        starts_entry = keyword == "msgctxt" or (
            keyword == "msgid" and (current is None or target is None or target[0] != "msgctxt")
        )
        if starts_entry:
            finish()
            current = Entry(msgid="")
            current.flags, current.locations = pending_flags, pending_locations
            current.comments = pending_comments
            pending_flags, pending_locations, pending_comments = set(), [], []
        if current is None:
            raise CatalogueError(f"{where}: {keyword} before msgid")
        plural_form = keyword.startswith("msgstr[")
        target = ("msgstr_plural", int(index)) if plural_form else (keyword, None)
        _set(current, target, value)
    finish()
    headers = [e for e in entries if e.msgid == "" and e.msgctxt is None]
    header = headers[0] if headers else Entry(msgid="")
    rest = [e for e in entries if e is not header]
    seen: set[tuple[str | None, str]] = set()
    for entry in rest:
        if entry.key in seen:
            raise CatalogueError(f"{name}: {entry.msgid[:40]!r} is in the file twice")
        seen.add(entry.key)
    return Catalogue(header, rest)


def _set(entry: Entry, target: tuple[str, int | None], value: str) -> None:
    kind, index = target
    if kind == "msgstr_plural":
        assert index is not None
        entry.msgstr_plural[index] = value
    else:
        setattr(entry, kind, value)


def _append(entry: Entry, target: tuple[str, int | None], value: str) -> None:
    kind, index = target
    if kind == "msgstr_plural":
        assert index is not None
        entry.msgstr_plural[index] += value
    else:
        setattr(entry, kind, (getattr(entry, kind) or "") + value)


def read(path: Path) -> Catalogue:
    return parse(path.read_text(encoding="utf-8"), name=str(path))


def _quote(value: str) -> str:
    escaped = (
        value.replace("\\", "\\\\")
        .replace('"', '\\"')
        .replace("\t", "\\t")
        .replace("\r", "\\r")
        .replace("\n", "\\n")
    )
    return f'"{escaped}"'


def _field(keyword: str, value: str) -> list[str]:
    # Several lines only where the text has line breaks, as xgettext does.
    parts = value.splitlines(keepends=True)
    if len(parts) <= 1:
        return [f"{keyword} {_quote(value)}"]
    return [f'{keyword} ""', *(_quote(part) for part in parts)]


def _lines(entry: Entry) -> Iterator[str]:
    yield from entry.comments
    if entry.locations:
        yield "#: " + " ".join(entry.locations)
    if entry.flags:
        yield "#, " + ", ".join(sorted(entry.flags))
    if entry.msgctxt is not None:
        yield from _field("msgctxt", entry.msgctxt)
    yield from _field("msgid", entry.msgid)
    if entry.msgid_plural is None:
        yield from _field("msgstr", entry.msgstr)
        return
    yield from _field("msgid_plural", entry.msgid_plural)
    for index in sorted(entry.msgstr_plural):
        yield from _field(f"msgstr[{index}]", entry.msgstr_plural[index])


def render(catalogue: Catalogue) -> str:
    blocks = ["\n".join(_lines(e)) for e in [catalogue.header, *catalogue.entries]]
    return "\n\n".join(blocks) + "\n"


def write(path: Path, catalogue: Catalogue) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(render(catalogue), encoding="utf-8")


def _mo_pairs(catalogue: Catalogue) -> Iterable[tuple[str, str]]:
    yield "", catalogue.header.msgstr
    for entry in catalogue.entries:
        if not entry.translated:
            continue
        prefix = "" if entry.msgctxt is None else entry.msgctxt + CONTEXT_SEPARATOR
        if entry.msgid_plural is None:
            yield prefix + entry.msgid, entry.msgstr
        else:
            yield (
                prefix + entry.msgid + PLURAL_SEPARATOR + entry.msgid_plural,
                PLURAL_SEPARATOR.join(entry.translations),
            )


def mo_bytes(catalogue: Catalogue) -> bytes:
    """The ``.mo`` file of ``catalogue``: little-endian, sorted, no hash table."""
    pairs = sorted((k.encode("utf-8"), v.encode("utf-8")) for k, v in _mo_pairs(catalogue))
    count = len(pairs)
    ids_at = 7 * 4
    strs_at = ids_at + count * 8
    data_at = strs_at + count * 8
    table_ids: list[int] = []
    table_strs: list[int] = []
    data = bytearray()
    for original, _translated in pairs:
        table_ids += [len(original), data_at + len(data)]
        data += original + b"\0"
    for _original, translated in pairs:
        table_strs += [len(translated), data_at + len(data)]
        data += translated + b"\0"
    header = struct.pack("<7I", MO_MAGIC, 0, count, ids_at, strs_at, 0, data_at)
    table = struct.pack(f"<{len(table_ids)}I", *table_ids)
    table += struct.pack(f"<{len(table_strs)}I", *table_strs)
    return header + table + bytes(data)


def compile_all(locale_dir: Path) -> list[Path]:
    """Write ``X.mo`` beside each ``<lang>/LC_MESSAGES/X.po`` under ``locale_dir``."""
    written = []
    for po in sorted(locale_dir.glob("*/LC_MESSAGES/*.po")):
        mo = po.with_suffix(".mo")
        content = mo_bytes(read(po))
        if not mo.exists() or mo.read_bytes() != content:
            mo.write_bytes(content)
        written.append(mo)
    return written
