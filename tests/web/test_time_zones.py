"""Dates and times in the member's own time zone, in one format, with the zone shown."""

from __future__ import annotations

from zoneinfo import ZoneInfo

import pytest
from django.test import override_settings

from haven.cases import actions
from haven.cases.models import CaseEvent
from haven.notify.models import Preference

pytestmark = pytest.mark.django_db


def _opened_at(case, zone: str) -> str:
    at = CaseEvent.objects.filter(case=case).order_by("seq").first().created_at
    local = at.astimezone(ZoneInfo(zone))
    return f"{local.day} {local:%b %Y, %H:%M} {local.tzname()}"


def test_a_member_sees_times_in_their_own_zone_with_the_zone(personas, login):
    Preference.objects.create(user=personas.moderator, timezone="Asia/Tokyo")
    case = actions.open_case(acting_user=personas.moderator)
    page = login(personas.moderator).get(f"/cases/{case.pk}/timeline/").content.decode()
    assert _opened_at(case, "Asia/Tokyo") in page
    assert " JST" in page


@override_settings(TIME_ZONE="America/New_York")
def test_until_they_choose_it_is_the_desks_zone(personas, login):
    case = actions.open_case(acting_user=personas.moderator)
    page = login(personas.moderator).get(f"/cases/{case.pk}/timeline/").content.decode()
    assert _opened_at(case, "America/New_York") in page


def test_saving_the_setting_changes_the_zone_at_once(personas, login):
    client = login(personas.moderator)
    case = actions.open_case(acting_user=personas.moderator)
    client.get("/")  # the session now holds the desk's zone
    form = client.get("/notifications/").context["form"]
    data = {k: v for k, v in form.initial.items() if v not in (None, False)}
    data["timezone"] = "Australia/Sydney"
    assert client.post("/notifications/", data).status_code == 302
    page = client.get(f"/cases/{case.pk}/timeline/").content.decode()
    assert _opened_at(case, "Australia/Sydney") in page
