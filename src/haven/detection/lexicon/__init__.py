"""Lexicons: per language, regular-expression fragments for each signal type.

An entry is matched against normalised text (see ``normalise``): lower case,
no accents, punctuation as single spaces, links as ``url``, mentions as
``@acct``. Entries are folded the same way when compiled, so they may be
written naturally ("vídeo", "I'll"). Keys are signal types; a key ending in
``:weak`` gives its entries half weight. Entries must use ``(?:...)``, never
capturing groups, and should start with literal letters (see ``patterns``).
Spaced scripts match whole words; Japanese matches anywhere.
"""

from __future__ import annotations

from dataclasses import dataclass

from haven.detection.lexicon import common, de, en, es, fr, it, ja, nl, pt
from haven.detection.lexicon.entries import Entries


@dataclass(frozen=True, slots=True)
class LanguageLexicon:
    code: str
    spaced: bool
    entries: Entries


LEXICONS: tuple[LanguageLexicon, ...] = (
    LanguageLexicon("common", True, common.ENTRIES),
    LanguageLexicon("en", True, en.ENTRIES),
    LanguageLexicon("de", True, de.ENTRIES),
    LanguageLexicon("fr", True, fr.ENTRIES),
    LanguageLexicon("es", True, es.ENTRIES),
    LanguageLexicon("pt", True, pt.ENTRIES),
    LanguageLexicon("it", True, it.ENTRIES),
    LanguageLexicon("nl", True, nl.ENTRIES),
    LanguageLexicon("ja", False, ja.ENTRIES),
)
SUPPORTED_LANGUAGES = tuple(lexicon.code for lexicon in LEXICONS if lexicon.code != "common")
