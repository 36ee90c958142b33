"""Compile the lexicons: a token trie for spaced scripts, a character trie for Japanese.

Each lexicon entry is a small regular expression over normalised text (lower
case, no accents, tokens separated by spaces). For the spaced scripts
(``build_index``) entries are spelt out into literal phrases where they can be
(``finite_strings``; a finite look-ahead becomes a phrase whose last tokens are
only looked at) and put in a trie keyed token by token; the rest stay regexes,
hung on the trie node of the whole tokens they start with or keyed by the
letters they start with, and compiled on first use. For Japanese
(``UnspacedMatcher``) entries are spelt out too where they are finite, and
otherwise split into a literal prefix and a regex tail; the characters go into
a trie, one trie-shaped regex per first character, so that the engine tries
only the entries that share the characters already read. Each compiled entry
ends in an empty marker group: ``match.lastindex`` says which entry (and so
which signal type, weight and language) matched.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from itertools import compress, pairwise

from haven.detection.detection import SIGNAL_TYPES, SignalType
from haven.detection.lexicon import LanguageLexicon
from haven.detection.normalise import (
    LEET_FLAG,
    REPEAT_FLAG,
    fold_literal,
    rewrite_token,
    token_flags,
)

WEAK_WEIGHT = 0.5
_SEEN_LIMIT = 200_000
_SPECIAL = set(".^$*+?{}[]|()\\")
_QUANTIFIERS = set("?*+{")
_LITERAL_RUNS = re.compile(r"\\.|[^\\]+")
_PLAIN = re.compile(r"[^()\[\]|\\?*+{}.^$]+")
_CAPTURING = re.compile(r"(?<!\\)\((?!\?)")
# Literal characters and escaped punctuation, as many as an entry starts with.
_LITERAL_PREFIX = re.compile(r"(?:[^.^$*+?{}\[\]|()\\]|\\[^a-zA-Z0-9])+")
_UNESCAPE = re.compile(r"\\(.)")


class Marker:
    """What a lexicon entry is evidence of; ``index`` is its type's place in ``SIGNAL_TYPES``."""

    __slots__ = ("index", "lexicon", "type", "weight")

    def __init__(self, type: SignalType, weight: float, lexicon: str) -> None:
        self.type, self.weight, self.lexicon = type, weight, lexicon
        self.index = SIGNAL_TYPES.index(type)

    def __repr__(self) -> str:
        return f"Marker({self.type.value}, {self.weight}, {self.lexicon})"


@dataclass(frozen=True, slots=True)
class Matcher:
    pattern: re.Pattern[str]
    markers: tuple[Marker, ...]  # markers[i] belongs to group i + 1


@dataclass
class _Node:
    children: dict[str, _Node] = field(default_factory=dict)
    tails: list[tuple[str, Marker]] = field(default_factory=list)


def build_matcher(lexicons: tuple[LanguageLexicon, ...], *, spaced: bool) -> Matcher:
    """One pattern for every entry of ``lexicons``; ``spaced`` scripts match whole words.

    ``UnspacedMatcher`` finds the same matches faster; this single regex is the
    reference it is tested against.
    """
    root = _Node()
    for marker, variant in _variants(lexicons):
        for entry in _spelt_out(variant):
            _insert(root, entry, marker)
    markers: list[Marker] = []
    # Word edges are ASCII-only: after folding, every lexicon letter is a-z, and a
    # Latin word right next to Japanese text ("お前のnudes") must still match.
    end = r"(?![a-z0-9])" if spaced else ""
    body = _emit(root, markers, end)
    start = r"(?<![a-z0-9])" if spaced else ""
    return Matcher(re.compile(space_tolerant(f"{start}(?:{body})")), tuple(markers))


_NO_CHILDREN: dict[str, PhraseNode] = {}


