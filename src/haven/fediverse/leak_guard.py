"""The leak guard: every text Haven sends towards a server is checked against the case first.

A strike text, a resolution note (GoToSocial shows ``action_taken_comment`` to
the reporter), anything forwarded to a remote server: none may carry the
victim's identity, the report's words or the case's id. ``check`` reads the case
(its people and every note, unsealed in memory only) and refuses the text when:

- it names an account on the case other than the perpetrators (victim, reporter,
  witness), by its full handle or by its user name;
- it holds the case's id;
- it shares a run of ``SHARED_WORDS`` words with any text of the case, compared
  after case folding and Unicode normalisation, so a copied sentence is caught in
  any language that separates words; in scripts written without spaces
  (Japanese, Chinese, Thai) a run of ``SHARED_CHARACTERS`` characters.

A refusal names what matched by kind ("a sentence of the report"), never the
words themselves: the reason is shown on pages and may reach logs.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from django.utils.translation import gettext as _

from haven.cases import actions, notes
from haven.cases.models import Case, CaseNote, CaseParty, PartyRole

SHARED_WORDS = 4
SHARED_CHARACTERS = 8
MIN_NAME = 3  # user names shorter than this are too common to refuse

_WORD = re.compile(r"\w+", re.UNICODE)
_UNSPACED = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\u0e00-\u0e7f]+")


@dataclass(frozen=True)
class GuardResult:
    reasons: tuple[str, ...]

    @property
    def ok(self) -> bool:
        return not self.reasons


def _fold(text: str) -> str:
    return unicodedata.normalize("NFKC", text).casefold()


def _word_runs(text: str, size: int) -> set[tuple[str, ...]]:
    words = _WORD.findall(_fold(text))
    return {tuple(words[i : i + size]) for i in range(len(words) - size + 1)}


def _character_runs(text: str, size: int) -> set[str]:
    runs: set[str] = set()
    for block in _UNSPACED.findall(_fold(text)):
        runs.update(block[i : i + size] for i in range(len(block) - size + 1))
    return runs


def _shares_text(outgoing: str, source: str) -> bool:
    if _word_runs(outgoing, SHARED_WORDS) & _word_runs(source, SHARED_WORDS):
        return True
    return bool(
        _character_runs(outgoing, SHARED_CHARACTERS) & _character_runs(source, SHARED_CHARACTERS)
    )


def _protected_names(case: Case) -> set[str]:
    names: set[str] = set()
    parties = CaseParty.objects.filter(case=case).exclude(role=PartyRole.PERPETRATOR)
    for party in parties:
        acct = actions.read_party_account(party)
        if acct:
            names.add(_fold(acct))
            user = _fold(acct).split("@", 1)[0]
            if len(user) >= MIN_NAME:
                names.add(user)
        label = actions.read_party_label(party)
        if len(label) >= MIN_NAME:
            names.add(_fold(label))
    return names


def _names_in(outgoing: str, names: set[str]) -> bool:
    folded = _fold(outgoing)
    words = set(_WORD.findall(folded))
    for name in names:
        if "@" in name or not _WORD.fullmatch(name):
            if name in folded:
                return True
        elif name in words:
            return True
    return False


def check(case: Case, outgoing: str) -> GuardResult:
    """Whether ``outgoing`` may leave Haven towards a server, for ``case``."""
    if not outgoing.strip():
        return GuardResult(())
    reasons: list[str] = []
    if _names_in(outgoing, _protected_names(case)):
        reasons.append(_("it names the victim, the reporter or a witness"))
    if case.pk.casefold() in _fold(outgoing):
        reasons.append(_("it holds the case's id"))
    kinds: dict[str, str] = {
        "report": _("a sentence of the report"),
        "reported_post": _("a sentence of a reported post or message"),
    }
    for note in CaseNote.objects.filter(case=case).order_by("pk"):
        if _shares_text(outgoing, notes.read_note(note)):
            reason = kinds.get(note.kind, _("a sentence of the case's notes"))
            if reason not in reasons:
                reasons.append(reason)
    return GuardResult(tuple(reasons))
