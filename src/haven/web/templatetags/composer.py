"""``{% composer %}``: the case page's "Write to the victim", with the thread above it.

The form shown is the one the last POST left (filled in, or refused with its
reason) when there is one, else a fresh form in the victim's language.
"""

from __future__ import annotations

from typing import Any

from django import template

from haven.portal import messages
from haven.resources.templatetags.directory import chosen_country
from haven.web import composer

register = template.Library()


@register.inclusion_tag("web/case/_composer_form.html", takes_context=True)
def composer_section(context: template.Context) -> dict[str, Any]:
    case, request = context["case"], context["request"]
    failed = context.get("failed")
    thread = messages.thread(case)
    if failed is not None and failed.section == composer.ANCHOR:
        form = failed.form
    else:
        form = getattr(request, "composer_form", None) or composer.fresh_form(
            thread, chosen_country(request)
        )
    return {
        "case": case,
        "editable": context.get("editable"),
        "failed": failed,
        "notices": context.get("notices"),
        "open": context.get("open", ()),
        "form": form,
        "thread": composer.thread_lines(thread),
        "flagged": composer.flagged_lines(form),
        "missing": ["{" + name + "}" for name in form.missing],
        "signature": messages.signature(),
        "csrf_token": context.get("csrf_token"),
    }
