"""The case page's "Where to send them", filled from what the case records.

The case records whether a minor may be involved and whether there is immediate
risk; it records no country, so the moderator picks one: a GET parameter with a
two-letter code and nothing else (no case content in URLs).
"""

from __future__ import annotations

import re
from typing import Any

from django import template
from django.http import HttpRequest

from haven.cases.models import CaseKind
from haven.resources import local, lookup
from haven.resources.directory import Serves
from haven.resources.forms import SERVICE_LABELS

register = template.Library()
COUNTRY_PARAM = "where"
_CODE = re.compile(r"[A-Z]{2}")


def chosen_country(request: HttpRequest) -> str:
    code = request.GET.get(COUNTRY_PARAM, "").strip().upper()
    return code if _CODE.fullmatch(code) else ""


@register.inclusion_tag("resources/_where_list.html", takes_context=True)
def where_to_send(context: template.Context) -> dict[str, Any]:
    case, request = context["case"], context["request"]
    answers = getattr(context.get("assessment"), "answers", {}) or {}
    minor = case.kind == CaseKind.CSEA or answers.get("minor_involved") == "yes"
    risk = answers.get("immediate_risk") == "yes"
    everything = local.organisations()
    country = chosen_country(request)
    found = lookup.lookup(everything, country, Serves.MINOR if minor else Serves.ADULT, (), risk)
    countries = sorted({c for org in everything for c in org.countries if c != "*"})
    return {
        "case": case,
        "user": context.get("user"),
        "open": context.get("open", ()),  # the case page's folds shown open
        "country": country,
        "countries": countries,
        "minor": minor,
        "risk": risk,
        "param": COUNTRY_PARAM,
        "rows": [
            {"org": org, "services": [SERVICE_LABELS[s] for s in sorted(org.services)]}
            for org in found
        ],
    }
