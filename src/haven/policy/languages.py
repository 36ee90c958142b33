"""The languages the server-rule texts are written in: the eight Haven supports."""

from __future__ import annotations

from typing import Final, Literal

Language = Literal["en", "de", "fr", "es", "pt", "it", "nl", "ja"]

# Each named in its own language, as a moderator choosing one would look for it.
LANGUAGES: Final[dict[Language, str]] = {
    "en": "English",
    "de": "Deutsch",
    "fr": "Français",
    "es": "Español",
    "pt": "Português",
    "it": "Italiano",
    "nl": "Nederlands",
    "ja": "日本語",
}
DEFAULT_LANGUAGE: Final[Language] = "en"
