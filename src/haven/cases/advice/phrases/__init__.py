"""The advice check's phrases, one module per language.

Entries are regular expressions over text normalised as the detector does it
(``haven.detection.normalise``): lower case, accents folded, punctuation and
apostrophes as spaces ("don't" is ``don t``). They are folded the same way
when compiled, so they may be written with accents. Use ``(?:...)``, never
capturing groups. Spaced languages match whole words; Japanese anywhere.

``negation`` is what, right before a match of a negatable kind (see
``kinds.NEGATABLE``), turns it into good advice: "don't" before "pay them".
``negation_after`` is the same right after advice to pay ("zahl nicht"); ``doubt``,
anywhere before a promise in its sentence, makes it no promise ("we cannot
promise that ...").
"""

from __future__ import annotations

from dataclasses import dataclass, field

from haven.cases.advice.kinds import AdviceKind


@dataclass(frozen=True)
class LanguagePhrases:
    code: str
    spaced: bool
    phrases: dict[AdviceKind, tuple[str, ...]]
    negation: str
    negation_after: str = ""
    # Before a promise in the same sentence: "we cannot promise that ...".
    doubt: str = ""
    fillers: tuple[str, ...] = field(default=())


def all_languages() -> tuple[LanguagePhrases, ...]:
    from haven.cases.advice.phrases import de, en, es, fr, it, ja, nl, pt

    return tuple(module.PHRASES for module in (en, de, fr, es, pt, it, nl, ja))