class PhraseNode:
    r"""One token of a phrase.

    ``marker`` is set if a phrase ends here; ``back`` is how many of its last
    tokens were only looked at, not matched (a look-ahead: "pay" before "me").
    ``entries`` are the regexes to try at the phrase's first token once the
    tokens so far have matched literally ("you have" before ``\d+ hours``).
    """

    __slots__ = ("back", "children", "entries", "marker", "matcher")

    def __init__(self) -> None:
        self.marker: Marker | None = None
        self.back = 0
        self.children: dict[str, PhraseNode] = _NO_CHILDREN  # shared until one is added
        self.entries: _Entries | None = None
        self.matcher: Matcher | None = None

    def compiled(self) -> Matcher:
        if self.matcher is None:
            self.matcher = _compile(self.entries or [])
        return self.matcher


# What a token can start: the phrases that begin with it, the longest match of the
# entries that can only match inside it (worked out once per distinct token, as
# (end within the token, marker)), the regexes keyed by the letters it starts with,
# and flags for the rare normalisation steps it needs (normalise.token_flags).
Starts = tuple[PhraseNode | None, tuple[int, Marker] | None, tuple[Matcher, ...], int]
_Entries = list[tuple[str, Marker]]
# A regex that can only match inside one token: nothing in it can match a space.
_CROSSES_TOKENS = re.compile(r" |\\[sSWD]|\(\?[=!<]|\[\^|(?<!\\)\.")
_WORD_END = "(?![a-z0-9])"
_WORDS = re.compile(r"[a-z0-9]+")
_REWRITE_FLAGS = LEET_FLAG | REPEAT_FLAG
_PREFIX_VARIANTS = 64
# A spelt-out variant with more strings than this stays a regex, hung deep enough
# in the trie: spelling it out would cost start-up time and memory, not speed.
_EXPANDED_STRINGS = 64


