"""Character tables for normalisation: accents, look-alikes, leetspeak, emoji, punctuation.

All tables except the emoji one map one character to one character, so they
never move an offset.
"""

# ruff: noqa: RUF001  (look-alike characters are this module's subject)
from __future__ import annotations

import unicodedata

# Look-alike letters from other scripts, after case folding (Cyrillic, Greek,
# small capitals, IPA). Texts in those scripts are not in the lexicons, so
# folding them to Latin costs nothing there and defeats homoglyph spelling.
_CONFUSABLES = {
    "а": "a", "в": "b", "е": "e", "ё": "e", "к": "k", "м": "m", "н": "h", "о": "o",
    "р": "p", "с": "c", "т": "t", "у": "y", "х": "x", "і": "i", "ї": "i", "ј": "j",
    "ѕ": "s", "ԁ": "d", "ԛ": "q", "ԝ": "w", "һ": "h", "ɡ": "g", "ո": "n", "ս": "u",
    "α": "a", "β": "b", "ε": "e", "η": "n", "ι": "i", "κ": "k", "ν": "v", "ο": "o",
    "ρ": "p", "τ": "t", "υ": "u", "χ": "x", "γ": "y", "ϲ": "c", "ω": "w",
    "ᴀ": "a", "ʙ": "b", "ᴄ": "c", "ᴅ": "d", "ᴇ": "e", "ꜰ": "f", "ɢ": "g", "ʜ": "h",
    "ɪ": "i", "ᴊ": "j", "ᴋ": "k", "ʟ": "l", "ᴍ": "m", "ɴ": "n", "ᴏ": "o", "ᴘ": "p",
    "ʀ": "r", "ꜱ": "s", "ᴛ": "t", "ᴜ": "u", "ᴠ": "v", "ᴡ": "w", "ʏ": "y", "ᴢ": "z",
    "ı": "i", "ø": "o", "ł": "l", "đ": "d", "ð": "d", "þ": "p", "ŧ": "t", "ħ": "h",
}  # fmt: skip


def _accent_table() -> dict[int, str]:
    """Latin letters with diacritics to their base letter (é → e, ñ → n)."""
    table: dict[int, str] = {}
    for code in [*range(0xC0, 0x250), *range(0x1E00, 0x1F00)]:
        decomposition = unicodedata.decomposition(chr(code)).split()
        if decomposition and not decomposition[0].startswith("<"):
            base = chr(int(decomposition[0], 16))
            if base.isascii() and base.isalpha():
                table[code] = base.lower()
    return table


LETTER_FOLD = {**_accent_table(), **{ord(k): v for k, v in _CONFUSABLES.items()}}
LETTER_FOLD_CHARS = {chr(code): base for code, base in LETTER_FOLD.items()}

# Invisible characters used to split words: zero-width spaces and joiners,
# soft hyphen, word joiner, BOM, variation selectors, combining grapheme joiner.
INVISIBLE = "[\u00ad\u034f\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufe00-\ufe0f\ufeff]+"

# Combining marks: accents are folded away anyway, and stacks of them ("zalgo")
# are a way of hiding words. Japanese sound marks (U+3099, U+309A) stay.
COMBINING = "[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]+"

# Emoji that stand in for words in threats and in sexting. Each becomes a word
# with spaces around it; the span of the word maps back to the emoji.
EMOJI_WORDS = {
    "🍆": "nudes", "🍑": "nudes", "💦": "nudes", "🔞": "nudes", "🫦": "nudes",
    "📸": "pics", "📷": "pics", "🤳": "pics", "🖼": "pics",
    "🎥": "video", "📹": "video", "📼": "video", "🎞": "video",
    "💰": "money", "💵": "money", "💶": "money", "💷": "money", "💴": "money",
    "💸": "money", "💲": "money", "🤑": "money", "🏦": "bank", "🪙": "bitcoin", "₿": "bitcoin",
    "⏰": "countdown", "⏳": "countdown", "⌛": "countdown", "⏱": "countdown", "⏲": "countdown",
    "👪": "family",
}  # fmt: skip

# Leetspeak, applied only to digits and symbols between letters (s3nd, n00dz,
# ca$h): a number standing alone (500, 24h, 15yo) is never touched.
LEET = str.maketrans(
    {"0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "8": "b", "@": "a", "$": "s",
     "!": "i", "|": "l"}
)  # fmt: skip

# Punctuation becomes a space so lexicon phrases need only single spaces. Kept:
# "." (amounts, domains), "$", "€", "£", "¥", "@" (cashtags, mentions).
# "¿" and "¡" (Spanish) too: glued to a word they hid it from every lexicon.
PUNCTUATION = (
    """\t\n\r\x0b\x0c,;:!?\"'`´‘’‚“”„«»‹›()[]{}<>*_~|/\\^+=#%&…·•–—-"""
    """¿¡、。！？「」『』（）【】・："""
)
APOSTROPHES = "'’‘`´"

# White space that NFKC leaves alone (tabs, line and paragraph separators...):
# a separator like any other, so that normalised text has only plain spaces.
WHITESPACE = "".join(
    chr(code)
    for code in range(0x10000)
    if chr(code).isspace() and chr(code) != " " and chr(code) not in PUNCTUATION
)
