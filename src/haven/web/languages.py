"""The desk in each member's own language.

Before sign-in, and for a member who has chosen none, Django's LocaleMiddleware
picks it: the language switch's cookie, else the browser's Accept-Language,
else English. Once a member is signed in (both factors), the language they
chose under "Your notifications" wins on every page. Like the time zone it is
read once per session and kept there; saving the setting updates it.
"""

from __future__ import annotations

from collections.abc import Callable

from django.http import HttpRequest, HttpResponse
from django.utils import translation

from haven.accounts.middleware import is_verified
from haven.accounts.models import User
from haven.locale.languages import LANGUAGES
from haven.notify.models import Preference

SESSION_KEY = "haven_language"


def language_of(user: User) -> str:
    """The member's chosen language, or "" for none."""
    saved = Preference.objects.filter(user=user).values_list("language", flat=True).first()
    return saved if saved in dict(LANGUAGES) else ""


def use(request: HttpRequest, code: str) -> None:
    """Draw the rest of this request in ``code``; "" keeps the browser's choice."""
    if code in dict(LANGUAGES):
        translation.activate(code)
        request.LANGUAGE_CODE = code


def remember(request: HttpRequest, code: str) -> None:
    request.session[SESSION_KEY] = code
    if not code:
        code = translation.get_language_from_request(request)
    use(request, code)


class MemberLanguageMiddleware:
    """After LocaleMiddleware and OTPMiddleware: the signed-in member's own language."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        user = request.user
        if isinstance(user, User) and is_verified(request):
            code = request.session.get(SESSION_KEY)
            if not isinstance(code, str):
                code = language_of(user)
                request.session[SESSION_KEY] = code
            use(request, code)
        return self.get_response(request)
