"""Normalisation before matching, with an offset map back to the original text.

The steps, in order: HTML of fediverse posts to text; invisible characters
and combining marks removed; Unicode NFKC and case folding; accents and
look-alike letters folded to Latin; emoji stand-ins to words; links and
mentions to tokens; letters split by spaces or dots joined; leetspeak between
letters decoded; punctuation to spaces; letters repeated three or more times
collapsed; runs of spaces collapsed. Every step that changes lengths records a
``Layer``; ``Normalised.original_span`` maps a match back through all of them.
"""

from __future__ import annotations

import html
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from haven.detection.charmaps import (
    COMBINING,
    EMOJI_WORDS,
    INVISIBLE,
    LEET,
    LETTER_FOLD,
    LETTER_FOLD_CHARS,
    PUNCTUATION,
)
from haven.detection.offsets import Layer, substitute, to_original

_TAG = re.compile(r"<(/?)([a-zA-Z][a-zA-Z0-9]{0,10})\b[^<>]{0,2000}>|<!--.{0,2000}?-->", re.S)
_BLOCK_TAGS = frozenset({"p", "br", "div", "li", "ul", "ol", "blockquote", "h1", "h2", "h3", "pre"})
_ENTITY = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z]{2,8});")
# Blocks where NFKC or case folding changes characters: Latin-1 symbols and ß,
# Latin ligatures and digraphs, Greek and Cyrillic, small capitals,
# punctuation, letter-like and enclosed forms, CJK compatibility, ligatures,
# full- and half-width forms, mathematical letters. Only the characters that
# actually change are kept, so Japanese text and typographic quotes cost nothing.
_UNSTABLE_BLOCKS = (
    (0xA0, 0xBF), (0xDF, 0xDF), (0x130, 0x133), (0x13F, 0x140), (0x149, 0x149), (0x17F, 0x17F),
    (0x1C4, 0x1CC), (0x1F1, 0x1F3), (0x2B0, 0x2FF), (0x370, 0x52F), (0x1D00, 0x1DBF),
    (0x1E9E, 0x1E9E), (0x2000, 0x2BFF), (0x3000, 0x3000), (0x3200, 0x33FF), (0xF900, 0xFAFF),
    (0xFB00, 0xFB4F), (0xFE10, 0xFE6F), (0xFF00, 0xFFEF), (0x1D400, 0x1D7FF), (0x1F100, 0x1F1FF),
)  # fmt: skip


def _unstable_class() -> str:
    codes = [
        code
        for low, high in _UNSTABLE_BLOCKS
        for code in range(low, high + 1)
        if unicodedata.normalize("NFKC", chr(code)).casefold() != chr(code).lower()
        or len(chr(code).lower()) != 1
    ]
    ranges: list[list[int]] = []
    for code in codes:  # as ranges: the engine tests a range in one step
        if ranges and ranges[-1][1] == code - 1:
            ranges[-1][1] = code
        else:
            ranges.append([code, code])
    return "".join(
        re.escape(chr(low)) + (f"-{re.escape(chr(high))}" if high > low else "")
        for low, high in ranges
    )


# One pass over non-ASCII text, one character at a time so that the engine can
# skip ordinary text: emoji to words, invisible characters and combining marks
# dropped, characters that NFKC would change folded.
_SPECIAL = re.compile(
    "["
    + "".join(map(re.escape, EMOJI_WORDS))
    + INVISIBLE[1:-2]
    + COMBINING[1:-2]
    + _unstable_class()
    + "]"
)
_INVISIBLE_OR_COMBINING = re.compile(f"{INVISIBLE}|{COMBINING}")
_FOLDABLE = re.compile("[" + "".join(map(re.escape, LETTER_FOLD_CHARS)) + "]")
_PUNCTUATION = re.compile("[" + re.escape(PUNCTUATION) + "]")
_URL = re.compile(r"(?:h(?<![a-z0-9]h)ttps?://|w(?<![a-z0-9]w)ww\.)[^\s<>\"]{1,2000}")
_PAYMENT_HOSTS = re.compile(
    r"(?:https?://)?(?:www\.)?(?:paypal\.me|cash\.app|venmo\.com|revolut\.me)"
)
_MENTION = re.compile(
    r"@(?<![\w@.]@)[a-z0-9_]{1,64}(?:@[a-z0-9-]{1,63}(?:\.[a-z0-9-]{1,63}){1,8})?"
)
# Three or more single letters or digits split by one repeated separator: "n u d e s".
_SPLIT = re.compile(r"(?<![a-z0-9])[a-z0-9]([ .*_/|·•-]{1,2})[a-z0-9](?:\1[a-z0-9])+(?![a-z0-9])")
_LEET_RUN = re.compile(r"[0134578@$!|]+")
_REPEAT = re.compile(r"([a-z])\1\1+")
_SPACES = re.compile(r"  +")
# Full stops that end a sentence (or trail off) are punctuation; "0.05" and "cash.app" keep theirs.
_STOPS = re.compile(r"\.(?:\.+|(?=\s|$)|(?<=\s\.))")
_LETTERS = frozenset("abcdefghijklmnopqrstuvwxyz")


