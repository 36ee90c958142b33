"""A verified copy of the spaced scripts' phrase index on disk, so that a process starts fast.

Building the index (``patterns.build_index``) spells some 280,000 phrases out
of the lexicons' regexes: most of a process's first call. The copy is plain
data written with ``marshal`` (strings, numbers, tuples, dictionaries: nothing
in it is code, and nothing is executed to read it), in a file whose name and
first line carry a hash of every source file of this package and of the
Python version, so that a changed lexicon or matcher never reads an old copy.
A second line holds the SHA-256 of the data; a copy that fails any check, or
whose data is not shaped as an index, is ignored and the index is built (and
written again, replacing copies for other sources). Each first token's
phrases are kept as their own marshalled bytes and made into trie nodes only
when a text first has that token (``LazyPhrases``): a process starts with
a few megabytes of bytes, not the 370,000 objects of the whole trie.
``HAVEN_DETECTION_CACHE`` names the folder (default: the user's cache folder,
``$XDG_CACHE_HOME/haven`` or ``~/.cache/haven``); ``off`` turns the copy off.
A folder that cannot be written only costs the build.
"""

from __future__ import annotations

import contextlib
import hashlib
import marshal
import os
import sys
import tempfile
from collections.abc import Callable
from functools import cache
from pathlib import Path
from typing import Any

from haven.detection.detection import SignalType
from haven.detection.patterns import Marker, PhraseIndex, PhraseNode

CACHE_ENV = "HAVEN_DETECTION_CACHE"
FORMAT = b"haven-phrase-index 1"
_PACKAGE = Path(__file__).resolve().parent
# A node as data: (marker number or -1, back, children or None, entries or None).
_Data = tuple[int, int, dict[str, "_Data"] | None, list[tuple[str, int]] | None]


class CacheError(ValueError):
    """A copy that is not an index this code wrote."""


@cache
def source_key() -> str:
    """A hash of every source file of the detector and of the Python that runs it."""
    digest = hashlib.sha256(FORMAT)
    digest.update(sys.version.encode())
    for path in sorted(_PACKAGE.rglob("*.py")):
        digest.update(str(path.relative_to(_PACKAGE)).encode() + b"\0")
        digest.update(path.read_bytes())
    return digest.hexdigest()


def cache_folder() -> Path | None:
    configured = os.environ.get(CACHE_ENV, "").strip()
    if configured.lower() == "off":
        return None
    if configured:
        return Path(configured)
    configured = os.environ.get("XDG_CACHE_HOME", "")
    try:
        base = Path(configured) if configured else Path("~").expanduser() / ".cache"
    except RuntimeError:  # no home to be found: no copy, rather than one in the working folder
        return None
    return base / "haven" if base.is_absolute() else None


def cache_file() -> Path | None:
    folder = cache_folder()
    return None if folder is None else folder / f"phrase-index-{source_key()[:32]}.bin"


def load_or_build(build: Callable[[], PhraseIndex]) -> PhraseIndex:
    """The index from its verified copy, or ``build()`` (then written for the next process)."""
    path = cache_file()
    if path is not None:
        try:
            return read(path.read_bytes())
        except (OSError, CacheError):
            pass
    index = build()
    if path is not None:
        with contextlib.suppress(OSError):
            write(path, index)
    return index


