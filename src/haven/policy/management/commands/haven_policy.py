from __future__ import annotations

from typing import Any

from haven.core.command import HavenCommand
from haven.policy import rules
from haven.policy.languages import DEFAULT_LANGUAGE
from haven.policy.texts import RuleId


class Command(HavenCommand):
    help = (
        "Print the server-rule texts about sextortion (based on the IFTAS moderator guide), "
        "one per paragraph, ready to paste into your server's rules. Each fits one Mastodon "
        f"rule ({rules.MASTODON_RULE_LIMIT} characters)."
    )

    def add_arguments(self, parser: Any) -> None:
        parser.add_argument(
            "--lang",
            default=DEFAULT_LANGUAGE,
            help=f"Language code: {rules.known_languages()} (default: {DEFAULT_LANGUAGE}).",
        )
        parser.add_argument(
            "--rule", help=f"Print only this rule: {', '.join(RuleId)} (default: all)."
        )

    def handle(self, *args: Any, lang: str, rule: str | None, **options: Any) -> None:
        chosen = rules.rule(rule) if rule is not None else None
        found = rules.texts_in(rules.language(lang), chosen)
        self.stdout.write("\n\n".join(each.text for each in found))
