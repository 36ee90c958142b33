"""The ``{support_list}`` of the specialist-help template: the directory's organisations
for the victim's country and age, one line each, in the message's language."""

from __future__ import annotations

from collections.abc import Iterable

from haven.cases.message_templates import formatting
from haven.resources import local, lookup
from haven.resources.directory import Organisation, Serves

# Enough to choose from without burying the first ones; the case page lists them all.
MAX_LISTED = 6


def support_lines(organisations: Iterable[Organisation], language: str) -> str:
    labels = formatting(language)
    lines = []
    for org in organisations:
        parts = [f"- {org.name}: {org.url}"]
        for detail in ("phone", "text", "hours"):
            value = getattr(org, detail)
            if value:
                parts.append(f"{labels[detail]}: {value}")
        lines.append(" · ".join(parts))
    return "\n".join(lines)


def support_list(
    language: str, country: str | None, *, minor: bool, immediate_risk: bool = False
) -> str:
    """The list for a victim in ``country`` (None: not known), a minor or not."""
    age = Serves.MINOR if minor else Serves.ADULT
    found = lookup.lookup(local.organisations(), country, age, (), immediate_risk)
    return support_lines(found[:MAX_LISTED], language)