def write(path: Path, index: PhraseIndex) -> None:
    path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    payload = marshal.dumps(encode(index))
    header = FORMAT + b"\n" + source_key().encode() + b"\n"
    header += hashlib.sha256(payload).hexdigest().encode() + b"\n"
    # Written whole under another name, then renamed: a reader sees all of it or none.
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=".phrase-index-")
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(header + payload)
        Path(temporary).replace(path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    # Copies written for other sources are of no more use.
    for stale in path.parent.glob("phrase-index-*.bin"):
        if stale != path:
            stale.unlink(missing_ok=True)


def read(raw: bytes) -> PhraseIndex:
    lines = raw.split(b"\n", 3)
    if len(lines) != 4 or lines[0] != FORMAT or lines[1] != source_key().encode():
        raise CacheError("not a copy of this index")
    payload = lines[3]
    if hashlib.sha256(payload).hexdigest().encode() != lines[2]:
        raise CacheError("the copy does not match its hash")
    try:
        # Data only (checked against its hash first); decode checks its shape.
        return decode(marshal.loads(payload))  # noqa: S302
    except (ValueError, EOFError, TypeError, KeyError, IndexError) as exc:
        raise CacheError("the copy is not shaped as an index") from exc


def encode(index: PhraseIndex) -> tuple[Any, ...]:
    markers: dict[int, int] = {}
    table: list[tuple[str, float, str]] = []

    def number(marker: Marker) -> int:
        if id(marker) not in markers:
            markers[id(marker)] = len(table)
            table.append((marker.type.value, marker.weight, marker.lexicon))
        return markers[id(marker)]

    def node(n: PhraseNode) -> _Data:
        return (
            -1 if n.marker is None else number(n.marker),
            n.back,
            {token: node(child) for token, child in n.children.items()} if n.children else None,
            None if n.entries is None else [(entry, number(m)) for entry, m in n.entries],
        )

    # Each first token's phrases are marshalled apart, and read only when a text has it.
    phrases = {token: marshal.dumps(node(n)) for token, n in index.phrases.items()}
    prefixes = {
        key: [(entry, number(m)) for entry, m in entries]
        for key, entries in index._prefixes.items()
    }
    return (table, phrases, prefixes, sorted(index.words), sorted(index.regex_words))


def decode(data: object) -> PhraseIndex:
    if not isinstance(data, tuple) or len(data) != 5:
        raise CacheError("not an index")
    table, phrases, prefixes, words, regex_words = data
    markers = [
        Marker(SignalType(kind), float(weight), str(lexicon)) for kind, weight, lexicon in table
    ]
    if not isinstance(phrases, dict) or not all(
        isinstance(token, str) and isinstance(blob, bytes) for token, blob in phrases.items()
    ):
        raise CacheError("phrases that are not text and data")
    return PhraseIndex(
        LazyPhrases(phrases, markers),
        {_text(key): _entries(raw, markers) for key, raw in prefixes.items()},
        frozenset(map(_text, words)),
        frozenset(map(_text, regex_words)),
    )


class LazyPhrases(dict[str, PhraseNode]):
    """The phrase trie read from a copy: a first token's phrases are made into nodes
    the first time a text has that token (``get``, the only way the index reads it).

    Two threads may make the same token's nodes at once; both get equal ones.
    A token's data that is not shaped as nodes raises (``CacheError`` or the
    error it makes): the copy was verified whole against its hash, so that
    would be a bug here, and a phrase is never quietly missed.
    """

    __slots__ = ("_blobs", "_markers")

    def __init__(self, blobs: dict[str, bytes], markers: list[Marker]) -> None:
        super().__init__()
        self._blobs, self._markers = blobs, markers

    def get(self, token: str, default: PhraseNode | None = None) -> PhraseNode | None:  # type: ignore[override]
        node = dict.get(self, token)
        if node is not None:
            return node
        blob = self._blobs.get(token)
        if blob is None:
            return default
        node = _node(marshal.loads(blob), self._markers)  # noqa: S302 (verified data)
        return self.setdefault(token, node)

    def __contains__(self, token: object) -> bool:
        return token in self._blobs


def _entries(raw: list[tuple[str, int]], markers: list[Marker]) -> list[tuple[str, Marker]]:
    return [(_text(entry), markers[m]) for entry, m in raw]


def _node(raw: _Data, markers: list[Marker]) -> PhraseNode:
    marker, back, children, found = raw
    n = PhraseNode()
    if marker >= 0:
        n.marker = markers[marker]
    n.back = int(back)
    if children is not None:
        n.children = {_text(token): _node(child, markers) for token, child in children.items()}
    if found is not None:
        n.entries = _entries(found, markers)
    return n


def _text(value: object) -> str:
    if not isinstance(value, str):
        raise CacheError("a token that is not text")
    return value
