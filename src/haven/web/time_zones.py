"""Dates and times in each member's own time zone, with the zone shown.

A member chooses their zone under "Your notifications" (it also sets their
quiet hours); until they do, it is the desk's (``HAVEN_TIME_ZONE``). The zone
is read once per session and kept there; saving the setting updates it.
Pages nobody signs in to (the victim's) use the desk's zone.
"""

from __future__ import annotations

from collections.abc import Callable

from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.utils import timezone

from haven.notify.models import Preference
from haven.notify.quiet_hours import zone

SESSION_KEY = "haven_time_zone"


def zone_name_of(user_id: int) -> str:
    saved = Preference.objects.filter(user_id=user_id).values_list("timezone", flat=True).first()
    return saved or settings.TIME_ZONE


def remember(request: HttpRequest, name: str) -> None:
    request.session[SESSION_KEY] = name
    timezone.activate(zone(name))


class MemberTimeZoneMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        user = getattr(request, "user", None)
        if user is not None and user.is_authenticated:
            name = request.session.get(SESSION_KEY)
            if not isinstance(name, str):
                name = zone_name_of(user.pk)
                request.session[SESSION_KEY] = name
            timezone.activate(zone(name))
        try:
            return self.get_response(request)
        finally:
            timezone.deactivate()
