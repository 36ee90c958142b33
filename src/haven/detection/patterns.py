"""Compile the lexicons into one regular expression per script, shaped as a trie.

Each lexicon entry is a small regular expression over normalised text (lower
case, no accents, single spaces). Entries are split into a literal prefix and a
regex tail; the prefixes go into a character trie so that the engine tries only
the entries that share the letters already read, whatever the lexicon size.
Each entry ends in an empty marker group: ``match.lastindex`` says which entry
(and so which signal type, weight and language) matched.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from haven.detection.detection import SignalType
from haven.detection.lexicon import LanguageLexicon
from haven.detection.normalise import fold_literal

WEAK_WEIGHT = 0.5
_SEEN_LIMIT = 200_000
_SPECIAL = set(".^$*+?{}[]|()\\")
_QUANTIFIERS = set("?*+{")
_LITERAL_RUNS = re.compile(r"\\.|[^\\]+")


@dataclass(frozen=True, slots=True)
class Marker:
    type: SignalType
    weight: float
    lexicon: str


@dataclass(frozen=True, slots=True)
class Matcher:
    pattern: re.Pattern[str]
    markers: tuple[Marker, ...]  # markers[i] belongs to group i + 1


@dataclass
class _Node:
    children: dict[str, _Node] = field(default_factory=dict)
    tails: list[tuple[str, Marker]] = field(default_factory=list)


def build_matcher(lexicons: tuple[LanguageLexicon, ...], *, spaced: bool) -> Matcher:
    """One pattern for every entry of ``lexicons``; ``spaced`` scripts match whole words."""
    root = _Node()
    for lexicon in lexicons:
        for key, entries in lexicon.entries.items():
            kind, _, strength = key.partition(":")
            marker = Marker(SignalType(kind), WEAK_WEIGHT if strength else 1.0, lexicon.code)
            for entry in entries:
                for variant in expand_leading_group(f"(?:{fold_entry(entry)})"):
                    if not literal_prefix(variant)[0]:
                        raise ValueError(
                            f"lexicon entry must start with a letter or digit: {entry!r}"
                        )
                    _insert(root, variant, marker)
    markers: list[Marker] = []
    # Word edges are ASCII-only: after folding, every lexicon letter is a-z, and a
    # Latin word right next to Japanese text ("お前のnudes") must still match.
    end = r"(?![a-z0-9])" if spaced else ""
    body = _emit(root, markers, end)
    start = r"(?<![a-z0-9])" if spaced else ""
    return Matcher(re.compile(f"{start}(?:{body})"), tuple(markers))


@dataclass(slots=True)
class PhraseNode:
    """One token of a phrase: the marker if a phrase ends here, and the tokens that may follow."""

    marker: Marker | None = None
    children: dict[str, PhraseNode] = field(default_factory=dict)


Starts = tuple[PhraseNode | None, tuple[Matcher, ...]]


@dataclass(frozen=True, slots=True)
class PhraseIndex:
    """The spaced-script lexicons as a trie of tokens plus a few anchored regexes.

    Literal phrases (most entries, spelled out by ``finite_strings``) live in
    ``phrases``, a trie keyed token by token. The rest (``\\w*``, digits,
    look-arounds) are compiled into regexes, found either by the whole first
    token (``exact``) or by its first one to three characters (``prefixes``).
    """

    phrases: dict[str, PhraseNode]
    exact: dict[str, Matcher]
    prefixes: dict[str, Matcher]
    # What each token seen so far can start: posts share most of their words,
    # so most tokens cost one dictionary lookup.
    seen: dict[str, Starts | None] = field(default_factory=dict)

    def starts(self, token: str) -> Starts | None:
        try:
            return self.seen[token]
        except KeyError:
            pass
        node = self.phrases.get(token)
        keys = dict.fromkeys((token[:3], token[:2], token[:1]))
        matchers = tuple(m for key in keys if (m := self.prefixes.get(key)) is not None)
        if (exact := self.exact.get(token)) is not None:
            matchers = (exact, *matchers)
        info = (node, matchers) if node is not None or matchers else None
        if len(self.seen) > _SEEN_LIMIT:  # hostile input of endless distinct tokens
            self.seen.clear()
        self.seen[token] = info
        return info


def build_index(lexicons: tuple[LanguageLexicon, ...]) -> PhraseIndex:
    phrases: dict[str, PhraseNode] = {}
    exact: dict[str, list[tuple[str, Marker]]] = {}
    prefixes: dict[str, list[tuple[str, Marker]]] = {}
    for marker, variant in _variants(lexicons):
        strings = finite_strings(variant)
        if strings is None:
            prefix, tail = literal_prefix(variant)
            first, space, _ = prefix.partition(" ")
            whole = space or tail.startswith(("(?= ", "(?! ", "(?<"))
            (exact if whole else prefixes).setdefault(first if whole else first[:3], []).append(
                (variant, marker)
            )
            continue
        for string in strings:
            tokens = string.split()
            if not tokens:
                continue
            node = phrases.setdefault(tokens[0], PhraseNode())
            for token in tokens[1:]:
                node = node.children.setdefault(token, PhraseNode())
            if node.marker is None or marker.weight > node.marker.weight:
                node.marker = marker
    return PhraseIndex(
        phrases,
        {key: _compile(entries, spaced=True) for key, entries in exact.items()},
        {key: _compile(entries, spaced=True) for key, entries in prefixes.items()},
    )


def _variants(lexicons: tuple[LanguageLexicon, ...]) -> list[tuple[Marker, str]]:
    found = []
    for lexicon in lexicons:
        for key, entries in lexicon.entries.items():
            kind, _, strength = key.partition(":")
            marker = Marker(SignalType(kind), WEAK_WEIGHT if strength else 1.0, lexicon.code)
            for entry in entries:
                for variant in expand_leading_group(f"(?:{fold_entry(entry)})"):
                    if not literal_prefix(variant)[0]:
                        raise ValueError(
                            f"lexicon entry must start with a letter or digit: {entry!r}"
                        )
                    found.append((marker, variant))
    return found


def _compile(entries: list[tuple[str, Marker]], *, spaced: bool) -> Matcher:
    root = _Node()
    for variant, marker in entries:
        _insert(root, variant, marker)
    markers: list[Marker] = []
    body = _emit(root, markers, r"(?![a-z0-9])" if spaced else "")
    return Matcher(re.compile(f"(?:{body})"), tuple(markers))


def finite_strings(entry: str, cap: int = 4096) -> list[str] | None:
    """Every string ``entry`` matches, if it is a finite set of at most ``cap``; else None.

    Understood: literals, escaped punctuation, ``(?:a|b)``, ``?`` and small
    character classes. Anything else (``*``, ``+``, ``\\w``, look-arounds) is not finite here.
    """
    strings, end = _sequence(entry, 0, cap)
    return strings if strings is not None and end == len(entry) else None


def _sequence(s: str, i: int, cap: int) -> tuple[list[str] | None, int]:
    out = [""]
    while i < len(s) and s[i] not in "|)":
        atom, i = _atom(s, i, cap)
        if atom is None:
            return None, i
        if s[i : i + 1] == "?":
            if s[i + 1 : i + 2] in ("?", "+"):
                return None, i
            atom, i = [*atom, ""], i + 1
        elif s[i : i + 1] in ("*", "+", "{"):
            return None, i
        out = [a + b for a in out for b in atom]
        if len(out) > cap:
            return None, i
    return out, i


def _atom(s: str, i: int, cap: int) -> tuple[list[str] | None, int]:
    char = s[i]
    if char == "(":
        if not s.startswith("(?:", i):
            return None, i
        i, alternatives = i + 3, []
        while True:
            strings, i = _sequence(s, i, cap)
            if strings is None or i >= len(s):
                return None, i
            alternatives += strings
            if s[i] == ")":
                return alternatives, i + 1
            i += 1
    if char == "[":
        close = s.find("]", i + 1)
        chars = _class_chars(s[i + 1 : close]) if close != -1 else None
        return (chars, close + 1) if chars else (None, i)
    if char == "\\":
        escaped = s[i + 1 : i + 2]
        return ([escaped], i + 2) if escaped and not escaped.isalnum() else (None, i)
    if char in ".^$":
        return None, i
    return [char], i + 1


def _class_chars(body: str) -> list[str] | None:
    if not body or body[0] == "^" or "\\" in body:
        return None
    chars: list[str] = []
    i = 0
    while i < len(body):
        if i + 2 < len(body) and body[i + 1] == "-":
            chars += [chr(c) for c in range(ord(body[i]), ord(body[i + 2]) + 1)]
            i += 3
        else:
            chars.append(body[i])
            i += 1
    return chars if len(chars) <= 12 else None


def fold_entry(entry: str) -> str:
    """Fold the literal parts of an entry like the text it will match; keep escapes."""
    folded = _LITERAL_RUNS.sub(_fold_run, entry)
    compiled = re.compile(folded)
    if compiled.groups:
        raise ValueError(f"lexicon entry has a capturing group, use (?:...): {entry!r}")
    return folded


def _fold_run(match: re.Match[str]) -> str:
    run = match.group()
    return run if run.startswith("\\") else fold_literal(run)


def expand_leading_group(entry: str) -> list[str]:
    """Spell out what an entry can start with, so that the trie can share it.

    ``(?:a|b)c`` → ``ac``, ``bc``; ``(?:a )?c`` → ``a c``, ``c``; ``[5-9]x`` and
    ``\\dx`` → one entry per digit. An entry left starting with anything else is
    tried at every word, which is what makes a big alternation slow.
    """
    if entry.startswith("(?:"):
        end = _group_end(entry, 3)
        if end is None:
            return [entry]
        branches, rest = _split_branches(entry[3:end]), entry[end + 1 :]
        if rest[:1] == "?" and rest[1:2] not in ("?", "+"):
            branches, rest = [*branches, ""], rest[1:]
        elif rest[:1] in _QUANTIFIERS:
            return [entry]
        return [v for branch in branches for v in expand_leading_group(branch + rest)]
    digits = _leading_digits(entry)
    if digits is not None:
        chars, rest = digits
        return [v for char in chars for v in expand_leading_group(char + rest)]
    return [entry]


def _group_end(entry: str, start: int) -> int | None:
    depth, i = 0, start
    while i < len(entry):
        char = entry[i]
        if char == "\\":
            i += 2
            continue
        if char == "[":
            close = entry.find("]", i + 1)
            i = (close if close != -1 else i) + 1
            continue
        if char == "(":
            depth += 1
        elif char == ")":
            if depth == 0:
                return i
            depth -= 1
        i += 1
    return None


def _split_branches(body: str) -> list[str]:
    branches, depth, current, i = [], 0, [], 0
    while i < len(body):
        char = body[i]
        if char == "\\":
            current.append(body[i : i + 2])
            i += 2
            continue
        if char == "[":
            close = body.find("]", i + 1)
            current.append(body[i : close + 1])
            i = close + 1
            continue
        if char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "|" and depth == 0:
            branches.append("".join(current))
            current = []
            i += 1
            continue
        current.append(char)
        i += 1
    branches.append("".join(current))
    return branches


def _leading_digits(entry: str) -> tuple[str, str] | None:
    """``\\d`` or a digit class like ``[5-9]`` in front, not quantified."""
    match = re.match(r"\\d|\[(\d)-(\d)\]", entry)
    if match is None:
        return None
    rest = entry[match.end() :]
    if rest[:1] in _QUANTIFIERS:
        if rest[:1] != "+" and not rest.startswith("{"):
            return None
        # \d+ or \d{a,b}: one digit, then whatever the quantifier allowed beyond it.
        rest = "\\d*" + rest[1:] if rest[:1] == "+" else rest
        if rest.startswith("{"):
            return None
    chars = (
        "0123456789"
        if match.group() == "\\d"
        else "".join(str(d) for d in range(int(match.group(1)), int(match.group(2)) + 1))
    )
    return chars, rest


def literal_prefix(entry: str) -> tuple[str, str]:
    """Split an entry into the literal text it must start with and the regex after it."""
    prefix: list[str] = []
    i = 0
    while i < len(entry):
        if entry[i] == "\\":
            if i + 1 >= len(entry) or entry[i + 1].isalnum():
                break
            literal, width = entry[i + 1], 2
        elif entry[i] in _SPECIAL:
            break
        else:
            literal, width = entry[i], 1
        if i + width < len(entry) and entry[i + width] in _QUANTIFIERS:
            break
        prefix.append(literal)
        i += width
    return "".join(prefix), entry[i:]


def _insert(root: _Node, entry: str, marker: Marker) -> None:
    prefix, tail = literal_prefix(entry)
    node = root
    for char in prefix:
        node = node.children.setdefault(char, _Node())
    node.tails.append((tail, marker))


def _emit(node: _Node, markers: list[Marker], end: str) -> str:
    # Group numbers follow the order of "(" in the pattern, which is this order.
    alternatives = [
        re.escape(char) + _emit(child, markers, end)
        for char, child in sorted(node.children.items())
    ]
    for tail, marker in sorted(node.tails, key=lambda item: -len(item[0])):
        markers.append(marker)
        alternatives.append(f"{tail}{end}()")
    if len(alternatives) == 1:
        return alternatives[0]
    return "(?:" + "|".join(alternatives) + ")"
