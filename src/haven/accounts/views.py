"""Login in two steps: password (throttled by axes), then a TOTP or recovery code.

The logic lives in ``haven.accounts.actions``; these views only translate it
to pages.
"""

from __future__ import annotations

from typing import Any

from axes.helpers import get_cool_off
from django.contrib import messages
from django.contrib.auth.forms import AuthenticationForm
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_protect
from django.views.decorators.debug import sensitive_post_parameters
from django.views.decorators.http import require_http_methods, require_POST

from haven.accounts import actions
from haven.accounts.actions import Outcome
from haven.accounts.middleware import is_verified


@sensitive_post_parameters("password")
@never_cache
@csrf_protect
@require_http_methods(["GET", "POST"])
def login_view(request: HttpRequest) -> HttpResponse:
    if request.method == "GET" and is_verified(request):
        return redirect("web:home")
    # AuthenticationForm passes the request to authenticate(), which axes needs,
    # and gives one message for an unknown user and a wrong password alike.
    form = AuthenticationForm(request, data=request.POST or None)
    if request.method == "POST" and form.is_valid():
        actions.begin_session(request, form.get_user())
        return redirect("accounts:verify")
    return render(
        request, "accounts/login.html", {"form": form, "expired": "expired" in request.GET}
    )


@sensitive_post_parameters("token")
@never_cache
@csrf_protect
@require_http_methods(["GET", "POST"])
def verify_view(request: HttpRequest) -> HttpResponse:
    if not request.user.is_authenticated:
        return redirect("accounts:login")
    if is_verified(request):
        return redirect("web:home")
    if not actions.has_second_factor(request.user):
        return render(request, "accounts/verify.html", {"no_device": True}, status=403)
    if request.method == "GET":
        return render(request, "accounts/verify.html", {})

    result = actions.verify_second_factor(request, request.POST.get("token", ""))
    if result:
        if result.used_recovery_code:
            left = result.recovery_codes_left or 0
            messages.warning(
                request,
                ngettext(
                    "You signed in with a recovery code; %(count)d code is left.",
                    "You signed in with a recovery code; %(count)d codes are left.",
                    left,
                )
                % {"count": left}
                + " "
                + _("If you lost your phone, ask a safety lead to reset your second factor."),
            )
        return redirect("web:home")
    if result.outcome is Outcome.NO_DEVICE:
        return render(request, "accounts/verify.html", {"no_device": True}, status=403)
    if result.outcome is Outcome.THROTTLED:
        response = render(
            request,
            "accounts/verify.html",
            {
                "error": ngettext(
                    "Too many wrong codes. Wait %(seconds)d second, then try again.",
                    "Too many wrong codes. Wait %(seconds)d seconds, then try again.",
                    result.retry_after or 1,
                )
                % {"seconds": result.retry_after or 1}
            },
            status=429,
        )
        response["Retry-After"] = str(result.retry_after or 1)
        return response
    if result.outcome is Outcome.REUSED:
        error = _(
            "That code was just used to sign in. Wait for the next code on your phone "
            "(a new one comes every 30 seconds), then enter it."
        )
    else:
        error = _("That code is not valid. Check the time on your phone and try again.")
    return render(request, "accounts/verify.html", {"error": error})


@require_POST
def logout_view(request: HttpRequest) -> HttpResponse:
    actions.end_session(request)
    return redirect("accounts:login")


def locked_out(
    request: HttpRequest,
    original_response: HttpResponse | None = None,
    credentials: dict[str, Any] | None = None,
) -> HttpResponse:
    """AXES_LOCKOUT_CALLABLE: too many failed passwords for this account or address."""
    response = render(request, "accounts/locked.html", status=429)
    cool_off = get_cool_off(request)
    if cool_off is not None:
        response["Retry-After"] = str(int(cool_off.total_seconds()))
    return response
