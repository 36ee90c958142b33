"""Keeping the catalogues in step with the code: extract, check, compile.

``SOURCES`` is what must be translated today: everything a victim can see
(the portal, the support directory, the server-rule texts, and the shared
pages and error pages). The desk's messages are in the catalogues too and
nearly all translated; adding the desk's folders here makes the check hold
them too, once the last strings are translated (issue 14).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from haven.locale import catalogue
from haven.locale.catalogue import Catalogue, Entry
from haven.locale.extract import Found, Message, messages_in
from haven.locale.languages import PLURAL_FORMS, TRANSLATED

LOCALE_DIR = Path(__file__).resolve().parent
PACKAGE_DIR = LOCALE_DIR.parent
DOMAIN = "django"

SOURCES: tuple[str, ...] = (
    "portal",
    "resources",
    "policy",
    "web/views/policy.py",
    "web/templates/web/base.html",
    "web/templates/web/error.html",
    "web/templates/web/not_found.html",
    "web/templates/web/policy.html",
)


def source_paths(package_dir: Path = PACKAGE_DIR) -> list[Path]:
    return [package_dir / each for each in SOURCES]


def po_path(lang: str, locale_dir: Path = LOCALE_DIR) -> Path:
    return locale_dir / lang / "LC_MESSAGES" / f"{DOMAIN}.po"


def find_messages(package_dir: Path = PACKAGE_DIR) -> Found:
    return messages_in(source_paths(package_dir), root=package_dir)


def _header(lang: str) -> Entry:
    return Entry(
        msgid="",
        msgstr=(
            "Project-Id-Version: Haven\n"
            f"Language: {lang}\n"
            "MIME-Version: 1.0\n"
            "Content-Type: text/plain; charset=UTF-8\n"
            "Content-Transfer-Encoding: 8bit\n"
            f"Plural-Forms: {PLURAL_FORMS[lang]}\n"
        ),
    )


def _empty_entry(message: Message, plurals: int) -> Entry:
    entry = Entry(message.msgid, msgid_plural=message.msgid_plural, msgctxt=message.msgctxt)
    if message.msgid_plural is not None:
        entry.msgstr_plural = dict.fromkeys(range(plurals), "")
    return entry


def update(lang: str, found: Found, *, prune: bool, locale_dir: Path = LOCALE_DIR) -> Catalogue:
    """The catalogue for ``lang`` with every found message; translations kept.

    Entries no longer in the code stay unless ``prune``: a string of a branch
    not merged yet can be translated before it lands.
    """
    path = po_path(lang, locale_dir)
    old = catalogue.read(path) if path.exists() else Catalogue(_header(lang), [])
    by_key = {entry.key: entry for entry in old.entries}
    entries: list[Entry] = []
    for message, where in found.messages.items():
        entry = by_key.pop(message.key, None) or _empty_entry(message, old.plural_count)
        if entry.msgid_plural != message.msgid_plural:
            entry = _empty_entry(message, old.plural_count)
        # Files only, no line numbers: an edit elsewhere in a file leaves the catalogues alone.
        entry.locations = list(dict.fromkeys(w.rpartition(":")[0] for w in where))
        entries.append(entry)
    if not prune:
        for entry in by_key.values():
            entry.locations = []
            entries.append(entry)
    return Catalogue(old.header, entries)


@dataclass(frozen=True)
class Problem:
    lang: str
    msgid: str
    what: str

    def __str__(self) -> str:
        return f"{self.lang}: {self.msgid!r}: {self.what}"


def problems(found: Found, lang: str, cat: Catalogue | None) -> list[Problem]:
    """What keeps ``lang`` from showing every found message translated and well formed."""
    if cat is None:
        return [Problem(lang, "", f"no catalogue at {po_path(lang)}")]
    trouble: list[Problem] = []
    for message, where in found.messages.items():
        entry = cat.find(message.msgid, message.msgctxt)
        if entry is None:
            trouble.append(Problem(lang, message.msgid, f"not in the catalogue ({where[0]})"))
            continue
        if entry.msgid_plural != message.msgid_plural:
            trouble.append(Problem(lang, message.msgid, "the plural differs from the code's"))
            continue
        if not entry.translated:
            state = "fuzzy" if entry.fuzzy else "not translated"
            trouble.append(Problem(lang, message.msgid, f"{state} ({where[0]})"))
            continue
        trouble += _placeholder_problems(lang, entry, cat.plural_count)
    return trouble


def _placeholder_problems(lang: str, entry: Entry, plurals: int) -> list[Problem]:
    expected = catalogue.placeholders(entry.msgid)
    if entry.msgid_plural is None:
        got = catalogue.placeholders(entry.msgstr)
        if got != expected:
            return [Problem(lang, entry.msgid, f"placeholders {got} instead of {expected}")]
        return []
    trouble = []
    plural = catalogue.placeholders(entry.msgid_plural)
    if sorted(entry.msgstr_plural) != list(range(plurals)):
        trouble.append(Problem(lang, entry.msgid, f"needs {plurals} plural forms"))
    for index, text in entry.msgstr_plural.items():
        got = catalogue.placeholders(text)
        # The singular may leave out the number ("one minute"), as the English does.
        allowed = [plural, expected] if index == 0 and plurals > 1 else [plural]
        if got not in allowed:
            trouble.append(
                Problem(lang, entry.msgid, f"form {index}: placeholders {got} instead of {plural}")
            )
    return trouble


def check(package_dir: Path = PACKAGE_DIR, locale_dir: Path = LOCALE_DIR) -> list[Problem]:
    found = find_messages(package_dir)
    trouble: list[Problem] = []
    for lang in TRANSLATED:
        path = po_path(lang, locale_dir)
        trouble += problems(found, lang, catalogue.read(path) if path.exists() else None)
    return trouble


def extract(*, prune: bool = False, locale_dir: Path = LOCALE_DIR) -> list[Path]:
    found = find_messages()
    written = []
    for lang in TRANSLATED:
        path = po_path(lang, locale_dir)
        catalogue.write(path, update(lang, found, prune=prune, locale_dir=locale_dir))
        written.append(path)
    return written