class PhraseIndex:
    r"""The spaced-script lexicons as a trie of tokens, with a few regexes attached.

    Literal phrases (most entries, spelled out by ``finite_strings``) and finite
    look-aheads live in ``phrases``, a trie keyed token by token. The other
    entries (``\\w*``, digits, negative look-arounds) are regexes, compiled on
    first use: hung on the trie node of the whole tokens they start with, so
    that they are tried only after those tokens matched, or, when they do not
    start with a whole token, found by the letters they start with
    (``prefixes``). Those that cannot reach past their first token are run on
    the token once, when it is first seen, and never on the text.
    """

    def __init__(
        self,
        phrases: dict[str, PhraseNode],
        prefixes: dict[str, _Entries],
        words: frozenset[str],
        regex_words: frozenset[str],
    ) -> None:
        self.phrases = phrases
        self._prefixes = prefixes
        # Every token of every phrase, and the letter runs of every regex entry
        # (which a token starting with one might match): see _rewrite_matters.
        self.words, self.regex_words = words, regex_words
        self._longest_prefix = max(map(len, prefixes), default=0)
        self._compiled: dict[tuple[str, bool], Matcher | None] = {}
        # What each token seen so far can start: posts share most of their words,
        # so most tokens cost one dictionary lookup. A token that only starts
        # longer phrases maps to the tokens that may follow it instead (its
        # ``Starts`` are then in ``full``).
        self.seen: dict[str, Starts | dict[str, PhraseNode] | None] = _Seen(self)
        self.full: dict[str, Starts] = {}

    def starts(self, token: str) -> Starts | None:
        if token in self.seen:
            info = self.seen[token]
            return self.full[token] if isinstance(info, dict) else info
        node, local, matchers = self._candidates(token)
        flags = token_flags(token)
        if flags & _REWRITE_FLAGS and not self._rewrite_matters(token):
            flags &= ~_REWRITE_FLAGS
        info = (node, local, matchers, flags) if node or local or matchers or flags else None
        if len(self.seen) > _SEEN_LIMIT:  # hostile input of endless distinct tokens
            self.seen.clear()
            self.full.clear()
        if (
            info is not None
            and node is not None
            and node.marker is None
            and node.entries is None
            and not (local or matchers or flags)
        ):
            # It only starts longer phrases: the matcher first checks the next token.
            self.full[token] = info
            self.seen[token] = node.children
        else:
            self.seen[token] = info
        return info

    def _candidates(
        self, token: str
    ) -> tuple[PhraseNode | None, tuple[int, Marker] | None, tuple[Matcher, ...]]:
        node = self.phrases.get(token)
        local: tuple[int, Marker] | None = None
        matchers: list[Matcher] = []
        for n in range(min(len(token), self._longest_prefix), 0, -1):
            if token[:n] not in self._prefixes:
                continue
            inside = self._matcher(token[:n], local=True)
            if inside is not None and (match := inside.pattern.match(token)) and match.lastindex:
                marker = inside.markers[match.lastindex - 1]
                if local is None or _better(match.end(), marker, *local):
                    local = (match.end(), marker)
            across = self._matcher(token[:n], local=False)
            if across is not None:
                matchers.append(across)
        return node, local, tuple(matchers)

    def _rewrite_matters(self, token: str) -> bool:
        """Whether decoding leetspeak or collapsing repeated letters in ``token`` could
        change a match: whether either form is a word of some phrase or starts
        like a word of some regex entry, or they start different matches."""
        fixed = rewrite_token(token)
        if fixed == token:
            return False
        if not (token.isascii() and fixed.isascii()):
            return True
        for form in (token, fixed):
            if form in self.words or any(
                form[:n] in self.regex_words for n in range(1, len(form) + 1)
            ):
                return True
        raw, new = self._candidates(token), self._candidates(fixed)
        return bool(raw[0] or raw[2] or new[0] or new[2]) or raw[1] != new[1]

    def _matcher(self, key: str, *, local: bool) -> Matcher | None:
        if (key, local) not in self._compiled:
            chosen = [
                e for e in self._prefixes[key] if (_CROSSES_TOKENS.search(e[0]) is None) == local
            ]
            self._compiled[key, local] = _compile(chosen) if chosen else None
        return self._compiled[key, local]


class _Seen(dict[str, "Starts | dict[str, PhraseNode] | None"]):
    """``PhraseIndex.seen``: a token not seen yet is worked out when it is read."""

    __slots__ = ("index",)

    def __init__(self, index: PhraseIndex) -> None:
        super().__init__()
        self.index = index

    def __missing__(self, token: str) -> Starts | dict[str, PhraseNode] | None:
        self.index.starts(token)
        return self.get(token)


def _better(end: int, marker: Marker, best_end: int, best: Marker) -> bool:
    """Longest wins; on a tie, the stronger entry ("pay me" over "pay")."""
    return end > best_end or (end == best_end and marker.weight > best.weight)


def build_index(
    lexicons: tuple[LanguageLexicon, ...], unspaced: tuple[LanguageLexicon, ...] = ()
) -> PhraseIndex:
    """The index of the spaced-script ``lexicons``; the ``unspaced`` ones only lend
    their Latin words to ``regex_words`` (their regex runs on the same text)."""
    phrases: dict[str, PhraseNode] = {}
    prefixes: dict[str, _Entries] = {}
    regex_words: set[str] = {
        word for _, variant in _variants(unspaced) for word in _WORDS.findall(variant)
    }
    for marker, variant in _variants(lexicons):
        strings = finite_strings(variant)
        if strings is not None:
            for string in strings:
                _add_phrase(phrases, string.split(), marker, 0)
            continue
        ahead = _finite_lookahead(variant)
        if ahead is not None:
            for string, following in ahead:
                tokens = string.split()
                _add_phrase(phrases, tokens + following.split(), marker, len(following.split()))
            continue
        for expanded in expand_prefix(variant):
            strings = finite_strings(expanded, cap=_EXPANDED_STRINGS)
            if strings is not None:
                for string in strings:
                    _add_phrase(phrases, string.split(), marker, 0)
                continue
            if _CROSSES_TOKENS.search(expanded):  # one-token entries: _candidates compares them
                regex_words.update(_WORDS.findall(expanded))
            prefix, tail = literal_prefix(expanded)
            whole = tail == "" or tail.startswith(("(?= ", "(?! ", "(?<"))
            tokens = prefix.split(" ")
            complete = [t for t in (tokens if whole else tokens[:-1]) if t]
            if complete:
                node = _node(phrases, complete)
                node.entries = [*(node.entries or []), (expanded, marker)]
            else:
                prefixes.setdefault(tokens[0], []).append((expanded, marker))
    words: set[str] = set()
    stack = list(phrases.items())
    while stack:
        word, node = stack.pop()
        words.add(word)
        stack += node.children.items()
    return PhraseIndex(phrases, prefixes, frozenset(words), frozenset(regex_words))


