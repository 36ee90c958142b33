"""The languages Haven speaks: English, the source, and seven translations."""

from __future__ import annotations

from typing import Final

SOURCE_LANGUAGE: Final = "en"

# Each named in its own language: someone looking for theirs reads that name.
LANGUAGES: Final[list[tuple[str, str]]] = [
    ("en", "English"),
    ("de", "Deutsch"),
    ("fr", "Français"),
    ("es", "Español"),
    ("pt", "Português"),
    ("it", "Italiano"),
    ("nl", "Nederlands"),
    ("ja", "日本語"),
]
TRANSLATED: Final[list[str]] = [code for code, _name in LANGUAGES if code != SOURCE_LANGUAGE]

# The Plural-Forms header of each catalogue, as GNU gettext gives them.
PLURAL_FORMS: Final[dict[str, str]] = {
    "de": "nplurals=2; plural=(n != 1);",
    "fr": "nplurals=2; plural=(n > 1);",
    "es": "nplurals=2; plural=(n != 1);",
    "pt": "nplurals=2; plural=(n != 1);",
    "it": "nplurals=2; plural=(n != 1);",
    "nl": "nplurals=2; plural=(n != 1);",
    "ja": "nplurals=1; plural=0;",
}
