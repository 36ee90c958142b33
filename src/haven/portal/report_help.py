"""Which organisations the report page shows: what cannot wait first, from the directory.

Danger: the crisis lines for the person's country (the worldwide list after it).
Under 18: NCMEC's Take It Down and the country's hotline. The same lists are
shown before the form is sent (with JavaScript) and first on the next page.
"""

from __future__ import annotations

from dataclasses import dataclass

from haven.resources import local, lookup
from haven.resources.directory import Organisation, Serves, Service
from haven.resources.forms import SERVICE_LABELS

_URGENT = frozenset({Service.CRISIS_LINE, Service.HOTLINE_REPORT, Service.POLICE_REPORT})


@dataclass(frozen=True)
class Row:
    org: Organisation
    services: list[str]


def _rows(orgs: list[Organisation]) -> list[Row]:
    return [Row(org, [str(SERVICE_LABELS[s]) for s in sorted(org.services)]) for org in orgs]


def urgent(country: str, *, under_18: bool, danger: bool) -> list[Row]:
    """Only what answers danger and age, most urgent first; empty when neither is said."""
    if not (under_18 or danger):
        return []
    age = Serves.MINOR if under_18 else Serves.ADULT
    found = lookup.lookup(local.organisations(), country, age, (), immediate_risk=danger)
    chosen = []
    for org in found:
        crisis = danger and Service.CRISIS_LINE in org.services
        minors = under_18 and (org.id == lookup.TAKE_IT_DOWN or org.services & _URGENT)
        if crisis or minors:
            chosen.append(org)
    return _rows(chosen)


def everything(country: str, *, under_18: bool, danger: bool) -> list[Row]:
    age = Serves.MINOR if under_18 else Serves.ADULT
    return _rows(lookup.lookup(local.organisations(), country, age, (), immediate_risk=danger))