def _node(phrases: dict[str, PhraseNode], tokens: list[str]) -> PhraseNode:
    node = phrases.get(tokens[0])
    if node is None:
        node = phrases[tokens[0]] = PhraseNode()
    for token in tokens[1:]:
        child = node.children.get(token)
        if child is None:
            if node.children is _NO_CHILDREN:
                node.children = {}
            child = node.children[token] = PhraseNode()
        node = child
    return node


def _add_phrase(
    phrases: dict[str, PhraseNode], tokens: list[str], marker: Marker, back: int
) -> None:
    if len(tokens) <= back:
        return
    node = _node(phrases, tokens)
    # The longer span wins (a phrase over a look-ahead ending at the same token), then the stronger.
    if node.marker is None or (back, -marker.weight) < (node.back, -node.marker.weight):
        node.marker, node.back = marker, back


def _finite_lookahead(variant: str) -> list[tuple[str, str]] | None:
    """``finite(?= finite)`` as (matched, looked-at) pairs of phrases, or None."""
    i = _top_level(variant, "(?= ")
    if i is None or not variant.endswith(")"):
        return None
    body = variant[i + 4 : -1]
    if _group_end(variant, i + 3) != len(variant) - 1:
        return None
    body = body.removesuffix(_WORD_END)
    head, following = finite_strings(variant[:i]), finite_strings(body)
    if head is None or following is None or len(head) * len(following) > 4096:
        return None
    return [(h, f) for h in head for f in following]


def _top_level(entry: str, needle: str) -> int | None:
    """Where ``needle`` first starts outside any group or class of ``entry``."""
    return next(
        (i for i, depth in _structure(entry) if depth == 0 and entry.startswith(needle, i)),
        None,
    )


def _structure(entry: str, start: int = 0) -> Iterator[tuple[int, int]]:
    """Each position of ``entry`` from ``start`` that is not inside an escape or a
    character class, with the depth of groups there (before its own bracket)."""
    depth, i = 0, start
    while i < len(entry):
        yield i, depth
        char = entry[i]
        if char == "\\":
            i += 2
            continue
        if char == "[":
            close = entry.find("]", i + 1)
            i = (close if close != -1 else i) + 1
            continue
        depth += (char == "(") - (char == ")")
        i += 1


