"""Looking up the server-rule texts by language and rule, refusing what is not there."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _

from haven.core.errors import InvalidInput
from haven.policy.languages import LANGUAGES, Language
from haven.policy.texts import TEXTS, RuleId

# Mastodon refuses a server rule longer than this (app/models/rule.rb, TEXT_SIZE_LIMIT).
MASTODON_RULE_LIMIT: Final = 300

TITLES: Final[dict[RuleId, Promise]] = {
    RuleId.STRIKES: _("Sextortion bypasses the strike system"),
    RuleId.PROHIBITION: _("Sextortion is prohibited"),
    RuleId.ENFORCEMENT: _("How we enforce it"),
}


class UnknownLanguage(InvalidInput):
    code = "unknown_language"
    exit_code = 2


class UnknownRule(InvalidInput):
    code = "unknown_rule"
    exit_code = 2


@dataclass(frozen=True)
class RuleText:
    rule: RuleId
    language: Language
    text: str

    @property
    def title(self) -> Promise:
        return TITLES[self.rule]


def known_languages() -> str:
    return ", ".join(f"{code} ({name})" for code, name in LANGUAGES.items())


def language(code: str) -> Language:
    for known in LANGUAGES:
        if code == known:
            return known
    raise UnknownLanguage(f"no server rules in language {code!r}; known: {known_languages()}")


def rule(name: str) -> RuleId:
    try:
        return RuleId(name)
    except ValueError:
        known = ", ".join(RuleId)
        raise UnknownRule(f"no server rule {name!r}; known: {known}") from None


def texts_in(lang: Language, only: RuleId | None = None) -> tuple[RuleText, ...]:
    """The rules in ``lang``, in the order a server would list them."""
    chosen = [only] if only is not None else list(RuleId)
    return tuple(RuleText(each, lang, TEXTS[each][lang]) for each in chosen)
