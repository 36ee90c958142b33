"""The messages Haven's code asks gettext for, read from its Python files and templates.

What ``makemessages`` finds with GNU xgettext, found without it: Python files
are parsed (calls to the ``django.utils.translation`` functions under any name
they were imported as, and ``_``), templates go through Django's own
``templatize``, so a template's message is spelt exactly as Django looks it up
when the page is drawn.
"""

from __future__ import annotations

import ast
import re
from dataclasses import dataclass, field
from pathlib import Path

from django.utils.translation.template import templatize

# Which argument is which, for each function that marks a message.
_SINGULAR = ("msgid",)
_PLURAL = ("msgid", "msgid_plural")
_SHAPES: dict[str, tuple[str, ...]] = {
    "gettext": _SINGULAR,
    "gettext_lazy": _SINGULAR,
    "gettext_noop": _SINGULAR,
    "ngettext": _PLURAL,
    "ngettext_lazy": _PLURAL,
    "pgettext": ("msgctxt", "msgid"),
    "pgettext_lazy": ("msgctxt", "msgid"),
    "npgettext": ("msgctxt", "msgid", "msgid_plural"),
    "npgettext_lazy": ("msgctxt", "msgid", "msgid_plural"),
}
_TRANSLATION_MODULES = {"django.utils.translation"}


@dataclass(frozen=True)
class Message:
    msgid: str
    msgid_plural: str | None = None
    msgctxt: str | None = None

    @property
    def key(self) -> tuple[str | None, str]:
        return (self.msgctxt, self.msgid)


@dataclass
class Found:
    """Every message, in the order first met, with where each one is used."""

    messages: dict[Message, list[str]] = field(default_factory=dict)

    def add(self, message: Message, where: str) -> None:
        self.messages.setdefault(message, [])
        if where not in self.messages[message]:
            self.messages[message].append(where)


def _names(tree: ast.Module) -> dict[str, str]:
    """Local name -> translation function, from the file's imports (``_`` always counts)."""
    names = {"_": "gettext"}
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module in _TRANSLATION_MODULES:
            for alias in node.names:
                if alias.name in _SHAPES:
                    names[alias.asname or alias.name] = alias.name
    return names


def _called(node: ast.Call, names: dict[str, str]) -> str | None:
    if isinstance(node.func, ast.Name):
        return names.get(node.func.id)
    if isinstance(node.func, ast.Attribute) and node.func.attr in _SHAPES:
        # translation.gettext(...) after "from django.utils import translation"
        return node.func.attr
    return None


def python_messages(source: str, where: str) -> list[tuple[Message, int]]:
    tree = ast.parse(source, filename=where)
    names = _names(tree)
    found: list[tuple[Message, int]] = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        function = _called(node, names)
        if function is None:
            continue
        shape = _SHAPES[function]
        texts = [
            a.value
            for a in node.args[: len(shape)]
            if isinstance(a, ast.Constant) and isinstance(a.value, str)
        ]
        if len(texts) < len(shape):
            continue  # a variable: marked elsewhere, or not a message at all
        values = dict(zip(shape, texts, strict=True))
        message = Message(values["msgid"], values.get("msgid_plural"), values.get("msgctxt"))
        found.append((message, node.lineno))
    return sorted(found, key=lambda pair: pair[1])


_STRING = r"""u?(?:'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*")"""
_CALL = re.compile(
    rf"\b(?P<function>npgettext|ngettext|pgettext|gettext|_)\(\s*(?P<args>{_STRING}(?:\s*,\s*{_STRING})*)",
    re.DOTALL,
)
_ONE_STRING = re.compile(_STRING, re.DOTALL)


def template_messages(source: str, where: str) -> list[tuple[Message, int]]:
    code = templatize(source, origin=where)
    found: list[tuple[Message, int]] = []
    for match in _CALL.finditer(code):
        literals = [ast.literal_eval(s.lstrip("u")) for s in _ONE_STRING.findall(match["args"])]
        shape = _SHAPES["gettext" if match["function"] == "_" else match["function"]]
        if len(literals) < len(shape):
            continue
        values = dict(zip(shape, literals, strict=False))
        line = code.count("\n", 0, match.start()) + 1
        found.append(
            (Message(values["msgid"], values.get("msgid_plural"), values.get("msgctxt")), line)
        )
    return found


def messages_in(paths: list[Path], *, root: Path) -> Found:
    """The messages of every ``.py`` and ``.html`` file under ``paths`` (files or folders)."""
    found = Found()
    files: list[Path] = []
    for path in paths:
        files += sorted(path.rglob("*")) if path.is_dir() else [path]
    for file in files:
        if "migrations" in file.parts or not file.is_file():
            continue
        if file.suffix == ".py":
            reader = python_messages
        elif file.suffix == ".html" or (file.suffix == ".txt" and "templates" in file.parts):
            reader = template_messages
        else:
            continue
        where = file.relative_to(root).as_posix()
        for message, line in reader(file.read_text(encoding="utf-8"), where):
            found.add(message, f"{where}:{line}")
    return found