def expand_prefix(entry: str) -> list[str]:
    r"""Spell out groups and optional letters after an entry's literal prefix.

    ``videos? (?:porno\w*|x)`` becomes ``videos porno\w*``, ``video porno\w*``,
    ``videos x``, ``video x``: the longer the literal prefix, the deeper in the
    trie the regex hangs, and the fewer texts it is tried on. At most
    ``_PREFIX_VARIANTS`` per entry; past that the entry is left as it is.
    """
    done: list[str] = []
    pending = [entry]
    while pending:
        current = pending.pop()
        prefix, tail = literal_prefix(current)
        escaped = re.escape(prefix).replace("\\ ", " ")
        if tail.startswith("(?:"):
            options = [escaped + v for v in expand_leading_group(tail)]
            if options == [escaped + tail]:
                done.append(current)
                continue
        elif len(tail) >= 2 and tail[1] == "?" and tail[0] not in _SPECIAL and tail[0] != " ":
            if tail[2:3] in ("?", "+"):
                done.append(current)
                continue
            options = [escaped + re.escape(tail[0]) + tail[2:], escaped + tail[2:]]
        else:
            done.append(current)
            continue
        if len(done) + len(pending) + len(options) > _PREFIX_VARIANTS:
            # Spelt out as far as the cap allows: each variant still keys deeper.
            done.append(current)
            continue
        pending += options
    return done


def space_tolerant(pattern: str) -> str:
    """A pattern for text whose tokens may be separated by several spaces.

    Look-behinds keep their single spaces: they must have a fixed width.
    """
    out, i = [], 0
    while i < len(pattern):
        char = pattern[i]
        if pattern.startswith(("(?<=", "(?<!"), i):
            close = _group_end(pattern, i + 4)
            if close is not None:
                out.append(pattern[i : close + 1])
                i = close + 1
                continue
        if char == "\\" and pattern[i + 1 : i + 2] != " ":
            out.append(pattern[i : i + 2])
            i += 2
            continue
        if char == "\\":  # an escaped space is a space
            i += 1
            char = " "
        if char == "[":
            close = pattern.find("]", i + 2)
            out.append(pattern[i : close + 1])
            i = close + 1
            continue
        if char == " ":
            following = pattern[i + 1 : i + 2]
            if following == "?":
                out.append(" *")
                i += 2
                continue
            if following not in ("*", "+", "{"):
                out.append(" +")
                i += 1
                continue
        out.append(char)
        i += 1
    return "".join(out)


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


def _compile(entries: _Entries) -> Matcher:
    root = _Node()
    for variant, marker in entries:
        _insert(root, variant, marker)
    markers: list[Marker] = []
    body = _emit(root, markers, _WORD_END)
    return Matcher(re.compile(space_tolerant(f"(?:{body})")), tuple(markers))


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
        plain = _PLAIN.match(s, i)
        if plain is not None:  # a run of literal characters, in one step
            run = plain.group()
            if plain.end() < len(s) and s[plain.end()] in _QUANTIFIERS:
                run = run[:-1]  # the last one is quantified: an atom of its own
            if run:
                out = [a + run for a in out]
                i += len(run)
                continue
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
    if _CAPTURING.search(folded):  # (tests compile every entry)
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
    return next(
        (i for i, depth in _structure(entry, start) if depth == 0 and entry[i] == ")"), None
    )


def _split_branches(body: str) -> list[str]:
    cuts = [i for i, depth in _structure(body) if depth == 0 and body[i] == "|"]
    bounds = [-1, *cuts, len(body)]
    return [body[left + 1 : right] for left, right in pairwise(bounds)]


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
    run = _LITERAL_PREFIX.match(entry)
    if run is None:
        return "", entry
    end = run.end()
    if end < len(entry) and entry[end] in _QUANTIFIERS:
        # The last literal is quantified: it belongs to the regex.
        end -= 2 if end >= 2 and _escaped_at(entry, end - 2) else 1
    literal = entry[:end]
    return (_UNESCAPE.sub(r"\1", literal) if "\\" in literal else literal), entry[end:]


def _escaped_at(entry: str, i: int) -> bool:
    """Whether ``entry[i]`` is a backslash that starts an escape ending after ``i``."""
    backslashes = 0
    while i - backslashes >= 0 and entry[i - backslashes] == "\\":
        backslashes += 1
    return backslashes % 2 == 1


