"""The phrase index's copy on disk: read back it finds what the built index finds,
and a copy that is changed, cut short or written for other sources is never read."""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path

import pytest

from haven.detection import index_cache
from haven.detection.lexicon import LEXICONS
from haven.detection.normalise import normalise
from haven.detection.patterns import PhraseIndex, build_index
from haven.detection.signals import Hits, spaced_hits

DATA = Path(__file__).resolve().parents[1] / "data" / "detection"


@cache
def built() -> PhraseIndex:
    return build_index(
        tuple(lex for lex in LEXICONS if lex.spaced),
        tuple(lex for lex in LEXICONS if not lex.spaced),
    )


def hits(index: PhraseIndex, text: str) -> list[tuple[int, int, str, float, str]]:
    found = Hits()
    spaced_hits(index, normalise(text).spaced, found)
    return [
        (start, end, marker.type.value, marker.weight, marker.lexicon)
        for start, end, marker in zip(found.starts, found.ends, found.markers, strict=True)
    ]


def corpus() -> list[str]:
    lines = (DATA / "corpus.jsonl").read_text(encoding="utf-8").splitlines()
    return [json.loads(line)["text"] for line in lines if line.strip()]


@pytest.fixture
def folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv(index_cache.CACHE_ENV, str(tmp_path / "cache"))
    return tmp_path / "cache"


def test_the_copy_finds_what_the_built_index_finds(folder: Path) -> None:
    calls: list[int] = []

    def build() -> PhraseIndex:
        calls.append(1)
        return built()

    assert index_cache.load_or_build(build) is built()
    [copy] = folder.glob("phrase-index-*.bin")
    assert copy.stat().st_mode & 0o077 == 0
    read = index_cache.load_or_build(build)
    assert calls == [1]  # the second time it was read, not built
    assert read is not built()
    for text in corpus():
        assert hits(read, text) == hits(built(), text), text
    assert read.words == built().words
    assert read.regex_words == built().regex_words


@pytest.mark.parametrize(
    "damage",
    [
        lambda raw: raw[:-100],  # cut short
        lambda raw: raw[:-1] + bytes([raw[-1] ^ 1]),  # one bit of the data changed
        lambda raw: raw.replace(raw.split(b"\n")[1], b"0" * 64, 1),  # other sources
        lambda raw: b"not an index at all",
    ],
)
def test_a_damaged_copy_is_never_read_and_is_written_again(folder: Path, damage) -> None:
    index_cache.load_or_build(built)
    [copy] = folder.glob("phrase-index-*.bin")
    copy.write_bytes(damage(copy.read_bytes()))
    with pytest.raises(index_cache.CacheError):
        index_cache.read(copy.read_bytes())
    calls: list[int] = []

    def build() -> PhraseIndex:
        calls.append(1)
        return built()

    assert index_cache.load_or_build(build) is built()
    assert calls == [1]
    index_cache.read(copy.read_bytes())  # the copy written again reads


def test_copies_for_other_sources_are_removed(folder: Path) -> None:
    folder.mkdir(mode=0o700)
    old = folder / "phrase-index-0123456789abcdef0123456789abcdef.bin"
    old.write_bytes(b"an old copy")
    index_cache.load_or_build(built)
    assert not old.exists()
    assert len(list(folder.glob("phrase-index-*.bin"))) == 1


def test_off_writes_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(index_cache.CACHE_ENV, "off")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert index_cache.cache_file() is None
    assert index_cache.load_or_build(built) is built()
    assert list(tmp_path.iterdir()) == []


def test_a_folder_that_cannot_be_written_only_costs_the_build(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocked = tmp_path / "a file"
    blocked.write_text("not a folder")
    monkeypatch.setenv(index_cache.CACHE_ENV, str(blocked / "cache"))
    assert index_cache.load_or_build(built) is built()


def test_the_default_folder_is_the_users_cache(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(index_cache.CACHE_ENV, raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", "/somewhere")
    assert index_cache.cache_folder() == Path("/somewhere/haven")


def test_without_a_home_there_is_no_copy(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(index_cache.CACHE_ENV, raising=False)
    monkeypatch.delenv("XDG_CACHE_HOME", raising=False)

    def no_home(path: Path) -> Path:
        raise RuntimeError("Could not determine home directory.")

    monkeypatch.setattr(Path, "expanduser", no_home)
    assert index_cache.cache_folder() is None
