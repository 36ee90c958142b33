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

from haven.detection.charmaps import (
    COMBINING,
    EMOJI_WORDS,
    INVISIBLE,
    LEET,
    LETTER_FOLD,
    LETTER_FOLD_CHARS,
    PUNCTUATION,
    WHITESPACE,
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


def _unstable_class(*, bmp_only: bool = False) -> str:
    codes = [
        code
        for low, high in _UNSTABLE_BLOCKS
        for code in range(low, high + 1)
        if (
            (code < 0x10000 or not bmp_only)
            and unicodedata.normalize("NFKC", chr(code)).casefold() != chr(code).lower()
        )
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
# dropped, characters that NFKC would change folded. Characters outside the
# Basic Multilingual Plane are one range here and sorted out by ``_special``:
# listing them one by one would make the engine test each in turn (ten times slower).
_SPECIAL = re.compile(
    "["
    + "".join(re.escape(char) for char in EMOJI_WORDS if ord(char) < 0x10000)
    + INVISIBLE[1:-2]
    + COMBINING[1:-2]
    + _unstable_class(bmp_only=True)
    + "\U00010000-\U0010ffff]"
)
_INVISIBLE_OR_COMBINING = re.compile(f"{INVISIBLE}|{COMBINING}")
_FOLDABLE = re.compile("[" + "".join(map(re.escape, LETTER_FOLD_CHARS)) + "]")
# Punctuation and every kind of white space become a plain space (same length).
_PUNCTUATION = re.compile("[" + re.escape(PUNCTUATION) + "".join(map(re.escape, WHITESPACE)) + "]")
_URL = re.compile(r"(?:h(?<![a-z0-9]h)ttps?://|w(?<![a-z0-9]w)ww\.)[^\s<>\"]{1,2000}")
_PAYMENT_HOSTS = re.compile(
    r"(?:https?://)?(?:www\.)?(?:paypal\.me|cash\.app|venmo\.com|revolut\.me)"
)
_MENTION = re.compile(
    r"@(?<![\w@.]@)[a-z0-9_]{1,64}(?:@[a-z0-9-]{1,63}(?:\.[a-z0-9-]{1,63}){1,8})?"
)
# Three or more single letters or digits split by one repeated separator: "n u d e s".
_SPLIT = re.compile(r"(?<![a-z0-9])[a-z0-9]([ .*_/|·•-]{1,2})[a-z0-9](?:\1[a-z0-9])+(?![a-z0-9])")
# The same without the look-behind, which the engine would test at every position:
# a cheap first scan that finds a superset of what _SPLIT finds.
_MAYBE_SPLIT = re.compile(r"[a-z0-9]([ .*_/|·•-]{1,2})[a-z0-9]\1[a-z0-9](?![a-z0-9])")
_LEET_RUN = re.compile(r"[0134578@$!|]+")
# A letter before a run of leet characters that _decode_leet could decode (a superset).
_MAYBE_LEET = re.compile(r"[a-z](?:[0134578@$!|]+[a-z]|[0135$])")
_REPEAT = re.compile(r"([a-z])\1\1+")
_SPACES = re.compile(r"  +")
_DOTS = re.compile(r"\.\.+")
# "!" or "|" in a run of leet characters that a letter follows (a superset of those decoded).
_MAYBE_LEET_SEPARATOR = re.compile(r"[!|][0134578@$!|]*[a-z]")
_LETTERS = frozenset("abcdefghijklmnopqrstuvwxyz")
_ALNUM = frozenset("abcdefghijklmnopqrstuvwxyz0123456789")
_SPECIAL_LIMIT = 10_000


class Normalised:
    """What the lexicons read, and how to map it back to the original.

    ``spaced`` is the normalised text before runs of spaces are collapsed (the
    matcher skips empty tokens), so that nearly every text gets by without any
    offset map: ``base_layers`` are the rewrites that changed lengths before
    that, usually none. ``text``, the same with single spaces, and ``layers``,
    which add that last rewrite, are worked out only when asked for.
    ``clean`` is the readable text (for language identification). A text
    normalised with ``thorough=False`` skipped the rare steps ``needs_thorough``
    decides about; ``before_punctuation`` is kept for that decision.
    """

    __slots__ = (
        "_layers",
        "_text",
        "base_layers",
        "before_punctuation",
        "clean",
        "original",
        "spaced",
        "thorough",
    )

    def __init__(
        self,
        original: str,
        clean: str,
        spaced: str,
        base_layers: tuple[Layer, ...],
        before_punctuation: str,
        *,
        thorough: bool,
    ) -> None:
        self.original, self.clean, self.spaced = original, clean, spaced
        self.base_layers, self.before_punctuation = base_layers, before_punctuation
        self.thorough = thorough
        self._text: str | None = None
        self._layers: tuple[Layer, ...] | None = None

    @property
    def text(self) -> str:
        if self._text is None:
            self._text = _SPACES.sub(" ", self.spaced) if "  " in self.spaced else self.spaced
        return self._text

    @property
    def layers(self) -> tuple[Layer, ...]:
        if self._layers is None:
            _, layer = substitute(self.spaced, _SPACES, _one_space)
            self._layers = (*self.base_layers, layer) if layer else self.base_layers
        return self._layers

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        """Map a span of ``text`` back to the original."""
        return to_original(self.layers, start, end)


def normalise(original: str, *, thorough: bool = True) -> Normalised:
    """Normalise ``original``; with ``thorough=False``, skip letters split by
    separators, leetspeak made of digits and symbols, and letters repeated
    three times or more, which few texts have: ``token_flags`` tells which
    words would have needed them.
    """
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
    if text.isascii():
        text = text.lower()
    else:
        text = step(text, substitute(text, _SPECIAL, _special))
        text = text.lower()
        # Replacing each distinct accented letter is cheaper than a call per letter.
        for char in set(_FOLDABLE.findall(text)):
            text = text.replace(char, LETTER_FOLD_CHARS[char])
    if "://" in text or "www." in text:
        text = step(text, substitute(text, _URL, _url_token))
    if "@" in text:
        text = step(text, substitute(text, _MENTION, _mention_token))
    # "!" and "|" become spaces below, so token_flags would never see a word
    # they are leetspeak in ("n!ce") whole: such a text is done thoroughly.
    thorough = thorough or (
        ("!" in text or "|" in text) and _MAYBE_LEET_SEPARATOR.search(text) is not None
    )
    if thorough:
        if _MAYBE_SPLIT.search(text):
            text = step(text, substitute(text, _SPLIT, _join_split))
        if _MAYBE_LEET.search(text):
            text = _LEET_RUN.sub(_decode_leet, text)
    before_punctuation = text
    text = _PUNCTUATION.sub(" ", text)
    if "." in text:  # full stops that end a sentence; "0.05" and "cash.app" keep theirs
        if ".." in text:
            text = _DOTS.sub(_spaces, text)
        text = text.replace(". ", "  ").replace(" .", "  ")
        if text.endswith("."):
            text = text[:-1] + " "
    if thorough and _REPEAT.search(text):
        text = step(text, substitute(text, _REPEAT, _first_letter))
    return Normalised(original, clean, text, tuple(layers), before_punctuation, thorough=thorough)


LEET_FLAG, REPEAT_FLAG, SPLIT_FLAG, SINGLE_FLAG = 1, 2, 4, 8


def token_flags(token: str) -> int:
    """Which skipped steps a token of a ``thorough=False`` text would have needed.

    ``SINGLE_FLAG``: one letter or digit alone, which may be part of a word
    split into letters ("n u d e s"); ``needs_thorough`` checks the separators.
    """
    flags = 0
    if _LEET_RUN.search(token) and _LEET_RUN.sub(_decode_leet, token) != token:
        flags |= LEET_FLAG
    if _REPEAT.search(token):
        flags |= REPEAT_FLAG
    if "." in token and _SPLIT.search(token):
        flags |= SPLIT_FLAG
    if len(token) == 1 and token in _ALNUM:
        flags |= SINGLE_FLAG
    return flags


def rewrite_token(token: str) -> str:
    """The token as the thorough normalisation would have it: leetspeak decoded,
    letters repeated three times or more collapsed."""
    if _LEET_RUN.search(token):
        token = _LEET_RUN.sub(_decode_leet, token)
    return _REPEAT.sub(_first_letter, token)


def needs_thorough(normalised: Normalised, flags: int, singles: list[tuple[int, int]]) -> bool:
    """Whether ``normalised`` (not thorough) differs from the thorough normalisation.

    ``flags`` are the ``token_flags`` of its tokens, ``singles`` the (token
    number, start) of its one-character tokens.
    """
    if normalised.thorough:
        return False
    if flags & (LEET_FLAG | REPEAT_FLAG | SPLIT_FLAG):
        return True
    if len(singles) < 3:
        return False
    tokens = normalised.spaced.split(" ")
    run = [singles[0]]
    for single in singles[1:]:
        if any(tokens[run[-1][0] + 1 : single[0]]):  # a longer token in between
            run = [single]
            continue
        run.append(single)
        # Three in a row: split letters if the separators in the text before
        # punctuation became spaces are one repeated separator.
        if len(run) >= 3 and _SPLIT.search(
            normalised.before_punctuation, max(0, run[-3][1] - 1), run[-1][1] + 2
        ):
            return True
    return False


def fold_literal(text: str) -> str:
    """The character-level part of ``normalise``, for lexicon entries written by people."""
    folded = unicodedata.normalize("NFKC", text).casefold().translate(LETTER_FOLD)
    for apostrophe in "'’‘`´":  # noqa: RUF001
        folded = folded.replace(apostrophe, " ")
    return _REPEAT.sub(_first_letter, folded)


_special_seen: dict[str, str] = {}


def _special(match: re.Match[str]) -> str:
    char = match.group()
    try:
        return _special_seen[char]
    except KeyError:
        pass
    word = EMOJI_WORDS.get(char)
    if word is not None:
        new = f" {word} "
    elif _INVISIBLE_OR_COMBINING.match(char):
        new = ""
    else:
        # NFKC and case folding; characters of other planes that neither changes
        # (most emoji) come back as they are, which ``substitute`` skips.
        new = unicodedata.normalize("NFKC", char).casefold()
    if len(_special_seen) > _SPECIAL_LIMIT:
        _special_seen.clear()
    _special_seen[char] = new
    return new


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