@dataclass(frozen=True, slots=True)
class Normalised:
    """``text`` is what lexicons match; ``clean`` is the readable text (for language ID)."""

    original: str
    clean: str
    text: str
    layers: tuple[Layer, ...]

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        return to_original(self.layers, start, end)


def normalise(original: str) -> Normalised:
    layers: list[Layer] = []

    def step(text: str, result: tuple[str, Layer | None]) -> str:
        new, layer = result
        if layer is not None:
            layers.append(layer)
        return new

    text = original
    if "<" in text or "&" in text:
        text = step(text, substitute(text, _TAG, _tag_to_space))
        text = step(text, substitute(text, _ENTITY, _unescape))
    clean = text
    if not text.isascii():
        text = step(text, substitute(text, _SPECIAL, _special))
        text = _FOLDABLE.sub(_fold_letter, text.lower())
    else:
        text = text.lower()
    if "://" in text or "www." in text:
        text = step(text, substitute(text, _URL, _url_token))
    if "@" in text:
        text = step(text, substitute(text, _MENTION, _mention_token))
    text = step(text, substitute(text, _SPLIT, _join_split))
    text = _LEET_RUN.sub(_decode_leet, text)
    text = _PUNCTUATION.sub(" ", text)
    if "." in text:
        text = _STOPS.sub(_spaces, text)
    text = step(text, substitute(text, _REPEAT, _first_letter))
    if "  " in text:
        text = step(text, substitute(text, _SPACES, _one_space))
    return Normalised(original, clean, text, tuple(layers))


def fold_literal(text: str) -> str:
    """The character-level part of ``normalise``, for lexicon entries written by people."""
    folded = unicodedata.normalize("NFKC", text).casefold().translate(LETTER_FOLD)
    for apostrophe in "'’‘`´":  # noqa: RUF001
        folded = folded.replace(apostrophe, " ")
    return _REPEAT.sub(_first_letter, folded)


@lru_cache(maxsize=4096)
def _fold_char(char: str) -> str:
    return unicodedata.normalize("NFKC", char).casefold()


def _special(match: re.Match[str]) -> str:
    char = match.group()
    word = EMOJI_WORDS.get(char)
    if word is not None:
        return f" {word} "
    if _INVISIBLE_OR_COMBINING.match(char):
        return ""
    return _fold_char(char)


def _fold_letter(match: re.Match[str]) -> str:
    return LETTER_FOLD_CHARS[match.group()]


def _tag_to_space(match: re.Match[str]) -> str:
    return " " if match.group(2) and match.group(2).lower() in _BLOCK_TAGS else ""


def _unescape(match: re.Match[str]) -> str:
    return html.unescape(match.group())


def _url_token(match: re.Match[str]) -> str:
    # Payment links stay readable (they are demands); any other link is one token,
    # so words inside a news article's address do not count as signals.
    return match.group() if _PAYMENT_HOSTS.match(match.group()) else " url "


def _mention_token(match: re.Match[str]) -> str:
    return " @acct "


def _join_split(match: re.Match[str]) -> str:
    return match.group().replace(match.group(1), "")


def _decode_leet(match: re.Match[str]) -> str:
    # Only between letters (s3nd, n00dz) or ending a word of two letters or more
    # (nud3): 500, 24h and 15yo stay numbers.
    text, start, end = match.string, match.start(), match.end()
    before = text[start - 1] if start else ""
    if before not in _LETTERS:
        return match.group()
    after = text[end : end + 1]
    if after in _LETTERS and after:
        return match.group().translate(LEET)
    if not after.isalnum() and text[start - 2 : start - 1] in _LETTERS and start >= 2:
        run = match.group()
        if all(char in "0135$" for char in run):
            return run.translate(LEET)
    return match.group()


def _first_letter(match: re.Match[str]) -> str:
    return match.group(1)


def _spaces(match: re.Match[str]) -> str:
    return " " * len(match.group())


def _one_space(match: re.Match[str]) -> str:
    return " "