class UnspacedMatcher:
    """The Japanese lexicon, as ``build_matcher`` would make it, split by first character.

    One trie-shaped regex costs, at every position whose character can start
    an entry (half of the characters of a Japanese text), a walk through some
    three hundred alternatives. Here C finds the positions where a pattern can
    start (``candidates``: its character, and the next one when the pattern
    needs one, looked up as integers in two sets), and a dictionary picks the
    one small pattern for that character. Matches are
    the same, left to right and never overlapping, as ``finditer`` gives for
    the whole regex (a test holds them to it).
    """

    def __init__(self, lexicons: tuple[LanguageLexicon, ...]) -> None:
        root = _Node()
        for marker, variant in _variants(lexicons):
            # Spelt out when finite, so that each character is a step in the trie.
            for entry in _spelt_out(variant):
                _insert(root, entry, marker)
        if root.tails:
            raise ValueError("An unspaced entry must start with a literal character.")
        self.patterns: dict[str, tuple[re.Pattern[str], tuple[Marker, ...]]] = {}
        # Where a pattern can start: a character that is always tried (its pattern
        # can end or turn into a regex after it), or one followed by a character
        # some entry has next. Code points, and pairs of them as the 8-byte
        # integers their UTF-32 code units make (``_pair``).
        always: set[int] = set()
        pairs: set[int] = set()
        for char, child in sorted(root.children.items()):
            markers: list[Marker] = []
            body = re.escape(char) + _emit(child, markers, "")
            self.patterns[char] = (re.compile(space_tolerant(body)), tuple(markers))
            if child.tails:
                always.add(ord(char))
            else:
                pairs.update(_pair(ord(char), ord(following)) for following in child.children)
        self._always = re.compile(_char_class([chr(code) for code in always]))
        self._pairs = frozenset(pairs)

    def candidates(self, text: str) -> list[int]:
        """Every position of ``text`` where a pattern can start, in order: found in C,
        the characters always tried by a character class, the pairs as integers
        read out of the UTF-32 text."""
        found = list(map(_START, self._always.finditer(text)))
        count = len(text)
        if count > 1:
            raw = text.encode(_UTF32, "surrogatepass")
            has = self._pairs.__contains__
            even = memoryview(raw[: count // 2 * 8]).cast("Q")
            odd = memoryview(raw[4 : 4 + (count - 1) // 2 * 8]).cast("Q")
            found += compress(range(0, count, 2), map(has, even))
            found += compress(range(1, count, 2), map(has, odd))
            found.sort()
        return found

    def hits(self, text: str) -> list[tuple[int, int, Marker]]:
        found: list[tuple[int, int, Marker]] = []
        patterns = self.patterns
        last = 0
        for start in self.candidates(text):
            if start < last:
                continue
            pattern, markers = patterns[text[start]]
            match = pattern.match(text, start)
            if match is not None and match.lastindex is not None:
                last = match.end()
                found.append((start, last, markers[match.lastindex - 1]))
        return found


_START = re.Match.start
_LITTLE = sys.byteorder == "little"
_UTF32 = "utf-32-le" if _LITTLE else "utf-32-be"


def _pair(first: int, second: int) -> int:
    """Two code points as the native 8-byte integer their UTF-32 code units make."""
    return first | second << 32 if _LITTLE else first << 32 | second


def _spelt_out(variant: str) -> list[str]:
    strings = finite_strings(variant, cap=256)
    return [re.escape(string) for string in strings] if strings is not None else [variant]


def _char_class(chars: Iterable[str]) -> str:
    return "[" + "".join(re.escape(char) for char in sorted(chars)) + "]" if chars else "(?!)"


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
    # The longer tail first; for the same tail (a spelt-out literal), the stronger entry.
    for tail, marker in sorted(node.tails, key=lambda item: (-len(item[0]), -item[1].weight)):
        markers.append(marker)
        alternatives.append(f"{tail}{end}()")
    if len(alternatives) == 1:
        return alternatives[0]
    return "(?:" + "|".join(alternatives) + ")"
