"""Where to send them: the directory's organisations for one person, most urgent first.

The order follows the guide: danger first (crisis lines), then for a minor the
routes that protect them (Take It Down, the country's hotline), then what the
person asked for, then the rest of what serves them. A country with nothing of
its own gets the worldwide organisations, so the list is never empty.
"""

from __future__ import annotations

import datetime
from collections.abc import Iterable
from enum import StrEnum

from django.utils import timezone

from haven.resources.directory import Organisation, Serves, Service

TAKE_IT_DOWN = "ncmec_take_it_down"
# Where a minor's images are reported: the country's hotline or its police route.
_MINOR_REPORTING = frozenset({Service.HOTLINE_REPORT, Service.POLICE_REPORT})


class Need(StrEnum):
    """What the person asks for, in the words of the guide."""

    CRISIS = "crisis"
    TAKEDOWN = "takedown"
    REPORT = "report"
    SUPPORT = "support"
    LEGAL = "legal"


NEED_SERVICES: dict[Need, frozenset[Service]] = {
    Need.CRISIS: frozenset({Service.CRISIS_LINE}),
    Need.TAKEDOWN: frozenset({Service.HASH_ON_DEVICE, Service.HASH_BY_UPLOAD, Service.TAKEDOWN}),
    Need.REPORT: frozenset({Service.HOTLINE_REPORT, Service.POLICE_REPORT}),
    Need.SUPPORT: frozenset(
        {Service.EMOTIONAL_SUPPORT, Service.HELPLINE, Service.CHAT, Service.CRISIS_LINE}
    ),
    Need.LEGAL: frozenset({Service.LEGAL_HELP}),
}


def lookup(
    organisations: Iterable[Organisation],
    country: str | None,
    age_group: Serves,
    needs: Iterable[Need] = (),
    immediate_risk: bool = False,
) -> list[Organisation]:
    """The organisations for this person, in the order to offer them."""
    code = (country or "").upper()
    wanted = set(needs)
    if immediate_risk:
        wanted.add(Need.CRISIS)
    serving = [org for org in organisations if age_group in org.serves]
    national = [org for org in serving if code and org.serves_country(code)]
    worldwide = [org for org in serving if org.worldwide]
    chosen: list[Organisation] = []

    def take(found: Iterable[Organisation]) -> None:
        for org in found:
            if org not in chosen:
                chosen.append(org)

    def offering(pool: list[Organisation], services: frozenset[Service]) -> list[Organisation]:
        return [org for org in pool if org.services & services]

    crisis = NEED_SERVICES[Need.CRISIS]
    if Need.CRISIS in wanted:
        # The country's own crisis line first; the worldwide list of helplines after it.
        take(offering(national, crisis) or [])
        take(offering(worldwide, crisis))
    if age_group == Serves.MINOR:
        take(org for org in serving if org.id == TAKE_IT_DOWN)
        take(offering(national, _MINOR_REPORTING) or offering(worldwide, _MINOR_REPORTING))
    for need in Need:
        if need in wanted and need != Need.CRISIS:
            services = NEED_SERVICES[need]
            take(offering(national, services) or offering(worldwide, services))
    # Then everything else that serves them where they are; crisis lines stay
    # at the top only when there is a risk, else they close the list.
    take(org for org in national if not org.services & crisis)
    take(org for org in worldwide if not org.services & crisis)
    take(offering(national, crisis) or offering(worldwide, crisis))
    return chosen


def stale(
    organisations: Iterable[Organisation], today: datetime.date | None = None
) -> list[Organisation]:
    """Entries a lead should re-check: a detail last checked more than a year ago."""
    day = today or timezone.localdate()
    return [org for org in organisations if org.stale(day)]
