"""Read a message to a victim for harmful advice, in the victim's language.

The text is normalised and its language identified with the detector's own
machinery (``haven.detection``); matches on the normalised text are mapped
back to spans of the original. Matching is on phrases (``phrases``), so the
check knows wording, not meaning: see docs/moderators.md.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from haven.cases.advice.kinds import NEGATABLE, REASONS, AdviceKind
from haven.cases.advice.phrases import LanguagePhrases, all_languages
from haven.detection.language import identify
from haven.detection.normalise import Normalised, fold_literal, normalise

# Where a sentence ends in the original: a negation before it does not reach past.
_SENTENCE_END = re.compile(r"[.!?;:\n\u3002\uff01\uff1f]")  # with the full-width stops
_NOT_WORD = re.compile(r"[^a-z0-9\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff]+")


@dataclass(frozen=True)
class Finding:
    kind: AdviceKind
    start: int  # span in the original text
    end: int

    @property
    def reason(self) -> str:
        return str(REASONS[self.kind])


@dataclass(frozen=True)
class AdviceCheck:
    language: str
    findings: tuple[Finding, ...]

    @property
    def clean(self) -> bool:
        return not self.findings

    @property
    def kinds(self) -> frozenset[AdviceKind]:
        return frozenset(finding.kind for finding in self.findings)


@dataclass(frozen=True)
class _Compiled:
    code: str
    kinds: tuple[tuple[AdviceKind, re.Pattern[str]], ...]
    negation: re.Pattern[str] | None
    negation_after: re.Pattern[str] | None
    doubt: re.Pattern[str] | None


@cache
def _languages() -> dict[str, _Compiled]:
    return {lang.code: _compile(lang) for lang in all_languages()}


def _compile(lang: LanguagePhrases) -> _Compiled:
    start, end = (r"(?<![a-z0-9])", r"(?![a-z0-9])") if lang.spaced else ("", "")
    kinds = tuple(
        (kind, re.compile(start + "(?:" + "|".join(map(fold_literal, entries)) + ")" + end))
        for kind, entries in lang.phrases.items()
    )
    negation = re.compile(r"(?<![a-z0-9])(?:" + fold_literal(lang.negation) + r") ?$")
    after = re.compile(fold_literal(lang.negation_after)) if lang.negation_after else None
    doubt = re.compile(start + "(?:" + fold_literal(lang.doubt) + ")" + end) if lang.doubt else None
    return _Compiled(lang.code, kinds, negation if lang.negation else None, after, doubt)


def check(text: str, *, language: str | None = None, names: tuple[str, ...] = ()) -> AdviceCheck:
    """The findings in ``text``, a message to a victim, in text order.

    ``language`` is the message's (ISO 639-1); without it, it is identified,
    and a message in no supported language is read with every language's
    phrases. ``names`` are the case's parties and team members.
    """
    normalised = normalise(text, thorough=False)
    compiled = _languages()
    code = language or identify(normalised.clean)
    languages = [compiled[code]] if code in compiled else list(compiled.values())
    findings: set[Finding] = set()
    for lang in languages:
        findings |= _phrase_findings(lang, normalised)
    findings |= _name_findings(normalised, names)
    ordered = sorted(findings, key=lambda f: (f.start, f.end, f.kind))
    return AdviceCheck(code, tuple(ordered))


def _phrase_findings(lang: _Compiled, normalised: Normalised) -> set[Finding]:
    found = set()
    text = normalised.text
    for kind, pattern in lang.kinds:
        for match in pattern.finditer(text):
            if kind in NEGATABLE and _negated(lang, kind, normalised, match.start(), match.end()):
                continue
            if kind is AdviceKind.PROMISE and _doubted(lang, normalised, match.start()):
                continue
            start, end = normalised.original_span(match.start(), match.end())
            found.add(Finding(kind, start, end))
    return found


def _negated(
    lang: _Compiled, kind: AdviceKind, normalised: Normalised, start: int, end: int
) -> bool:
    """Whether a negation just before the match (or after advice to pay) undoes it."""
    text, original = normalised.text, normalised.original
    if lang.negation is not None:
        before = lang.negation.search(text, max(0, start - 80), start)
        if before is not None:
            word_end = before.end() - (text[before.end() - 1] == " ")
            neg_end = normalised.original_span(before.start(), word_end)[1]
            match_start = normalised.original_span(start, end)[0]
            if not _SENTENCE_END.search(original, neg_end, match_start):
                return True
    if lang.negation_after is not None and kind is AdviceKind.PAY:
        after = lang.negation_after.match(text, end, min(len(text), end + 60))
        if after is not None:
            match_end = normalised.original_span(start, end)[1]
            after_end = normalised.original_span(after.start(), after.end())[1]
            if not _SENTENCE_END.search(original, match_end, after_end):
                return True
    return False


def _doubted(lang: _Compiled, normalised: Normalised, start: int) -> bool:
    """Whether the promise's sentence also says that nothing can be promised
    (before it in most languages, after it in Japanese)."""
    if lang.doubt is None:
        return False
    text, original = normalised.text, normalised.original
    match_start = normalised.original_span(start, start)[0]
    for doubt in lang.doubt.finditer(text, max(0, start - 160), min(len(text), start + 160)):
        doubt_start, doubt_end = normalised.original_span(doubt.start(), doubt.end())
        low, high = (
            (doubt_end, match_start) if doubt_end <= match_start else (match_start, doubt_start)
        )
        if not _SENTENCE_END.search(original, low, high):
            return True
    return False


def _name_findings(normalised: Normalised, names: tuple[str, ...]) -> set[Finding]:
    found = set()
    for name in names:
        for form in _name_forms(name):
            if form.startswith("@"):
                haystack, mapped = normalised.original.casefold(), False
            else:
                haystack, mapped = normalised.text, True
            pattern = re.compile(r"(?<![a-z0-9])" + re.escape(form) + r"(?![a-z0-9])")
            for match in pattern.finditer(haystack):
                span = (
                    normalised.original_span(match.start(), match.end())
                    if mapped
                    else (match.start(), match.end())
                )
                found.add(Finding(AdviceKind.NAME, *span))
    return found


def _name_forms(name: str) -> set[str]:
    """The whole name, its handle as written, and each capitalised part of three letters
    or more ("Jordan Blake": "jordan", "blake"). Lower-case words are not split off:
    a label such as "the member (demo)" or a user name such as "mod-on-case" would
    otherwise make "the" and "case" names."""
    forms: set[str] = set()
    stripped = name.strip()
    if not stripped:
        return forms
    if stripped.startswith("@"):
        forms.add(stripped.casefold())
        stripped = stripped[1:].split("@", 1)[0]
    folded = " ".join(_NOT_WORD.sub(" ", fold_literal(stripped)).split())
    if folded:
        forms.add(folded)
        capitalised = [w for w in re.split(r"[\W_]+", stripped) if w[:1].isupper()]
        forms.update(
            part for word in capitalised for part in fold_literal(word).split() if len(part) >= 3
        )
    return forms
