"""The follow-up page's "Other help": the support directory, for the victim's country.

The case records no country, so the victim picks one (a two-letter code in the
page's address, the only thing ever put there); a case that may involve a minor
is shown the organisations for young people first.
"""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest

from haven.cases.models import Case, CaseKind
from haven.resources import local, lookup
from haven.resources.directory import Serves
from haven.resources.forms import SERVICE_LABELS
from haven.resources.templatetags.directory import COUNTRY_PARAM, chosen_country


def other_help(request: HttpRequest, case: Case) -> dict[str, Any]:
    everything = local.organisations()
    country = chosen_country(request)
    minor = case.kind == CaseKind.CSEA
    found = lookup.lookup(everything, country, Serves.MINOR if minor else Serves.ADULT)
    return {
        "param": COUNTRY_PARAM,
        "country": country,
        "countries": sorted({c for org in everything for c in org.countries if c != "*"}),
        "rows": [
            {"org": org, "services": [SERVICE_LABELS[s] for s in sorted(org.services)]}
            for org in found
        ],
    }
