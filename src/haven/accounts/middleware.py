"""Every staff page needs a password *and* a second factor, inside a bounded session."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable

from django.conf import settings
from django.contrib.auth import logout
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.urls import reverse

logger = logging.getLogger(__name__)

# Paths reachable before the second factor; everything else requires it.
# tests/accounts/test_second_factor_everywhere.py walks every URL against this.
# /hooks/: servers' webhook deliveries, each checked by its own signature.
# The portal (HAVEN_PORTAL_PATH): the victim's pages, for people without an account;
# the follow-up page opens a case only with its code (haven.portal.followup_session).
OPEN_PREFIXES = (
    "/accounts/login/",
    "/accounts/logout/",
    "/static/",
    "/hooks/",
    "/" + settings.HAVEN_PORTAL_PATH,
)
# /i18n/setlang/: the language switch, on the victim's pages too.
OPEN_PATHS = frozenset({"/healthz", "/i18n/setlang/"})
SECOND_STEP = "/accounts/verify/"

SESSION_LOGIN_AT = "haven_login_at"
SESSION_SEEN_AT = "haven_seen_at"


def is_verified(request: HttpRequest) -> bool:
    """True once the user passed both factors; False (closed) without OTPMiddleware."""
    user = request.user
    if not user.is_authenticated:
        return False
    check = getattr(user, "is_verified", None)  # added by django_otp's OTPMiddleware
    return bool(check is not None and check())


class SessionLifetimeMiddleware:
    """Ends a staff session after HAVEN_SESSION_IDLE_MINUTES idle or HAVEN_SESSION_MAX_HOURS."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if request.user.is_authenticated:
            now = time.time()
            login_at = request.session.setdefault(SESSION_LOGIN_AT, now)
            seen_at = request.session.get(SESSION_SEEN_AT, now)
            idle = now - seen_at > settings.HAVEN_SESSION_IDLE_SECONDS
            if idle or now - login_at > settings.HAVEN_SESSION_MAX_SECONDS:
                user_id = request.user.pk
                logout(request)
                reason = "idle" if idle else "lifetime"
                logger.info("session ended user=%s reason=%s", user_id, reason)
                return redirect(f"{reverse('accounts:login')}?expired=1")
            request.session[SESSION_SEEN_AT] = now
        return self.get_response(request)


class RequireSecondFactorMiddleware:
    """Sends anyone without a verified second factor to the login or the code step."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        path = request.path_info
        if path in OPEN_PATHS or path.startswith(OPEN_PREFIXES):
            return self.get_response(request)
        user = request.user
        if not user.is_authenticated:
            return redirect(reverse("accounts:login"))
        if not is_verified(request):
            if path.startswith(SECOND_STEP):
                return self.get_response(request)
            return redirect(reverse("accounts:verify"))
        return self.get_response(request)
