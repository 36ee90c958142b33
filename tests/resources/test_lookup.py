"""Lookup by country, age and need: crisis lines first in danger, minors protected first."""

from __future__ import annotations

import datetime

from haven.resources import directory, lookup
from haven.resources.directory import Serves, Service
from haven.resources.lookup import Need


def _ids(country, age, needs=(), risk=False):
    found = lookup.lookup(directory.load(), country, age, needs, risk)
    return [org.id for org in found]


def test_immediate_risk_puts_the_countrys_crisis_line_first():
    assert _ids("GB", Serves.ADULT, risk=True)[0] == "samaritans_uk"
    assert _ids("FR", Serves.ADULT, risk=True)[0] == "numero_3114"
    assert _ids("AU", Serves.MINOR, risk=True)[0] == "lifeline_au"


def test_without_risk_crisis_lines_close_the_list():
    found = _ids("GB", Serves.ADULT)
    assert found[0] != "samaritans_uk" and "samaritans_uk" in found
    assert found.index("revenge_porn_helpline") < found.index("samaritans_uk")


def test_a_country_without_a_crisis_line_gets_the_worldwide_helpline_list():
    found = _ids("IE", Serves.ADULT, risk=True)
    assert found[0] == "find_a_helpline"


def test_a_minor_gets_take_it_down_then_the_countrys_hotline():
    found = _ids("GB", Serves.MINOR)
    assert found[0] == "ncmec_take_it_down"
    assert found[1] == "ceop"
    canada = _ids("CA", Serves.MINOR)
    assert canada[:2] == ["ncmec_take_it_down", "cybertip_ca"]


def test_a_minor_in_danger_gets_the_crisis_line_before_take_it_down():
    found = _ids("US", Serves.MINOR, risk=True)
    assert found[0] == "lifeline_988_us"
    assert found.index("ncmec_take_it_down") < found.index("ncmec_cybertipline")


def test_an_adult_is_not_sent_to_services_for_minors():
    found = _ids("GB", Serves.ADULT)
    assert "childline_uk" not in found and "ncmec_take_it_down" not in found
    assert "stopncii" in found


def test_a_country_with_nothing_gets_the_international_organisations():
    found = _ids("KE", Serves.ADULT)
    assert found and all(org_id in {"stopncii", "inhope", "find_a_helpline"} for org_id in found)
    minor = _ids("KE", Serves.MINOR)
    assert minor[0] == "ncmec_take_it_down" and "inhope" in minor


def test_an_unknown_country_gets_the_international_organisations():
    assert _ids(None, Serves.ADULT) == _ids("", Serves.ADULT) == _ids("XX", Serves.ADULT)


def test_a_need_brings_what_meets_it_forward():
    found = _ids("DE", Serves.ADULT, needs=[Need.LEGAL])
    assert found[0] == "hateaid"
    takedown = _ids("NL", Serves.ADULT, needs=[Need.TAKEDOWN])
    assert takedown[0] == "helpwanted_nl"
    orgs = {o.id: o for o in directory.load()}
    assert orgs[takedown[0]].services & lookup.NEED_SERVICES[Need.TAKEDOWN]


def test_a_need_the_country_cannot_meet_falls_back_to_worldwide():
    found = _ids("JP", Serves.ADULT, needs=[Need.TAKEDOWN])
    # The Japanese hotline takes removal reports itself, so it comes before StopNCII.
    assert found[0] == "internet_hotline_center_jp"
    found = _ids("IN", Serves.ADULT, needs=[Need.TAKEDOWN])
    assert found[0] == "stopncii"
    orgs = {o.id: o for o in directory.load()}
    assert Service.HASH_ON_DEVICE in orgs["stopncii"].services


def test_stale_lists_entries_checked_more_than_a_year_ago():
    orgs = directory.load()
    assert lookup.stale(orgs, datetime.date(2026, 12, 7)) == []
    later = lookup.stale(orgs, datetime.date(2027, 12, 8))
    assert {o.id for o in later} == {o.id for o in orgs}
    half = lookup.stale(orgs, datetime.date(2027, 12, 2))
    assert half and all(o.unchecked for o in half)
