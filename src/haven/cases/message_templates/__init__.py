"""Messages to the victim, from templates in the eight languages the desk writes in.

The texts are data (``texts/<language>.toml``), one file per language, with named
placeholders such as ``{support_list}``; ``render`` fills what it is given and
says what it could not fill. A text with a placeholder left in it cannot be
sent (``require_complete``): a victim must never read ``{server_name}``.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from importlib import resources

from django.utils.functional import Promise
from django.utils.translation import gettext_lazy

from haven.core.errors import InvalidInput, NotFound

LANGUAGES = ("en", "de", "fr", "es", "pt", "it", "nl", "ja")
LANGUAGE_NAMES: dict[str, str] = {
    "en": "English",
    "de": "Deutsch",
    "fr": "Français",
    "es": "Español",
    "pt": "Português",
    "it": "Italiano",
    "nl": "Nederlands",
    "ja": "日本語",
}

# In the guide's order: believe first, then what keeps them safe, then where to go.
LABELS: dict[str, Promise] = {
    "believe": gettext_lazy("We believe you: it is not your fault, and this is confidential"),
    "no_pay": gettext_lazy("Do not pay or send more, and why"),
    "block_and_keep": gettext_lazy("Block the account and keep the evidence"),
    "secure_accounts": gettext_lazy("Secure your accounts: passwords and a second factor"),
    "specialist_help": gettext_lazy("Where to get specialist help"),
    "what_next": gettext_lazy("What happens next"),
}
PLACEHOLDERS = frozenset({"server_name", "support_list"})
# The labels of a support-list line, in each language's file.
FORMAT_KEYS = ("phone", "text", "hours")
_PLACEHOLDER = re.compile(r"\{([a-z_]+)\}")


@dataclass(frozen=True)
class Template:
    key: str
    label: Promise


@dataclass(frozen=True)
class Rendered:
    text: str
    missing: tuple[str, ...]  # placeholders left in ``text``, in order of appearance

    @property
    def complete(self) -> bool:
        return not self.missing


def templates() -> tuple[Template, ...]:
    return tuple(Template(key, label) for key, label in LABELS.items())


@cache
def _texts(language: str) -> dict[str, dict[str, str]]:
    source = resources.files(__package__).joinpath("texts", f"{language}.toml")
    return tomllib.loads(source.read_text(encoding="utf-8"))


def raw_text(key: str, language: str) -> str:
    """The template as written in its data file, placeholders and all."""
    if key not in LABELS or language not in LANGUAGES:
        raise NotFound()
    return _texts(language)[key]["text"].strip()


def formatting(language: str) -> dict[str, str]:
    """How a support-list line's details are labelled in ``language``."""
    if language not in LANGUAGES:
        raise NotFound()
    return dict(_texts(language)["format"])


def placeholders_in(text: str) -> tuple[str, ...]:
    """The known placeholders still in ``text``, each once, in order."""
    found = (match.group(1) for match in _PLACEHOLDER.finditer(text))
    return tuple(dict.fromkeys(name for name in found if name in PLACEHOLDERS))


def render(key: str, language: str, values: Mapping[str, str]) -> Rendered:
    """The template ``key`` in ``language`` with ``values`` filled in.

    A value that is missing or blank leaves its placeholder in the text, and
    in ``missing``; a value is put in as given, never read as a template.
    """

    def fill(match: re.Match[str]) -> str:
        value = (values.get(match.group(1)) or "").strip()
        return value if value and match.group(1) in PLACEHOLDERS else match.group(0)

    text = _PLACEHOLDER.sub(fill, raw_text(key, language))
    return Rendered(text, placeholders_in(text))


def require_complete(text: str) -> str:
    """``text`` if it has no placeholder left in it; else InvalidInput naming the first."""
    missing = placeholders_in(text)
    if missing:
        raise InvalidInput(
            gettext_lazy(
                "The message still has a placeholder to fill in: {%(name)s}. Replace it with "
                "the right words before sending."
            )
            % {"name": missing[0]},
            code="unfilled_placeholder",
        )
    return text
